import { Group, MultiSelect, NumberInput, Select, TextInput } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { RemoteMultiSelect } from "../../../components/pickers/RemoteMultiSelect";
import { createTest, operatorsForType, type CustomFieldConditionState, type CustomFieldOperator, type CustomFieldTypeName } from "../utils/filter-state";
import { useFilterOptions } from "./filter-options";

export interface CustomFieldEditorProps {
  condition: CustomFieldConditionState;
  onChange: (next: CustomFieldConditionState) => void;
}

/** The operator choices; `isEmpty` shows as two ("is empty", "has a value"). */
const OPERATOR_LABELS: Record<Exclude<CustomFieldOperator, "isEmpty">, string> = {
  equalTo: "is",
  range: "is between",
  in: "is any of",
  anyOf: "has any of",
  allOf: "has all of",
  noneOf: "has none of",
  includes: "contains",
};

/**
 * A condition on one CONTACT custom field: pick the field, then an operator that fits its type, then a value
 * with the input that fits (yes/no, number range, date range, options, text).
 */
export function CustomFieldEditor({ condition, onChange }: CustomFieldEditorProps) {
  const { customFields } = useFilterOptions();
  const field = customFields.find((candidate) => candidate.key === condition.key);
  // A key from a link or segment that is not (or no longer) a field here: edit it as text.
  const type: CustomFieldTypeName = field?.type ?? "TEXT";
  const fieldData = customFields.filter((candidate) => !candidate.isArchived || candidate.key === condition.key).map((candidate) => ({ value: candidate.key, label: candidate.label }));
  if (condition.key && !field) fieldData.push({ value: condition.key, label: condition.key });

  const operatorValue = condition.test.op === "isEmpty" ? (condition.test.isEmpty ? "isEmpty" : "isNotEmpty") : condition.test.op;
  const operatorData = operatorsForType(type).flatMap((op) =>
    op === "isEmpty"
      ? [
          { value: "isEmpty", label: "is empty" },
          { value: "isNotEmpty", label: "has a value" },
        ]
      : [{ value: op, label: type === "NUMBER" || type === "CURRENCY" ? (op === "equalTo" ? "equals" : OPERATOR_LABELS[op]) : OPERATOR_LABELS[op] }],
  );

  function handleFieldChange(key: string | null) {
    const nextType = customFields.find((candidate) => candidate.key === key)?.type ?? "TEXT";
    onChange({ kind: "customField", key: key ?? "", test: createTest(operatorsForType(nextType)[0], nextType) });
  }

  function handleOperatorChange(value: string | null) {
    if (!value) return;
    if (value === "isEmpty" || value === "isNotEmpty") onChange({ ...condition, test: { op: "isEmpty", isEmpty: value === "isEmpty" } });
    else onChange({ ...condition, test: createTest(value as CustomFieldOperator, type, condition.test) });
  }

  const options = (field?.options ?? []).filter((option) => !option.isArchived).map((option) => ({ value: option.value, label: option.label }));

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select label="Custom field" size="xs" w={210} searchable placeholder="Pick a field" data={fieldData} value={condition.key || null} onChange={handleFieldChange} allowDeselect={false} />
      {condition.key && <Select label="Operator" size="xs" w={140} data={operatorData} value={operatorValue} onChange={handleOperatorChange} allowDeselect={false} />}
      {condition.key && <ValueInput condition={condition} type={type} options={options} onChange={onChange} />}
    </Group>
  );
}

interface ValueInputProps extends CustomFieldEditorProps {
  type: CustomFieldTypeName;
  options: Array<{ value: string; label: string }>;
}

function ValueInput({ condition, type, options, onChange }: ValueInputProps) {
  const { test } = condition;
  const set = (next: CustomFieldConditionState["test"]) => onChange({ ...condition, test: next });
  switch (test.op) {
    case "isEmpty":
      return null;
    case "equalTo":
      if (type === "BOOLEAN") {
        return (
          <Select
            label="Value"
            size="xs"
            w={100}
            allowDeselect={false}
            value={test.value === true ? "true" : test.value === false ? "false" : null}
            onChange={(value) => set({ op: "equalTo", value: value === "true" })}
            data={[
              { value: "true", label: "Yes" },
              { value: "false", label: "No" },
            ]}
          />
        );
      }
      if (type === "NUMBER" || type === "CURRENCY") {
        return <NumberInput label="Value" size="xs" w={140} value={typeof test.value === "number" ? test.value : ""} onChange={(value) => set({ op: "equalTo", value: typeof value === "number" ? value : null })} />;
      }
      return <TextInput label="Value" size="xs" w={200} value={test.value === null ? "" : String(test.value)} onChange={(event) => set({ op: "equalTo", value: event.currentTarget.value })} />;
    case "range":
      if (type === "DATE") {
        return (
          <>
            <DatePickerInput label="From" size="xs" w={150} clearable valueFormat="YYYY-MM-DD" value={typeof test.min === "string" ? test.min : null} onChange={(min) => set({ ...test, min: min ?? null })} />
            <DatePickerInput label="To" size="xs" w={150} clearable valueFormat="YYYY-MM-DD" value={typeof test.max === "string" ? test.max : null} onChange={(max) => set({ ...test, max: max ?? null })} />
          </>
        );
      }
      return (
        <>
          <NumberInput label="Minimum" size="xs" w={120} value={typeof test.min === "number" ? test.min : ""} onChange={(min) => set({ ...test, min: typeof min === "number" ? min : null })} />
          <NumberInput label="Maximum" size="xs" w={120} value={typeof test.max === "number" ? test.max : ""} onChange={(max) => set({ ...test, max: typeof max === "number" ? max : null })} />
          {type === "CURRENCY" && (
            <TextInput
              label="Currency"
              size="xs"
              w={90}
              maxLength={3}
              placeholder="EUR"
              value={test.currency ?? ""}
              onChange={(event) => set({ ...test, currency: event.currentTarget.value.toUpperCase() || null })}
            />
          )}
        </>
      );
    case "in":
    case "anyOf":
    case "allOf":
    case "noneOf":
      if (type === "USER") return <UserValuesInput values={test.values} onChange={(values) => set({ op: test.op, values })} />;
      return (
        <MultiSelect
          label="Values"
          size="xs"
          searchable
          style={{ flex: 1, minWidth: 200 }}
          data={[...options, ...test.values.filter((value) => !options.some((option) => option.value === value)).map((value) => ({ value, label: value }))]}
          value={test.values}
          onChange={(values) => set({ op: test.op, values })}
        />
      );
    case "includes":
      return <TextInput label="Text" size="xs" w={220} value={test.text} onChange={(event) => set({ op: "includes", text: event.currentTarget.value })} />;
  }
}

/** Users (of a USER custom field), searched on the server as the user types. */
function UserValuesInput({ values, onChange }: { values: string[]; onChange: (values: string[]) => void }) {
  const { lookups } = useFilterOptions();
  return (
    <RemoteMultiSelect
      kind="users"
      label="Values"
      size="xs"
      style={{ flex: 1, minWidth: 200 }}
      knownLabels={lookups.users}
      missingLabel="Unknown user"
      value={values}
      onChange={onChange}
    />
  );
}
