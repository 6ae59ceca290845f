import { z } from "zod";
import { isIsoDate } from "../custom-fields";
import { LIMITS } from "../limits";

/**
 * Operator inputs, one per value type, in the shape integrators know from PostGraphile's connection-filter.
 * Every string comparison is case-insensitive: recruiters never mean "Berlin" to miss "berlin".
 * `null` for an operator means "no condition"; an empty filter object matches everything.
 */

const text = z.string().max(LIMITS.lineMaxLength);
const nonEmptyText = text.min(1, "must not be empty");
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.filterMaxListValues);
const isoDate = z.string().refine(isIsoDate, "must be a date written YYYY-MM-DD");
const isoDateTime = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time with a time zone" });

/** Text with trigram-indexed substring matching (names, emails, phones, titles). */
export const textFilterSchema = z.strictObject({
  equalTo: text.nullish(),
  notEqualTo: text.nullish(),
  in: list(text).nullish(),
  notIn: list(text).nullish(),
  includes: nonEmptyText.nullish(),
  startsWith: nonEmptyText.nullish(),
  isNull: z.boolean().nullish(),
});
export type TextFilter = z.infer<typeof textFilterSchema>;

/** Short values matched whole (city, country, source, industry). */
export const keywordFilterSchema = z.strictObject({
  equalTo: text.nullish(),
  notEqualTo: text.nullish(),
  in: list(text).nullish(),
  notIn: list(text).nullish(),
  isNull: z.boolean().nullish(),
});
export type KeywordFilter = z.infer<typeof keywordFilterSchema>;

/** Opaque ids (global ids in the API). */
export const idFilterSchema = z.strictObject({
  equalTo: z.string().max(200).nullish(),
  notEqualTo: z.string().max(200).nullish(),
  in: list(z.string().max(200)).nullish(),
  notIn: list(z.string().max(200)).nullish(),
  isNull: z.boolean().nullish(),
});
export type IdFilter = z.infer<typeof idFilterSchema>;

const finite = z.number().refine(Number.isFinite, "must be a finite number");

export const numberFilterSchema = z.strictObject({
  equalTo: finite.nullish(),
  notEqualTo: finite.nullish(),
  in: list(finite).nullish(),
  notIn: list(finite).nullish(),
  greaterThan: finite.nullish(),
  greaterThanOrEqualTo: finite.nullish(),
  lessThan: finite.nullish(),
  lessThanOrEqualTo: finite.nullish(),
  isNull: z.boolean().nullish(),
});
export type NumberFilter = z.infer<typeof numberFilterSchema>;

export const dateFilterSchema = z.strictObject({
  equalTo: isoDate.nullish(),
  notEqualTo: isoDate.nullish(),
  greaterThan: isoDate.nullish(),
  greaterThanOrEqualTo: isoDate.nullish(),
  lessThan: isoDate.nullish(),
  lessThanOrEqualTo: isoDate.nullish(),
  isNull: z.boolean().nullish(),
});
export type DateFilter = z.infer<typeof dateFilterSchema>;

export const dateTimeFilterSchema = z.strictObject({
  greaterThan: isoDateTime.nullish(),
  greaterThanOrEqualTo: isoDateTime.nullish(),
  lessThan: isoDateTime.nullish(),
  lessThanOrEqualTo: isoDateTime.nullish(),
});
export type DateTimeFilter = z.infer<typeof dateTimeFilterSchema>;

export const booleanFilterSchema = z.strictObject({
  equalTo: z.boolean().nullish(),
  isNull: z.boolean().nullish(),
});
export type BooleanFilter = z.infer<typeof booleanFilterSchema>;

/** An enum-valued field; `values` are the enum's members. */
export function enumFilterSchema<const T extends readonly [string, ...string[]]>(values: T) {
  const member = z.enum(values);
  return z.strictObject({
    equalTo: member.nullish(),
    notEqualTo: member.nullish(),
    in: list(member).nullish(),
    notIn: list(member).nullish(),
  });
}
export interface EnumFilter<T extends string> {
  equalTo?: T | null;
  notEqualTo?: T | null;
  in?: T[] | null;
  notIn?: T[] | null;
}

/** A condition on one custom field, by its key. Values are checked against the field's type by the server. */
export const customFieldConditionSchema = z.strictObject({
  key: z.string().min(1).max(63),
  equalTo: z.unknown().optional(),
  notEqualTo: z.unknown().optional(),
  in: list(z.unknown()).nullish(),
  notIn: list(z.unknown()).nullish(),
  includes: nonEmptyText.nullish(),
  startsWith: nonEmptyText.nullish(),
  greaterThan: z.unknown().optional(),
  greaterThanOrEqualTo: z.unknown().optional(),
  lessThan: z.unknown().optional(),
  lessThanOrEqualTo: z.unknown().optional(),
  anyOf: list(z.unknown()).nullish(),
  allOf: list(z.unknown()).nullish(),
  noneOf: list(z.unknown()).nullish(),
  currency: z.string().max(3).nullish(),
  isEmpty: z.boolean().nullish(),
});
export type CustomFieldCondition = z.infer<typeof customFieldConditionSchema>;
