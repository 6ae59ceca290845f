import {
  APPLICATION_STATUSES,
  COMPANY_SIZES,
  CONTACT_KINDS,
  STAGE_CATEGORIES,
  type ContactFilter,
  type CustomFieldCondition,
} from "@talentlane/shared";
import {
  emptyFilterState,
  TEXT_FIELDS,
  type CustomFieldTest,
  type FilterCondition,
  type FilterGroup,
  type TextFieldName,
} from "./filter-state";

type Json = Record<string, unknown>;

/**
 * The builder's state for an API filter (from the URL, a segment or a dynamic pool). Every part the builder
 * can edit becomes an editable condition; valid parts it cannot edit (`not`, employment history, `notIn`, ...)
 * become read-only "raw" conditions, so nothing is lost when the filter is edited and saved again. Expects a
 * sanitised filter (see `sanitizeContactFilter`); null or `{}` give the empty state.
 */
export function filterToState(filter: ContactFilter | null | undefined): FilterGroup {
  if (!filter || Object.keys(filter).length === 0) return emptyFilterState();
  const keys = Object.keys(filter);
  if (keys.length === 1 && keys[0] === "or" && Array.isArray(filter.or)) {
    return { kind: "group", combinator: "or", conditions: filter.or.map(alternativeToCondition) };
  }
  return { kind: "group", combinator: "and", conditions: objectToConditions(filter as Json) };
}

/** One alternative of an `or`: a single condition, or an "all of" group when it sets several things. */
function alternativeToCondition(filter: ContactFilter): FilterCondition {
  const conditions = objectToConditions(filter as Json);
  if (conditions.length === 1) return conditions[0];
  return { kind: "group", combinator: "and", conditions };
}

/** The conditions an object ANDs together: one per key (or per list entry), `and` lists flattened. */
function objectToConditions(filter: Json): FilterCondition[] {
  const conditions: FilterCondition[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === null || value === undefined) continue;
    if (key === "and" && Array.isArray(value)) {
      for (const item of value as Json[]) conditions.push(...objectToConditions(item));
    } else if (key === "or" && Array.isArray(value)) {
      conditions.push({ kind: "group", combinator: "or", conditions: (value as ContactFilter[]).map(alternativeToCondition) });
    } else {
      conditions.push(...keyToConditions(key, value));
    }
  }
  return conditions;
}

function raw(key: string, value: unknown): FilterCondition {
  return { kind: "raw", filter: { [key]: value } as ContactFilter };
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Json, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

/** The values of `{ equalTo }` or `{ in }` (the only forms the builder writes), else null. */
function readOneOrIn(value: unknown): string[] | null {
  if (!isObject(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 1) return null;
  if (keys[0] === "equalTo" && typeof value.equalTo === "string") return [value.equalTo];
  if (keys[0] === "in" && Array.isArray(value.in) && value.in.every((item) => typeof item === "string")) return [...(value.in as string[])];
  return null;
}

/** `values` typed as members of `all`, or null when one of them is not. */
function asMembers<T extends string>(values: readonly string[] | null, all: readonly T[]): T[] | null {
  if (!values) return null;
  return values.every((value) => (all as readonly string[]).includes(value)) ? (values as T[]) : null;
}

function keyToConditions(key: string, value: unknown): FilterCondition[] {
  switch (key) {
    case "skills":
      return skillsToConditions(value);
    case "location": {
      if (!isObject(value) || !hasOnlyKeys(value, ["country", "city"])) return [raw(key, value)];
      const countries = value.country === undefined ? [] : readOneOrIn(value.country);
      const cities = value.city === undefined ? [] : readOneOrIn(value.city);
      if (!countries || !cities || countries.length + cities.length === 0) return [raw(key, value)];
      return [{ kind: "location", countries, cities }];
    }
    case "yearsOfExperience": {
      if (!isObject(value) || !hasOnlyKeys(value, ["greaterThanOrEqualTo", "lessThanOrEqualTo"])) return [raw(key, value)];
      const min = typeof value.greaterThanOrEqualTo === "number" ? value.greaterThanOrEqualTo : null;
      const max = typeof value.lessThanOrEqualTo === "number" ? value.lessThanOrEqualTo : null;
      if (min === null && max === null) return [raw(key, value)];
      return [{ kind: "experience", min, max }];
    }
    case "applications":
      return applicationsToConditions(value);
    case "tags": {
      if (!isObject(value)) return [raw(key, value)];
      const conditions: FilterCondition[] = [];
      for (const [match, names] of Object.entries(value)) {
        if ((match === "anyOf" || match === "allOf" || match === "noneOf") && Array.isArray(names) && names.length > 0) {
          conditions.push({ kind: "tags", match, names: names as string[] });
        } else {
          conditions.push(raw(key, { [match]: names }));
        }
      }
      return conditions;
    }
    case "customFields":
      return Array.isArray(value) ? (value as CustomFieldCondition[]).map(customFieldToCondition) : [raw(key, value)];
    case "company": {
      if (!isObject(value) || !hasOnlyKeys(value, ["industry", "size"])) return [raw(key, value)];
      const industries = value.industry === undefined ? [] : readOneOrIn(value.industry);
      const sizes = asMembers(value.size === undefined ? [] : readOneOrIn(value.size), COMPANY_SIZES);
      if (!industries || !sizes || industries.length + sizes.length === 0) return [raw(key, value)];
      return [{ kind: "company", industries, sizes }];
    }
    case "segments": {
      if (!isObject(value)) return [raw(key, value)];
      const conditions: FilterCondition[] = [];
      for (const [match, ids] of Object.entries(value)) {
        if ((match === "anyOf" || match === "noneOf") && Array.isArray(ids) && ids.length > 0) {
          conditions.push({ kind: "segment", match, segmentIds: ids as string[] });
        } else {
          conditions.push(raw(key, { [match]: ids }));
        }
      }
      return conditions;
    }
    case "kind": {
      const kinds = asMembers(readOneOrIn(value), CONTACT_KINDS);
      if (!kinds) return [raw(key, value)];
      return [{ kind: "contactKind", kinds }];
    }
    case "willingToRelocate":
      if (isObject(value) && hasOnlyKeys(value, ["equalTo"]) && typeof value.equalTo === "boolean") {
        return [{ kind: "relocation", willingToRelocate: value.equalTo }];
      }
      return [raw(key, value)];
    default:
      if ((TEXT_FIELDS as readonly string[]).includes(key) && isObject(value) && hasOnlyKeys(value, ["includes"]) && typeof value.includes === "string") {
        return [{ kind: "text", field: key as TextFieldName, text: value.includes }];
      }
      return [raw(key, value)];
  }
}

function skillsToConditions(value: unknown): FilterCondition[] {
  if (!isObject(value)) return [raw("skills", value)];
  const conditions: FilterCondition[] = [];
  for (const [match, list] of Object.entries(value)) {
    if (match === "noneOf" && Array.isArray(list) && list.length > 0) {
      conditions.push({ kind: "skills", match, names: list as string[], minLevel: null, minYears: null });
      continue;
    }
    if ((match === "allOf" || match === "anyOf") && Array.isArray(list) && list.length > 0) {
      const skills = list as Array<{ name: string; minLevel?: number | null; minYears?: number | null }>;
      const levels = new Set(skills.map((skill) => skill.minLevel ?? null));
      const years = new Set(skills.map((skill) => skill.minYears ?? null));
      // One level and one number of years for the whole condition: the builder edits exactly that.
      if (levels.size === 1 && years.size === 1 && skills.every((skill) => hasOnlyKeys(skill, ["name", "minLevel", "minYears"]))) {
        conditions.push({ kind: "skills", match, names: skills.map((skill) => skill.name), minLevel: [...levels][0], minYears: [...years][0] });
        continue;
      }
    }
    conditions.push(raw("skills", { [match]: list }));
  }
  return conditions;
}

function applicationsToConditions(value: unknown): FilterCondition[] {
  if (!isObject(value)) return [raw("applications", value)];
  const conditions: FilterCondition[] = [];
  for (const [match, application] of Object.entries(value)) {
    const parsed = (match === "some" || match === "none") && isObject(application) ? readApplication(application) : null;
    if (parsed && (match === "some" || match === "none")) conditions.push({ kind: "stage", match, ...parsed });
    else conditions.push(raw("applications", { [match]: application }));
  }
  return conditions;
}

function readApplication(application: Json) {
  if (!hasOnlyKeys(application, ["job", "stage", "stageCategory", "status"]) || Object.keys(application).length === 0) return null;
  const single = (filter: unknown): string | null | undefined => {
    if (filter === undefined) return null;
    if (isObject(filter) && hasOnlyKeys(filter, ["equalTo"]) && typeof filter.equalTo === "string") return filter.equalTo;
    return undefined;
  };
  const jobId = single(application.job);
  const stageId = single(application.stage);
  const stageCategories = asMembers(application.stageCategory === undefined ? [] : readOneOrIn(application.stageCategory), STAGE_CATEGORIES);
  const statuses = asMembers(application.status === undefined ? [] : readOneOrIn(application.status), APPLICATION_STATUSES);
  if (jobId === undefined || stageId === undefined || !stageCategories || !statuses) return null;
  return { jobId, stageId, stageCategories, statuses };
}

function customFieldToCondition(condition: CustomFieldCondition): FilterCondition {
  const test = readCustomFieldTest(condition);
  return test ? { kind: "customField", key: condition.key, test } : { kind: "raw", filter: { customFields: [condition] } };
}

function readCustomFieldTest(condition: CustomFieldCondition): CustomFieldTest | null {
  const { key: _key, ...operators } = condition;
  const keys = Object.keys(operators).filter((name) => operators[name as keyof typeof operators] !== undefined);
  const isScalar = (value: unknown) => typeof value === "string" || typeof value === "number";
  const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string");
  if (keys.length === 1) {
    const [op] = keys;
    const value = operators[op as keyof typeof operators];
    if (op === "equalTo" && (isScalar(value) || typeof value === "boolean")) return { op, value: value as string | number | boolean };
    if (op === "includes" && typeof value === "string") return { op, text: value };
    if (op === "isEmpty" && typeof value === "boolean") return { op, isEmpty: value };
    if ((op === "in" || op === "anyOf" || op === "allOf" || op === "noneOf") && isStringList(value)) return { op, values: [...value] };
  }
  const rangeKeys = ["greaterThanOrEqualTo", "lessThanOrEqualTo", "currency"];
  if (keys.length > 0 && keys.every((name) => rangeKeys.includes(name)) && keys.some((name) => name !== "currency")) {
    const min = operators.greaterThanOrEqualTo;
    const max = operators.lessThanOrEqualTo;
    if ((min === undefined || isScalar(min)) && (max === undefined || isScalar(max))) {
      return {
        op: "range",
        min: (min as string | number | undefined) ?? null,
        max: (max as string | number | undefined) ?? null,
        currency: operators.currency ?? null,
      };
    }
  }
  return null;
}
