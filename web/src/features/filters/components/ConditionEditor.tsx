import { Code, Group, MultiSelect, NumberInput, Select, TagsInput, Text, TextInput, Tooltip } from "@mantine/core";
import { COMPANY_SIZES, CONTACT_KINDS, SKILL_LEVEL_MAX, SKILL_LEVEL_MIN } from "@talentlane/shared";
import { useMemo } from "react";
import { RemoteMultiSelect } from "../../../components/pickers/RemoteMultiSelect";
import { RemoteTagsInput } from "../../../components/pickers/RemoteTagsInput";
import { SEGMENT_VISIBILITY_GROUPS } from "../../../components/pickers/useRemoteOptions";
import { COMPANY_SIZE_LABELS, CONTACT_KIND_LABELS, countryOptions, enumOptions } from "../../../lib/labels";
import { TEXT_FIELD_LABELS } from "../utils/describe-filter";
import { TEXT_FIELDS, type FilterCondition, type TextFieldName } from "../utils/filter-state";
import { CustomFieldEditor } from "./CustomFieldEditor";
import { useFilterOptions } from "./filter-options";
import { CONDITION_KIND_LABELS } from "./FilterControls";
import { StageEditor } from "./StageEditor";
import { SuggestingTagsInput } from "./SuggestingTagsInput";

export interface ConditionEditorProps<C extends FilterCondition = FilterCondition> {
  condition: C;
  onChange: (next: C) => void;
}

/** A short name for a condition, used in its row's accessible name ("Condition 2: Skills"). */
export function conditionTitle(condition: FilterCondition): string {
  if (condition.kind === "group") return "Group";
  if (condition.kind === "raw") return "Advanced condition";
  return CONDITION_KIND_LABELS[condition.kind];
}

/** Number inputs answer "" when cleared; the filter wants null. */
export function toNumberOrNull(value: string | number): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** The editor for one (non-group) condition. */
export function ConditionEditor({ condition, onChange }: ConditionEditorProps) {
  switch (condition.kind) {
    case "group":
      return null;
    case "skills":
      return (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <MatchSelect
            label="Skills match"
            value={condition.match}
            data={[
              { value: "allOf", label: "Has all of" },
              { value: "anyOf", label: "Has any of" },
              { value: "noneOf", label: "Has none of" },
            ]}
            onChange={(match) => onChange({ ...condition, match: match as typeof condition.match })}
          />
          <SuggestingTagsInput
            field="skills"
            label="Skills"
            placeholder="Type or pick a skill"
            value={condition.names}
            onChange={(names) => onChange({ ...condition, names })}
            style={{ flex: 1, minWidth: 220 }}
            splitChars={[","]}
          />
          {condition.match !== "noneOf" && (
            <Select
              label="Minimum level"
              size="xs"
              w={130}
              value={condition.minLevel ? String(condition.minLevel) : ""}
              onChange={(level) => onChange({ ...condition, minLevel: level ? Number(level) : null })}
              data={[
                { value: "", label: "Any level" },
                ...Array.from({ length: SKILL_LEVEL_MAX - SKILL_LEVEL_MIN + 1 }, (_unused, offset) => ({
                  value: String(SKILL_LEVEL_MIN + offset),
                  label: `${SKILL_LEVEL_MIN + offset} or higher`,
                })),
              ]}
              allowDeselect={false}
            />
          )}
          {condition.match !== "noneOf" && (
            <NumberInput label="Minimum years" size="xs" w={130} min={0} max={80} value={condition.minYears ?? ""} onChange={(years) => onChange({ ...condition, minYears: toNumberOrNull(years) })} />
          )}
        </Group>
      );
    case "location":
      return <LocationEditor condition={condition} onChange={onChange} />;
    case "experience":
      return (
        <Group gap="xs" align="flex-end">
          <NumberInput label="Minimum years of experience" size="xs" w={200} min={0} max={80} value={condition.min ?? ""} onChange={(min) => onChange({ ...condition, min: toNumberOrNull(min) })} />
          <NumberInput label="Maximum years of experience" size="xs" w={200} min={0} max={80} value={condition.max ?? ""} onChange={(max) => onChange({ ...condition, max: toNumberOrNull(max) })} />
        </Group>
      );
    case "stage":
      return <StageEditor condition={condition} onChange={onChange} />;
    case "tags":
      return <TagsEditor condition={condition} onChange={onChange} />;
    case "customField":
      return <CustomFieldEditor condition={condition} onChange={onChange} />;
    case "company":
      return (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <SuggestingTagsInput
            field="industries"
            label="Company industries"
            placeholder="Type or pick an industry"
            style={{ flex: 1, minWidth: 200 }}
            value={condition.industries}
            onChange={(industries) => onChange({ ...condition, industries })}
          />
          <MultiSelect label="Company sizes" size="xs" style={{ flex: 1, minWidth: 220 }} data={enumOptions(COMPANY_SIZES, COMPANY_SIZE_LABELS)} value={condition.sizes} onChange={(sizes) => onChange({ ...condition, sizes: sizes as typeof condition.sizes })} />
        </Group>
      );
    case "segment":
      return <SegmentEditor condition={condition} onChange={onChange} />;
    case "text":
      return (
        <Group gap="xs" align="flex-end">
          <Select
            label="Field"
            size="xs"
            w={160}
            allowDeselect={false}
            value={condition.field}
            onChange={(field) => onChange({ ...condition, field: (field ?? "currentTitle") as TextFieldName })}
            data={TEXT_FIELDS.map((field) => ({ value: field, label: TEXT_FIELD_LABELS[field] }))}
          />
          <TextInput label="Contains" size="xs" style={{ flex: 1 }} value={condition.text} onChange={(event) => onChange({ ...condition, text: event.currentTarget.value })} />
        </Group>
      );
    case "contactKind":
      return <MultiSelect label="Contact kinds" size="xs" data={enumOptions(CONTACT_KINDS, CONTACT_KIND_LABELS)} value={condition.kinds} onChange={(kinds) => onChange({ ...condition, kinds: kinds as typeof condition.kinds })} />;
    case "relocation":
      return (
        <Select
          label="Willing to relocate"
          size="xs"
          w={200}
          allowDeselect={false}
          value={condition.willingToRelocate ? "yes" : "no"}
          onChange={(answer) => onChange({ ...condition, willingToRelocate: answer === "yes" })}
          data={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
        />
      );
    case "raw":
      return (
        <Group gap="xs">
          <Text size="sm">Advanced condition (kept as it is; edit it through the API):</Text>
          <Tooltip label={JSON.stringify(condition.filter, null, 1)} multiline maw={420}>
            <Code>{summarizeRaw(condition.filter)}</Code>
          </Tooltip>
        </Group>
      );
  }
}

function summarizeRaw(filter: object): string {
  const text = JSON.stringify(filter);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

interface MatchSelectProps {
  label: string;
  value: string;
  data: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
}

function MatchSelect({ label, value, data, onChange }: MatchSelectProps) {
  return <Select label={label} size="xs" w={140} value={value} data={data} allowDeselect={false} onChange={(next) => next && onChange(next)} />;
}

function LocationEditor({ condition, onChange }: ConditionEditorProps<Extract<FilterCondition, { kind: "location" }>>) {
  const countries = useMemo(() => countryOptions(), []);
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <MultiSelect label="Countries" size="xs" searchable style={{ flex: 1, minWidth: 220 }} data={countries} value={condition.countries} onChange={(next) => onChange({ ...condition, countries: next })} limit={50} />
      <TagsInput label="Cities" placeholder="Type a city, press Enter" size="xs" style={{ flex: 1, minWidth: 200 }} value={condition.cities} onChange={(cities) => onChange({ ...condition, cities })} acceptValueOnBlur />
    </Group>
  );
}

function TagsEditor({ condition, onChange }: ConditionEditorProps<Extract<FilterCondition, { kind: "tags" }>>) {
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <MatchSelect
        label="Tags match"
        value={condition.match}
        data={[
          { value: "anyOf", label: "Has any of" },
          { value: "allOf", label: "Has all of" },
          { value: "noneOf", label: "Has none of" },
        ]}
        onChange={(match) => onChange({ ...condition, match: match as typeof condition.match })}
      />
      <RemoteTagsInput label="Tags" size="xs" style={{ flex: 1, minWidth: 220 }} value={condition.names} onChange={(names) => onChange({ ...condition, names })} acceptValueOnBlur />
    </Group>
  );
}

const SEGMENT_GROUP_ORDER = Object.values(SEGMENT_VISIBILITY_GROUPS);

function SegmentEditor({ condition, onChange }: ConditionEditorProps<Extract<FilterCondition, { kind: "segment" }>>) {
  const { lookups } = useFilterOptions();
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <MatchSelect
        label="Segment match"
        value={condition.match}
        data={[
          { value: "anyOf", label: "In any of" },
          { value: "noneOf", label: "In none of" },
        ]}
        onChange={(match) => onChange({ ...condition, match: match as typeof condition.match })}
      />
      <RemoteMultiSelect
        kind="segments"
        label="Segments"
        size="xs"
        style={{ flex: 1, minWidth: 220 }}
        groupOrder={SEGMENT_GROUP_ORDER}
        knownLabels={lookups.segments}
        // Segments this viewer cannot see (or deleted ones) still show.
        missingLabel="Unknown segment"
        value={condition.segmentIds}
        onChange={(segmentIds) => onChange({ ...condition, segmentIds })}
      />
    </Group>
  );
}
