import type { ApplicationStatus, CompanySize, ContactFilter, ContactKind, StageCategory } from "@talentlane/shared";

/**
 * The filter builder's own model: a tree of groups and conditions a person edits one control at a time. It is
 * converted to the API's filter AST (`ContactFilter`) by `stateToFilter` and back by `filterToState`; both are
 * pure, so the URL, saved segments and dynamic pools all go through the same two functions.
 *
 * Conditions may be incomplete while someone edits them (a skills condition without skills yet); incomplete
 * conditions are simply left out of the AST.
 */

/** How a group combines its conditions: all must hold, or at least one. */
export type Combinator = "and" | "or";

export interface FilterGroup {
  kind: "group";
  combinator: Combinator;
  conditions: FilterCondition[];
}

/**
 * Skills: has all of / any of / none of these, optionally at a minimum level (1-5) and with minimum years of
 * experience with each (neither applies to "none of").
 */
export interface SkillsCondition {
  kind: "skills";
  match: "allOf" | "anyOf" | "noneOf";
  names: string[];
  minLevel: number | null;
  minYears: number | null;
}

/** Location: in one of these countries (ISO alpha-2) and/or one of these cities. */
export interface LocationCondition {
  kind: "location";
  countries: string[];
  cities: string[];
}

/** Total years of experience between `min` and `max` (inclusive; either may be open). */
export interface ExperienceCondition {
  kind: "experience";
  min: number | null;
  max: number | null;
}

/**
 * Applications: has some (or no) application matching job, stage, stage category and status. Every part is
 * optional; at least one must be set for the condition to count.
 */
export interface StageCondition {
  kind: "stage";
  match: "some" | "none";
  jobId: string | null;
  stageId: string | null;
  stageCategories: StageCategory[];
  statuses: ApplicationStatus[];
}

/** Tags by name: any of / all of / none of. */
export interface TagsCondition {
  kind: "tags";
  match: "anyOf" | "allOf" | "noneOf";
  names: string[];
}

/** What a custom-field condition tests; which tests fit depends on the field's type (see `operatorsForType`). */
export type CustomFieldTest =
  | { op: "equalTo"; value: string | number | boolean | null }
  | { op: "range"; min: string | number | null; max: string | number | null; currency: string | null }
  | { op: "in"; values: string[] }
  | { op: "anyOf" | "allOf" | "noneOf"; values: string[] }
  | { op: "includes"; text: string }
  | { op: "isEmpty"; isEmpty: boolean };

export type CustomFieldOperator = CustomFieldTest["op"];

/** A condition on one CONTACT custom field, by its key. */
export interface CustomFieldConditionState {
  kind: "customField";
  key: string;
  test: CustomFieldTest;
}

/** The contact's company record: industry one of these, and/or headcount band one of these. */
export interface CompanyCondition {
  kind: "company";
  industries: string[];
  sizes: CompanySize[];
}

/** Matches (or does not match) any of these saved segments. */
export interface SegmentCondition {
  kind: "segment";
  match: "anyOf" | "noneOf";
  segmentIds: string[];
}

/** A text field contains this text (ignoring case). */
export interface TextCondition {
  kind: "text";
  field: TextFieldName;
  text: string;
}

export const TEXT_FIELDS = ["name", "currentTitle", "headline", "email"] as const;
export type TextFieldName = (typeof TEXT_FIELDS)[number];

/** The contact's kind is one of these. */
export interface ContactKindCondition {
  kind: "contactKind";
  kinds: ContactKind[];
}

/** Would (or would not) relocate. */
export interface RelocationCondition {
  kind: "relocation";
  willingToRelocate: boolean;
}

/**
 * A valid part of a filter the builder has no editor for (e.g. `not`, employment history, or operators such as
 * `notIn`), kept as it is so that editing the rest of a saved filter never loses it. It can only be removed.
 */
export interface RawCondition {
  kind: "raw";
  filter: ContactFilter;
}

export type FilterCondition =
  | FilterGroup
  | SkillsCondition
  | LocationCondition
  | ExperienceCondition
  | StageCondition
  | TagsCondition
  | CustomFieldConditionState
  | CompanyCondition
  | SegmentCondition
  | TextCondition
  | ContactKindCondition
  | RelocationCondition
  | RawCondition;

export type ConditionKind = FilterCondition["kind"];

/** The kinds a person can add from the builder's "Add condition" menu, in menu order. */
export const ADDABLE_CONDITION_KINDS = [
  "skills",
  "location",
  "experience",
  "stage",
  "tags",
  "customField",
  "company",
  "segment",
  "text",
  "contactKind",
  "relocation",
] as const satisfies readonly ConditionKind[];
export type AddableConditionKind = (typeof ADDABLE_CONDITION_KINDS)[number];

/** An empty filter: matches everyone. */
export function emptyFilterState(): FilterGroup {
  return { kind: "group", combinator: "and", conditions: [] };
}

/** A fresh, still incomplete condition of `kind`, as the builder adds it. */
export function createCondition(kind: AddableConditionKind | "group", parentCombinator: Combinator = "and"): FilterCondition {
  switch (kind) {
    case "group":
      // A nested group of the same combinator would mean nothing more than its parent.
      return { kind: "group", combinator: parentCombinator === "and" ? "or" : "and", conditions: [] };
    case "skills":
      return { kind: "skills", match: "allOf", names: [], minLevel: null, minYears: null };
    case "location":
      return { kind: "location", countries: [], cities: [] };
    case "experience":
      return { kind: "experience", min: null, max: null };
    case "stage":
      return { kind: "stage", match: "some", jobId: null, stageId: null, stageCategories: [], statuses: [] };
    case "tags":
      return { kind: "tags", match: "anyOf", names: [] };
    case "customField":
      return { kind: "customField", key: "", test: { op: "equalTo", value: null } };
    case "company":
      return { kind: "company", industries: [], sizes: [] };
    case "segment":
      return { kind: "segment", match: "anyOf", segmentIds: [] };
    case "text":
      return { kind: "text", field: "currentTitle", text: "" };
    case "contactKind":
      return { kind: "contactKind", kinds: [] };
    case "relocation":
      return { kind: "relocation", willingToRelocate: true };
  }
}

/** The custom field types of the API (`CustomFieldType`). */
export type CustomFieldTypeName =
  | "TEXT"
  | "LONG_TEXT"
  | "NUMBER"
  | "BOOLEAN"
  | "DATE"
  | "SINGLE_SELECT"
  | "MULTI_SELECT"
  | "URL"
  | "CURRENCY"
  | "USER";

/**
 * The tests the builder offers for a custom field of `type`, the first being the default. They are a subset of
 * what the API accepts for that type (see `CustomFieldCondition` in the schema).
 */
export function operatorsForType(type: CustomFieldTypeName): CustomFieldOperator[] {
  switch (type) {
    case "BOOLEAN":
      return ["equalTo", "isEmpty"];
    case "NUMBER":
    case "CURRENCY":
      return ["range", "equalTo", "isEmpty"];
    case "DATE":
      return ["range", "isEmpty"];
    case "SINGLE_SELECT":
    case "USER":
      return ["in", "isEmpty"];
    case "MULTI_SELECT":
      return ["anyOf", "allOf", "noneOf", "isEmpty"];
    case "TEXT":
    case "LONG_TEXT":
    case "URL":
      return ["includes", "isEmpty"];
  }
}

/** A fresh test for `op`, keeping what can be kept of `previous` (its value list) when switching operators. */
export function createTest(op: CustomFieldOperator, type: CustomFieldTypeName, previous?: CustomFieldTest): CustomFieldTest {
  const previousValues = previous && "values" in previous ? previous.values : [];
  switch (op) {
    case "equalTo":
      return { op, value: type === "BOOLEAN" ? false : null };
    case "range":
      return { op, min: null, max: null, currency: null };
    case "in":
    case "anyOf":
    case "allOf":
    case "noneOf":
      return { op, values: previousValues };
    case "includes":
      return { op, text: "" };
    case "isEmpty":
      return { op, isEmpty: true };
  }
}
