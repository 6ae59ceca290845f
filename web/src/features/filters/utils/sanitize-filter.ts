import {
  APPLICATION_STATUSES,
  COMPANY_SIZES,
  CONTACT_KINDS,
  LIMITS,
  STAGE_CATEGORIES,
  type ContactFilter,
} from "@talentlane/shared";

/**
 * Reads untrusted JSON (a shared link, a saved segment's or pool's `filter`) into a contact filter the API
 * will accept in shape: keys the filter language does not have are dropped, values of the wrong type are
 * dropped, and whatever becomes empty is dropped too. Semantic checks (does this segment exist? is this a
 * custom field key?) stay with the server. Returns null when nothing is left.
 */
export function sanitizeContactFilter(value: unknown): ContactFilter | null {
  return sanitizeObject(value, CONTACT_FILTER_FIELDS, 0) as ContactFilter | null;
}

type Sanitizer = (value: unknown, depth: number) => unknown;
type Fields = Record<string, Sanitizer>;

const MAX_STRING = LIMITS.lineMaxLength;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Keeps the known keys whose values survive their sanitiser; null when none do (or nesting is too deep). */
function sanitizeObject(value: unknown, fields: Fields, depth: number): Record<string, unknown> | null {
  if (!isObject(value) || depth > LIMITS.filterMaxDepth) return null;
  const result: Record<string, unknown> = {};
  // The input's own key order is kept: it is the order of the conditions in the builder.
  for (const key of Object.keys(value)) {
    if (!Object.prototype.hasOwnProperty.call(fields, key)) continue;
    const clean = fields[key](value[key], depth);
    if (clean !== undefined && clean !== null) result[key] = clean;
  }
  return Object.keys(result).length > 0 ? result : null;
}

const string: Sanitizer = (value) => (typeof value === "string" && value.length <= MAX_STRING ? value : undefined);
const nonEmptyString: Sanitizer = (value) => (typeof value === "string" && value.trim() !== "" && value.length <= MAX_STRING ? value : undefined);
const boolean: Sanitizer = (value) => (typeof value === "boolean" ? value : undefined);
const finiteNumber: Sanitizer = (value) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);
const isoDate: Sanitizer = (value) => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
const isoDateTime: Sanitizer = (value) =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : undefined;
/** Any JSON scalar (custom-field values are checked against the field's type by the server). */
const jsonScalar: Sanitizer = (value) =>
  (typeof value === "string" && value.length <= MAX_STRING) || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))
    ? value
    : undefined;
const oneOf =
  (values: readonly string[]): Sanitizer =>
  (value) =>
    typeof value === "string" && values.includes(value) ? value : undefined;

/** A list whose items all pass `item` (invalid items are dropped); undefined when empty. */
function list(item: Sanitizer): Sanitizer {
  return (value, depth) => {
    if (!Array.isArray(value)) return undefined;
    const items = value
      .slice(0, LIMITS.filterMaxListValues)
      .map((entry) => item(entry, depth))
      .filter((entry) => entry !== undefined && entry !== null);
    return items.length > 0 ? items : undefined;
  };
}

const object =
  (fields: Fields): Sanitizer =>
  (value, depth) =>
    sanitizeObject(value, fields, depth) ?? undefined;

const textFilter = object({
  equalTo: string,
  notEqualTo: string,
  in: list(string),
  notIn: list(string),
  includes: nonEmptyString,
  startsWith: nonEmptyString,
  isNull: boolean,
});
const keywordFilter = object({ equalTo: string, notEqualTo: string, in: list(string), notIn: list(string), isNull: boolean });
const idFilter = object({ equalTo: nonEmptyString, notEqualTo: nonEmptyString, in: list(nonEmptyString), notIn: list(nonEmptyString), isNull: boolean });
const numberFilter = object({
  equalTo: finiteNumber,
  notEqualTo: finiteNumber,
  in: list(finiteNumber),
  notIn: list(finiteNumber),
  greaterThan: finiteNumber,
  greaterThanOrEqualTo: finiteNumber,
  lessThan: finiteNumber,
  lessThanOrEqualTo: finiteNumber,
  isNull: boolean,
});
const dateFilter = object({
  equalTo: isoDate,
  notEqualTo: isoDate,
  greaterThan: isoDate,
  greaterThanOrEqualTo: isoDate,
  lessThan: isoDate,
  lessThanOrEqualTo: isoDate,
  isNull: boolean,
});
const dateTimeFilter = object({ greaterThan: isoDateTime, greaterThanOrEqualTo: isoDateTime, lessThan: isoDateTime, lessThanOrEqualTo: isoDateTime });
const booleanFilter = object({ equalTo: boolean, isNull: boolean });
const enumFilter = (values: readonly string[]) =>
  object({ equalTo: oneOf(values), notEqualTo: oneOf(values), in: list(oneOf(values)), notIn: list(oneOf(values)) });

const skillLevel: Sanitizer = (value) => (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5 ? value : undefined);
const skillYears: Sanitizer = (value) => (typeof value === "number" && value >= 0 && value <= 80 ? value : undefined);
/** A skill condition needs its name; without one it is dropped whole. */
const skillCondition: Sanitizer = (value, depth) => {
  const clean = sanitizeObject(value, { name: nonEmptyString, minLevel: skillLevel, minYears: skillYears }, depth);
  return clean && "name" in clean ? clean : undefined;
};
const names = list(nonEmptyString);

/** A custom-field condition needs its key and at least one operator. */
const customFieldCondition: Sanitizer = (value, depth) => {
  const clean = sanitizeObject(
    value,
    {
      key: (key) => (typeof key === "string" && /^[a-z][a-z0-9_]{0,62}$/.test(key) ? key : undefined),
      equalTo: jsonScalar,
      notEqualTo: jsonScalar,
      in: list(jsonScalar),
      notIn: list(jsonScalar),
      includes: nonEmptyString,
      startsWith: nonEmptyString,
      greaterThan: jsonScalar,
      greaterThanOrEqualTo: jsonScalar,
      lessThan: jsonScalar,
      lessThanOrEqualTo: jsonScalar,
      anyOf: list(jsonScalar),
      allOf: list(jsonScalar),
      noneOf: list(jsonScalar),
      currency: (code) => (typeof code === "string" && /^[A-Za-z]{3}$/.test(code) ? code.toUpperCase() : undefined),
      isEmpty: boolean,
    },
    depth,
  );
  return clean && "key" in clean && Object.keys(clean).length > 1 ? clean : undefined;
};

const employmentFilter = object({ companyName: textFilter, title: textFilter, isCurrent: boolean });
const applicationFilter = object({
  job: idFilter,
  stage: idFilter,
  stageCategory: enumFilter(STAGE_CATEGORIES),
  status: enumFilter(APPLICATION_STATUSES),
  daysInStage: numberFilter,
  appliedAt: dateTimeFilter,
  source: keywordFilter,
  creditedTo: idFilter,
});
const membershipFilter = object({ anyOf: list(nonEmptyString), allOf: list(nonEmptyString), noneOf: list(nonEmptyString) });

const nested =
  (fields: () => Fields): Sanitizer =>
  (value, depth) =>
    sanitizeObject(value, fields(), depth + 1) ?? undefined;
const nestedList =
  (fields: () => Fields): Sanitizer =>
  (value, depth) =>
    list((item) => sanitizeObject(item, fields(), depth + 1) ?? undefined)(value, depth);

const COMPANY_FILTER_FIELDS: Fields = {
  and: nestedList(() => COMPANY_FILTER_FIELDS),
  or: nestedList(() => COMPANY_FILTER_FIELDS),
  not: nested(() => COMPANY_FILTER_FIELDS),
  id: idFilter,
  name: textFilter,
  domain: keywordFilter,
  industry: keywordFilter,
  size: enumFilter(COMPANY_SIZES),
  customFields: list(customFieldCondition),
  createdAt: dateTimeFilter,
  updatedAt: dateTimeFilter,
};

const CONTACT_FILTER_FIELDS: Fields = {
  and: nestedList(() => CONTACT_FILTER_FIELDS),
  or: nestedList(() => CONTACT_FILTER_FIELDS),
  not: nested(() => CONTACT_FILTER_FIELDS),
  id: idFilter,
  kind: enumFilter(CONTACT_KINDS),
  name: textFilter,
  email: textFilter,
  phone: textFilter,
  headline: textFilter,
  currentTitle: textFilter,
  skills: object({ allOf: list(skillCondition), anyOf: list(skillCondition), noneOf: names }),
  location: object({ city: keywordFilter, region: keywordFilter, country: keywordFilter }),
  yearsOfExperience: numberFilter,
  availabilityDate: dateFilter,
  willingToRelocate: booleanFilter,
  workAuthorization: keywordFilter,
  tags: object({ anyOf: names, allOf: names, noneOf: names, isEmpty: boolean }),
  owner: idFilter,
  source: keywordFilter,
  company: nested(() => COMPANY_FILTER_FIELDS),
  employments: object({ some: employmentFilter, every: employmentFilter, none: employmentFilter }),
  customFields: list(customFieldCondition),
  createdAt: dateTimeFilter,
  updatedAt: dateTimeFilter,
  applications: object({ some: applicationFilter, every: applicationFilter, none: applicationFilter }),
  pools: membershipFilter,
  segments: membershipFilter,
};
