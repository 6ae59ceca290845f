import { APPLICATION_STATUS_LABELS, COMPANY_SIZE_LABELS, CONTACT_KIND_LABELS, STAGE_CATEGORY_LABELS } from "../../../lib/labels";
import type { CustomFieldTest, CustomFieldTypeName, FilterCondition, FilterGroup, TextFieldName } from "./filter-state";

/** Names for the ids and keys a filter refers to; anything missing is shown by its raw value. */
export interface FilterLookups {
  customFields: ReadonlyMap<string, { label: string; type: CustomFieldTypeName; options: ReadonlyArray<{ value: string; label: string }> }>;
  segments: ReadonlyMap<string, string>;
  jobs: ReadonlyMap<string, { title: string; stages: ReadonlyMap<string, string> }>;
  users: ReadonlyMap<string, string>;
}

export const EMPTY_LOOKUPS: FilterLookups = { customFields: new Map(), segments: new Map(), jobs: new Map(), users: new Map() };

const MATCH_WORDS = { allOf: "all of", anyOf: "any of", noneOf: "none of" } as const;
export const TEXT_FIELD_LABELS: Record<TextFieldName, string> = { name: "Name", currentTitle: "Current title", headline: "Headline", email: "Email" };

function list(values: readonly string[]): string {
  return values.join(", ");
}

/**
 * One line of plain English for a condition, e.g. "Skills: all of TypeScript, PostgreSQL (level 3+)" or
 * "Visa Sponsorship Required is No". Incomplete conditions read as "(not set)". Used for the read-only view of
 * a dynamic pool's filter and for screen-reader summaries.
 */
export function describeCondition(condition: FilterCondition, lookups: FilterLookups = EMPTY_LOOKUPS): string {
  switch (condition.kind) {
    case "group": {
      const parts = condition.conditions.map((child) => describeCondition(child, lookups));
      if (parts.length === 0) return "(empty group)";
      return `(${parts.join(condition.combinator === "and" ? " and " : " or ")})`;
    }
    case "skills": {
      if (condition.names.length === 0) return "Skills: (not set)";
      const qualifiers =
        condition.match === "noneOf"
          ? []
          : [condition.minLevel ? `level ${condition.minLevel}+` : "", condition.minYears ? `${condition.minYears}+ years` : ""].filter(Boolean);
      return `Skills: ${MATCH_WORDS[condition.match]} ${list(condition.names)}${qualifiers.length > 0 ? ` (${qualifiers.join(", ")})` : ""}`;
    }
    case "location": {
      const parts = [
        condition.countries.length > 0 ? `country ${list(condition.countries)}` : "",
        condition.cities.length > 0 ? `city ${list(condition.cities)}` : "",
      ].filter(Boolean);
      return `Location: ${parts.length > 0 ? parts.join("; ") : "(not set)"}`;
    }
    case "experience": {
      const { min, max } = condition;
      if (min !== null && max !== null) return `Experience: ${min}–${max} years`;
      if (min !== null) return `Experience: at least ${min} years`;
      if (max !== null) return `Experience: at most ${max} years`;
      return "Experience: (not set)";
    }
    case "stage": {
      const job = condition.jobId ? lookups.jobs.get(condition.jobId) : undefined;
      const parts = [
        condition.jobId ? `job ${job?.title ?? condition.jobId}` : "",
        condition.stageId ? `stage ${job?.stages.get(condition.stageId) ?? condition.stageId}` : "",
        condition.stageCategories.length > 0 ? `in ${list(condition.stageCategories.map((category) => STAGE_CATEGORY_LABELS[category]))}` : "",
        condition.statuses.length > 0 ? `status ${list(condition.statuses.map((status) => APPLICATION_STATUS_LABELS[status]))}` : "",
      ].filter(Boolean);
      const what = parts.length > 0 ? parts.join(", ") : "(not set)";
      return condition.match === "some" ? `Has an application: ${what}` : `Has no application: ${what}`;
    }
    case "tags":
      return `Tags: ${condition.names.length > 0 ? `${MATCH_WORDS[condition.match]} ${list(condition.names)}` : "(not set)"}`;
    case "customField": {
      const field = lookups.customFields.get(condition.key);
      const label = field?.label ?? (condition.key || "Custom field");
      return `${label} ${describeTest(condition.test, field)}`;
    }
    case "company": {
      const parts = [
        condition.industries.length > 0 ? `industry ${list(condition.industries)}` : "",
        condition.sizes.length > 0 ? `size ${list(condition.sizes.map((size) => COMPANY_SIZE_LABELS[size]))}` : "",
      ].filter(Boolean);
      return `Company: ${parts.length > 0 ? parts.join("; ") : "(not set)"}`;
    }
    case "segment": {
      const names = condition.segmentIds.map((id) => lookups.segments.get(id) ?? id);
      if (names.length === 0) return "Segment: (not set)";
      return condition.match === "anyOf" ? `In segment ${list(names)}` : `Not in segment ${list(names)}`;
    }
    case "text":
      return `${TEXT_FIELD_LABELS[condition.field]} contains “${condition.text}”`;
    case "contactKind":
      return `Kind: ${condition.kinds.length > 0 ? list(condition.kinds.map((kind) => CONTACT_KIND_LABELS[kind])) : "(not set)"}`;
    case "relocation":
      return condition.willingToRelocate ? "Willing to relocate" : "Not willing to relocate";
    case "raw":
      return `Advanced condition: ${JSON.stringify(condition.filter)}`;
  }
}

function describeTest(test: CustomFieldTest, field: { type: CustomFieldTypeName; options: ReadonlyArray<{ value: string; label: string }> } | undefined): string {
  const optionLabel = (value: string) => field?.options.find((option) => option.value === value)?.label ?? value;
  switch (test.op) {
    case "equalTo":
      if (typeof test.value === "boolean") return `is ${test.value ? "Yes" : "No"}`;
      return test.value === null ? "is (not set)" : `is ${typeof test.value === "string" ? optionLabel(test.value) : test.value}`;
    case "range": {
      const currency = test.currency ? ` ${test.currency}` : "";
      if (test.min !== null && test.max !== null) return `between ${test.min} and ${test.max}${currency}`;
      if (test.min !== null) return `at least ${test.min}${currency}`;
      if (test.max !== null) return `at most ${test.max}${currency}`;
      return "(not set)";
    }
    case "in":
      return `is any of ${list(test.values.map(optionLabel))}`;
    case "anyOf":
    case "allOf":
    case "noneOf":
      return `has ${MATCH_WORDS[test.op]} ${list(test.values.map(optionLabel))}`;
    case "includes":
      return `contains “${test.text}”`;
    case "isEmpty":
      return test.isEmpty ? "is empty" : "is not empty";
  }
}

/** One line per top-level condition of the state (nested groups in parentheses). */
export function describeFilterState(state: FilterGroup, lookups: FilterLookups = EMPTY_LOOKUPS): string[] {
  return state.conditions.map((condition) => describeCondition(condition, lookups));
}
