import type { ContactFilter, CustomFieldCondition, SkillCondition } from "@talentlane/shared";
import type { CustomFieldConditionState, FilterCondition, FilterGroup } from "./filter-state";

/** A filter fragment: one `ContactFilter` object. */
type Fragment = ContactFilter;

/**
 * The API filter for the builder's state, or null when nothing is set (match everyone). Incomplete conditions
 * and empty groups are left out. An "all of" group is written as one object where its conditions do not
 * collide (`{ skills, customFields: [a, b] }`), the way a person would write it; colliding ones go to `and`.
 */
export function stateToFilter(state: FilterGroup): ContactFilter | null {
  return groupToFilter(state, true);
}

/** Whether the builder's state sets any complete condition. */
export function hasConditions(state: FilterGroup): boolean {
  return stateToFilter(state) !== null;
}

function groupToFilter(group: FilterGroup, isRoot: boolean): Fragment | null {
  const parts = group.conditions.map(conditionToFilter).filter((part): part is Fragment => part !== null);
  if (parts.length === 0) return null;
  if (group.combinator === "or") {
    // A single alternative needs no `or` at the root; nested groups keep it so they read back as groups.
    if (parts.length === 1 && isRoot) return parts[0];
    return { or: parts };
  }
  return mergeAll(parts);
}

/** ANDs fragments: merged into one object where their keys allow it, the rest listed under `and`. */
export function mergeAll(parts: Fragment[]): Fragment | null {
  let merged: Record<string, unknown> = {};
  const rest: Fragment[] = [];
  for (const part of parts) {
    const next = tryMerge(merged, part as Record<string, unknown>);
    if (next) merged = next;
    else rest.push(part);
  }
  const hasMerged = Object.keys(merged).length > 0;
  if (rest.length === 0) return hasMerged ? (merged as Fragment) : null;
  if (!hasMerged && rest.length === 1) return rest[0];
  const existingAnd = (merged.and as Fragment[] | undefined) ?? [];
  return { ...(merged as Fragment), and: [...existingAnd, ...rest] };
}

/**
 * Keys whose value is an object of independent conditions that hold together (`skills.allOf` and
 * `skills.noneOf`; `location.city` and `location.country`), so two fragments with different sub-keys can share
 * one object. Operator objects (`yearsOfExperience`) and lists are not merged.
 */
const MERGEABLE_OBJECT_KEYS = new Set(["skills", "location", "tags", "company", "applications", "segments", "pools"]);

function tryMerge(into: Record<string, unknown>, part: Record<string, unknown>): Record<string, unknown> | null {
  const result: Record<string, unknown> = { ...into };
  for (const [key, value] of Object.entries(part)) {
    if (!(key in result)) {
      result[key] = value;
    } else if (key === "customFields") {
      result[key] = [...(result[key] as unknown[]), ...(value as unknown[])];
    } else if (MERGEABLE_OBJECT_KEYS.has(key)) {
      const existing = result[key] as Record<string, unknown>;
      const incoming = value as Record<string, unknown>;
      if (Object.keys(incoming).some((subKey) => subKey in existing)) return null;
      result[key] = { ...existing, ...incoming };
    } else {
      return null;
    }
  }
  return result;
}

/** `{ equalTo: x }` for one value, `{ in: [...] }` for several, null for none. */
function oneOrIn<T>(values: readonly T[]): { equalTo: T } | { in: T[] } | null {
  if (values.length === 0) return null;
  return values.length === 1 ? { equalTo: values[0] } : { in: [...values] };
}

function cleanList(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) {
      seen.add(trimmed.toLowerCase());
      result.push(trimmed);
    }
  }
  return result;
}

function isSet(value: unknown): boolean {
  return value !== null && value !== undefined && value !== "";
}

/** One condition as a filter fragment, or null while it is incomplete. */
export function conditionToFilter(condition: FilterCondition): Fragment | null {
  switch (condition.kind) {
    case "group":
      return groupToFilter(condition, false);
    case "skills": {
      const names = cleanList(condition.names);
      if (names.length === 0) return null;
      if (condition.match === "noneOf") return { skills: { noneOf: names } };
      const skills = names.map(
        (name): SkillCondition => ({
          name,
          ...(condition.minLevel ? { minLevel: condition.minLevel } : {}),
          ...(condition.minYears !== null && condition.minYears > 0 ? { minYears: condition.minYears } : {}),
        }),
      );
      return { skills: { [condition.match]: skills } };
    }
    case "location": {
      const country = oneOrIn(cleanList(condition.countries).map((code) => code.toUpperCase()));
      const city = oneOrIn(cleanList(condition.cities));
      if (!country && !city) return null;
      return { location: { ...(country ? { country } : {}), ...(city ? { city } : {}) } };
    }
    case "experience": {
      const range = {
        ...(isSet(condition.min) ? { greaterThanOrEqualTo: condition.min! } : {}),
        ...(isSet(condition.max) ? { lessThanOrEqualTo: condition.max! } : {}),
      };
      return Object.keys(range).length > 0 ? { yearsOfExperience: range } : null;
    }
    case "stage": {
      const application = {
        ...(condition.jobId ? { job: { equalTo: condition.jobId } } : {}),
        ...(condition.stageId ? { stage: { equalTo: condition.stageId } } : {}),
        ...(condition.stageCategories.length > 0 ? { stageCategory: oneOrIn(condition.stageCategories)! } : {}),
        ...(condition.statuses.length > 0 ? { status: oneOrIn(condition.statuses)! } : {}),
      };
      if (Object.keys(application).length === 0) return null;
      return { applications: { [condition.match]: application } };
    }
    case "tags": {
      const names = cleanList(condition.names);
      return names.length > 0 ? { tags: { [condition.match]: names } } : null;
    }
    case "customField": {
      const customField = customFieldToFilter(condition);
      return customField ? { customFields: [customField] } : null;
    }
    case "company": {
      const industry = oneOrIn(cleanList(condition.industries));
      const size = oneOrIn(condition.sizes);
      if (!industry && !size) return null;
      return { company: { ...(industry ? { industry } : {}), ...(size ? { size } : {}) } };
    }
    case "segment":
      return condition.segmentIds.length > 0 ? { segments: { [condition.match]: [...condition.segmentIds] } } : null;
    case "text": {
      const text = condition.text.trim();
      return text ? { [condition.field]: { includes: text } } : null;
    }
    case "contactKind": {
      const kind = oneOrIn(condition.kinds);
      return kind ? { kind } : null;
    }
    case "relocation":
      return { willingToRelocate: { equalTo: condition.willingToRelocate } };
    case "raw":
      return Object.keys(condition.filter).length > 0 ? condition.filter : null;
  }
}

/** A custom-field condition as the API's `CustomFieldCondition`, or null while incomplete. */
function customFieldToFilter({ key, test }: CustomFieldConditionState): CustomFieldCondition | null {
  if (!key) return null;
  switch (test.op) {
    case "equalTo":
      return isSet(test.value) ? { key, equalTo: test.value } : null;
    case "range": {
      const range = {
        ...(isSet(test.min) ? { greaterThanOrEqualTo: test.min } : {}),
        ...(isSet(test.max) ? { lessThanOrEqualTo: test.max } : {}),
      };
      if (Object.keys(range).length === 0) return null;
      return { key, ...range, ...(test.currency ? { currency: test.currency } : {}) };
    }
    case "in":
    case "anyOf":
    case "allOf":
    case "noneOf":
      return test.values.length > 0 ? { key, [test.op]: [...test.values] } : null;
    case "includes": {
      const text = test.text.trim();
      return text ? { key, includes: text } : null;
    }
    case "isEmpty":
      return { key, isEmpty: test.isEmpty };
  }
}
