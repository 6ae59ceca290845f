import type { CustomFieldType } from "./enums";
import { LIMITS } from "./limits";

/** One choice of a SINGLE_SELECT or MULTI_SELECT field. `value` is what is stored; it never changes. */
export interface SelectOption {
  value: string;
  label: string;
  /** Archived options stay valid on rows that have them but cannot be chosen for new values. */
  isArchived?: boolean;
}

/** A stored custom value, by field type: text, number, boolean, option list, or money. */
export type CustomValue = string | number | boolean | string[] | MoneyValue;

/** A record's custom values, by field key. */
export type CustomValues = Record<string, CustomValue>;

/** A CURRENCY field's value. */
export interface MoneyValue {
  amount: number;
  /** ISO 4217, upper case. */
  currency: string;
}

/** What a custom field definition tells a validator. */
export interface CustomFieldShape {
  key: string;
  label: string;
  type: CustomFieldType;
  options: SelectOption[];
  isRequired: boolean;
}

/** The outcome of checking one value against its definition. */
export type CustomValueCheck = { ok: true; value: unknown } | { ok: false; message: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CURRENCY_CODE = /^[A-Z]{3}$/;
const TEXT_MAX_LENGTH = 1_000;

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether a string is an absolute http(s) URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * Checks a value for a custom field and returns it normalised (trimmed text, de-duplicated multi-select, upper-case
 * currency), or a message saying what is wrong. `null` clears a value and is refused for required fields.
 * Archived select options are refused unless `allowArchivedOption` (the row already holds that option).
 * USER values are user ids; whether such a user exists is for the server to check.
 */
export function checkCustomValue(
  field: CustomFieldShape,
  value: unknown,
  allowArchivedOption: (option: string) => boolean = () => false,
): CustomValueCheck {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
    return field.isRequired ? { ok: false, message: `${field.label} is required` } : { ok: true, value: null };
  }
  const optionValues = new Map(field.options.map((option) => [option.value, option]));
  const checkOption = (option: unknown): string | null => {
    if (typeof option !== "string") return "must be one of the field's options";
    const known = optionValues.get(option);
    if (!known) return `"${option}" is not one of the options of ${field.label}`;
    if (known.isArchived && !allowArchivedOption(option)) return `"${option}" is an archived option of ${field.label}`;
    return null;
  };
  switch (field.type) {
    case "TEXT":
    case "LONG_TEXT": {
      if (typeof value !== "string") return { ok: false, message: "must be text" };
      const text = value.trim();
      const max = field.type === "TEXT" ? TEXT_MAX_LENGTH : LIMITS.textMaxLength;
      if (text.length > max) return { ok: false, message: `must be at most ${max} characters` };
      return { ok: true, value: text };
    }
    case "NUMBER":
      if (typeof value !== "number" || !Number.isFinite(value)) return { ok: false, message: "must be a number" };
      return { ok: true, value };
    case "BOOLEAN":
      if (typeof value !== "boolean") return { ok: false, message: "must be true or false" };
      return { ok: true, value };
    case "DATE":
      if (typeof value !== "string" || !isIsoDate(value)) return { ok: false, message: "must be a date written YYYY-MM-DD" };
      return { ok: true, value };
    case "URL": {
      if (typeof value !== "string" || !isHttpUrl(value.trim())) return { ok: false, message: "must be an http(s) URL" };
      if (value.length > LIMITS.urlMaxLength) return { ok: false, message: `must be at most ${LIMITS.urlMaxLength} characters` };
      return { ok: true, value: value.trim() };
    }
    case "SINGLE_SELECT": {
      const problem = checkOption(value);
      return problem ? { ok: false, message: problem } : { ok: true, value };
    }
    case "MULTI_SELECT": {
      if (!Array.isArray(value)) return { ok: false, message: "must be a list of the field's options" };
      for (const option of value) {
        const problem = checkOption(option);
        if (problem) return { ok: false, message: problem };
      }
      const distinct = [...new Set(value as string[])];
      if (distinct.length === 0) return field.isRequired ? { ok: false, message: `${field.label} is required` } : { ok: true, value: null };
      return { ok: true, value: distinct };
    }
    case "CURRENCY": {
      if (typeof value !== "object" || Array.isArray(value)) return { ok: false, message: "must be { amount, currency }" };
      const { amount, currency, ...rest } = value as Record<string, unknown>;
      if (Object.keys(rest).length > 0) return { ok: false, message: "must be { amount, currency } and nothing else" };
      if (typeof amount !== "number" || !Number.isFinite(amount)) return { ok: false, message: "amount must be a number" };
      if (typeof currency !== "string" || !CURRENCY_CODE.test(currency.toUpperCase())) {
        return { ok: false, message: "currency must be a three-letter ISO 4217 code" };
      }
      return { ok: true, value: { amount, currency: currency.toUpperCase() } satisfies MoneyValue };
    }
    case "USER":
      if (typeof value !== "string" || value.length > 200) return { ok: false, message: "must be a user id" };
      return { ok: true, value };
  }
}

/** The filter operators that make sense for each custom field type. */
export const CUSTOM_FIELD_OPERATORS: Record<CustomFieldType, readonly CustomFieldOperator[]> = {
  TEXT: ["equalTo", "notEqualTo", "in", "notIn", "includes", "startsWith", "isEmpty"],
  LONG_TEXT: ["includes", "isEmpty"],
  URL: ["equalTo", "notEqualTo", "includes", "isEmpty"],
  NUMBER: ["equalTo", "notEqualTo", "in", "notIn", "greaterThan", "greaterThanOrEqualTo", "lessThan", "lessThanOrEqualTo", "isEmpty"],
  CURRENCY: ["greaterThan", "greaterThanOrEqualTo", "lessThan", "lessThanOrEqualTo", "currency", "isEmpty"],
  DATE: ["equalTo", "notEqualTo", "greaterThan", "greaterThanOrEqualTo", "lessThan", "lessThanOrEqualTo", "isEmpty"],
  BOOLEAN: ["equalTo", "isEmpty"],
  SINGLE_SELECT: ["equalTo", "notEqualTo", "in", "notIn", "isEmpty"],
  MULTI_SELECT: ["anyOf", "allOf", "noneOf", "isEmpty"],
  USER: ["equalTo", "notEqualTo", "in", "notIn", "isEmpty"],
};

/** Every operator a custom field condition may carry (which ones apply depends on the field's type). */
export const ALL_CUSTOM_FIELD_OPERATORS = [
  "equalTo",
  "notEqualTo",
  "in",
  "notIn",
  "includes",
  "startsWith",
  "greaterThan",
  "greaterThanOrEqualTo",
  "lessThan",
  "lessThanOrEqualTo",
  "anyOf",
  "allOf",
  "noneOf",
  "currency",
  "isEmpty",
] as const;
export type CustomFieldOperator = (typeof ALL_CUSTOM_FIELD_OPERATORS)[number];

/** Any JSON value, e.g. a saved filter as stored. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };
