import {
  checkCustomValue,
  CUSTOM_FIELD_OPERATORS,
  isIsoDate,
  type BooleanFilter,
  type ContactFilter,
  type CustomFieldCondition,
  type CustomFieldOperator,
  type CustomFieldShape,
  type DateFilter,
  type DateTimeFilter,
  type EnumFilter,
  type IdFilter,
  type KeywordFilter,
  type NumberFilter,
  type TextFilter,
} from "@talentlane/shared";
import type { FieldPath, FieldProblems } from "./errors";
import { parseGlobalId } from "./global-id";
import { escapeLike, type SqlParameters } from "./sql";
import type { Viewer } from "../graphql/context";

/** Talent pools and segments a filter names, by database id. */
export interface FilterReferences {
  pools: Map<string, { kind: "STATIC" | "DYNAMIC"; filter: ContactFilter | null; name: string }>;
  segments: Map<string, { filter: ContactFilter; name: string }>;
}

/**
 * What compiling a filter needs: the query's parameters, the custom field definitions of the entity kinds it may
 * touch, and somewhere to report problems. Compilers never throw on bad input: they collect every problem with its
 * path, and the caller throws them together.
 */
export interface FilterCompilation {
  params: SqlParameters;
  /** Who is asking: conditions on applications only see the jobs the viewer may see. */
  viewer?: Viewer | null;
  /** Saved filters and pools a filter refers to, loaded before compiling (see filter-references). */
  references?: FilterReferences;
  /** Placeholder of the workspace id parameter, for subqueries. */
  workspaceParam: string;
  customFields: { CONTACT: Map<string, CustomFieldShape>; COMPANY: Map<string, CustomFieldShape> };
  problems: FieldProblems;
}

/** ANDs SQL conditions; an empty list is TRUE. */
export function allOf(conditions: string[]): string {
  if (conditions.length === 0) return "TRUE";
  return conditions.length === 1 ? conditions[0] : `(${conditions.join(" AND ")})`;
}

/** ORs SQL conditions; an empty list is FALSE. */
export function anyOf(conditions: string[]): string {
  if (conditions.length === 0) return "FALSE";
  return conditions.length === 1 ? conditions[0] : `(${conditions.join(" OR ")})`;
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/**
 * Text compared case-insensitively. `expression` must already be lower-cased in SQL (`lower(c.headline)`), so the
 * trigram index on that expression serves `includes` and `startsWith`.
 */
export function compileText(expression: string, filter: TextFilter, params: SqlParameters): string[] {
  const parts = compileKeyword(expression, filter, params, (value) => value.toLowerCase());
  if (present(filter.includes)) parts.push(`${expression} LIKE ${params.add(`%${escapeLike(filter.includes.toLowerCase())}%`)}`);
  if (present(filter.startsWith)) parts.push(`${expression} LIKE ${params.add(`${escapeLike(filter.startsWith.toLowerCase())}%`)}`);
  return parts;
}

/**
 * Whole values compared after `normalize` (lower-casing, or upper-casing for country codes). "Not" operators keep
 * rows without a value: "city is not Berlin" includes contacts whose city is unknown.
 */
export function compileKeyword(
  expression: string,
  filter: KeywordFilter,
  params: SqlParameters,
  normalize: (value: string) => string,
): string[] {
  const parts: string[] = [];
  if (present(filter.equalTo)) parts.push(`${expression} = ${params.add(normalize(filter.equalTo))}`);
  if (present(filter.notEqualTo)) parts.push(`${expression} IS DISTINCT FROM ${params.add(normalize(filter.notEqualTo))}`);
  if (present(filter.in)) parts.push(`${expression} = ANY(${params.add(filter.in.map(normalize))}::text[])`);
  if (present(filter.notIn)) parts.push(`NOT coalesce(${expression} = ANY(${params.add(filter.notIn.map(normalize))}::text[]), false)`);
  if (present(filter.isNull)) parts.push(`${expression} IS ${filter.isNull ? "" : "NOT "}NULL`);
  return parts;
}

/** Enum values compared exactly. */
export function compileEnum(expression: string, filter: EnumFilter<string>, params: SqlParameters): string[] {
  return compileKeyword(expression, filter, params, (value) => value);
}

/** Numbers. */
export function compileNumber(expression: string, filter: NumberFilter, params: SqlParameters): string[] {
  const parts: string[] = [];
  const comparisons: Array<[keyof NumberFilter, string]> = [
    ["equalTo", "="],
    ["greaterThan", ">"],
    ["greaterThanOrEqualTo", ">="],
    ["lessThan", "<"],
    ["lessThanOrEqualTo", "<="],
  ];
  for (const [operator, sql] of comparisons) {
    const value = filter[operator];
    if (present(value)) parts.push(`${expression} ${sql} ${params.add(value)}::numeric`);
  }
  if (present(filter.notEqualTo)) parts.push(`${expression} IS DISTINCT FROM ${params.add(filter.notEqualTo)}::numeric`);
  if (present(filter.in)) parts.push(`${expression} = ANY(${params.add(filter.in)}::numeric[])`);
  if (present(filter.notIn)) parts.push(`NOT coalesce(${expression} = ANY(${params.add(filter.notIn)}::numeric[]), false)`);
  if (present(filter.isNull)) parts.push(`${expression} IS ${filter.isNull ? "" : "NOT "}NULL`);
  return parts;
}

/** Calendar dates (YYYY-MM-DD). */
export function compileDate(expression: string, filter: DateFilter, params: SqlParameters): string[] {
  const parts: string[] = [];
  const comparisons: Array<[keyof DateFilter, string]> = [
    ["equalTo", "="],
    ["greaterThan", ">"],
    ["greaterThanOrEqualTo", ">="],
    ["lessThan", "<"],
    ["lessThanOrEqualTo", "<="],
  ];
  for (const [operator, sql] of comparisons) {
    const value = filter[operator];
    if (present(value) && typeof value === "string") parts.push(`${expression} ${sql} ${params.add(value)}::date`);
  }
  if (present(filter.notEqualTo)) parts.push(`${expression} IS DISTINCT FROM ${params.add(filter.notEqualTo)}::date`);
  if (present(filter.isNull)) parts.push(`${expression} IS ${filter.isNull ? "" : "NOT "}NULL`);
  return parts;
}

/** Instants (ISO 8601 with a zone). */
export function compileDateTime(expression: string, filter: DateTimeFilter, params: SqlParameters): string[] {
  const parts: string[] = [];
  const comparisons: Array<[keyof DateTimeFilter, string]> = [
    ["greaterThan", ">"],
    ["greaterThanOrEqualTo", ">="],
    ["lessThan", "<"],
    ["lessThanOrEqualTo", "<="],
  ];
  for (const [operator, sql] of comparisons) {
    const value = filter[operator];
    if (present(value)) parts.push(`${expression} ${sql} ${params.add(value)}::timestamptz`);
  }
  return parts;
}

export function compileBoolean(expression: string, filter: BooleanFilter, params: SqlParameters): string[] {
  const parts: string[] = [];
  if (present(filter.equalTo)) parts.push(`${expression} = ${params.add(filter.equalTo)}::boolean`);
  if (present(filter.isNull)) parts.push(`${expression} IS ${filter.isNull ? "" : "NOT "}NULL`);
  return parts;
}

/**
 * Global ids of one type, compared with a uuid column. Ids that are malformed or of another type are problems at
 * their path.
 */
export function compileId(
  expression: string,
  filter: IdFilter,
  typeName: string,
  path: FieldPath,
  compilation: FilterCompilation,
): string[] {
  const { params, problems } = compilation;
  const decode = (globalId: string, at: FieldPath): string => {
    const parsed = parseGlobalId(globalId);
    if (!parsed || parsed.typeName !== typeName) {
      problems.add(at, `is not the id of a ${typeName}`);
      return "00000000-0000-0000-0000-000000000000";
    }
    return parsed.id;
  };
  const parts: string[] = [];
  if (present(filter.equalTo)) parts.push(`${expression} = ${params.add(decode(filter.equalTo, [...path, "equalTo"]))}::uuid`);
  if (present(filter.notEqualTo)) {
    parts.push(`${expression} IS DISTINCT FROM ${params.add(decode(filter.notEqualTo, [...path, "notEqualTo"]))}::uuid`);
  }
  if (present(filter.in)) {
    const ids = filter.in.map((id, index) => decode(id, [...path, "in", index]));
    parts.push(`${expression} = ANY(${params.add(ids)}::uuid[])`);
  }
  if (present(filter.notIn)) {
    const ids = filter.notIn.map((id, index) => decode(id, [...path, "notIn", index]));
    parts.push(`NOT coalesce(${expression} = ANY(${params.add(ids)}::uuid[]), false)`);
  }
  if (present(filter.isNull)) parts.push(`${expression} IS ${filter.isNull ? "" : "NOT "}NULL`);
  return parts;
}


/**
 * Conditions on custom values stored as jsonb (`column` is e.g. `c.custom_values`). Keys must name a field of the
 * entity kind and each operator must fit the field's type; values are checked as the field would check them.
 * Equality on select, boolean and user fields compiles to jsonb containment (`@>`) and presence to `?`, both
 * served by the column's GIN index; text and range comparisons narrow by `?` first.
 */
export function compileCustomFields(
  column: string,
  conditions: CustomFieldCondition[],
  fields: Map<string, CustomFieldShape>,
  entityLabel: string,
  path: FieldPath,
  compilation: FilterCompilation,
): string[] {
  const { params, problems } = compilation;
  const parts: string[] = [];
  conditions.forEach((condition, index) => {
    const at: FieldPath = [...path, index];
    const field = fields.get(condition.key);
    if (!field) {
      problems.add([...at, "key"], `no ${entityLabel} custom field has the key "${condition.key}"`);
      return;
    }
    const allowed = new Set<string>(CUSTOM_FIELD_OPERATORS[field.type]);
    const operators = (Object.keys(condition) as Array<keyof CustomFieldCondition>).filter(
      (name) => name !== "key" && present(condition[name]),
    ) as CustomFieldOperator[];
    if (operators.length === 0) {
      problems.add(at, "names no operator");
      return;
    }
    // One placeholder per condition, added on first use: an unused parameter makes PostgreSQL refuse the query.
    let keyPlaceholder: string | null = null;
    const keyParam = () => (keyPlaceholder ??= `${params.add(field.key)}::text`);
    const contains = (value: unknown) => `${column} @> ${params.add(JSON.stringify({ [field.key]: value }))}::jsonb`;
    const hasKey = () => `${column} ? ${keyParam()}`;
    const lenient: CustomFieldShape = { ...field, isRequired: false };
    const checkValue = (value: unknown, valuePath: FieldPath): unknown => {
      const checked = checkCustomValue(lenient, value, () => true);
      if (!checked.ok) {
        problems.add(valuePath, checked.message);
        return null;
      }
      return checked.value;
    };

    for (const operator of operators) {
      const operatorPath = [...at, operator];
      if (!allowed.has(operator)) {
        problems.add(operatorPath, `does not apply to ${field.type} fields; use one of: ${[...allowed].join(", ")}`);
        continue;
      }
      const raw = condition[operator];
      switch (field.type) {
        case "SINGLE_SELECT":
        case "BOOLEAN":
        case "USER":
          parts.push(...compileExactCustom(operator, raw, operatorPath, checkValue, contains, hasKey, problems));
          break;
        case "MULTI_SELECT":
          parts.push(...compileMultiSelect(operator, raw, operatorPath, checkValue, contains, hasKey, problems));
          break;
        case "TEXT":
        case "LONG_TEXT":
        case "URL": {
          const text = () => `lower(${column} ->> ${keyParam()})`;
          if (operator === "isEmpty") parts.push(raw ? `NOT ${hasKey()}` : hasKey());
          else if (operator === "includes" || operator === "startsWith") {
            const needle = escapeLike(String(raw).toLowerCase());
            parts.push(`(${hasKey()} AND ${text()} LIKE ${params.add(operator === "includes" ? `%${needle}%` : `${needle}%`)})`);
          } else if (operator === "in" || operator === "notIn") {
            const values = asList(raw, operatorPath, problems).map((value, i) => String(checkValue(value, [...operatorPath, i])).toLowerCase());
            const test = `coalesce(${text()} = ANY(${params.add(values)}::text[]), false)`;
            parts.push(operator === "in" ? `(${hasKey()} AND ${test})` : `NOT ${test}`);
          } else {
            const value = String(checkValue(raw, operatorPath)).toLowerCase();
            parts.push(operator === "equalTo" ? `(${hasKey()} AND ${text()} = ${params.add(value)})` : `${text()} IS DISTINCT FROM ${params.add(value)}`);
          }
          break;
        }
        case "NUMBER":
        case "DATE":
        case "CURRENCY": {
          const cast = field.type === "DATE" ? "date" : "numeric";
          const valueExpression = () =>
            field.type === "CURRENCY"
              ? `(${column} -> ${keyParam()} ->> 'amount')::numeric`
              : `(${column} ->> ${keyParam()})::${cast}`;
          if (operator === "isEmpty") {
            parts.push(raw ? `NOT ${hasKey()}` : hasKey());
            break;
          }
          if (operator === "currency") {
            if (typeof raw !== "string" || !/^[A-Za-z]{3}$/.test(raw)) problems.add(operatorPath, "must be a three-letter ISO 4217 code");
            else parts.push(contains({ currency: raw.toUpperCase() }));
            break;
          }
          const scalar = (value: unknown, valuePath: FieldPath): unknown => {
            if (field.type === "DATE") {
              if (typeof value !== "string" || !isIsoDate(value)) problems.add(valuePath, "must be a date written YYYY-MM-DD");
              return value;
            }
            if (typeof value !== "number" || !Number.isFinite(value)) problems.add(valuePath, "must be a number");
            return value;
          };
          if (operator === "in" || operator === "notIn") {
            const values = asList(raw, operatorPath, problems).map((value, i) => scalar(value, [...operatorPath, i]));
            const test = `coalesce(${valueExpression()} = ANY(${params.add(values)}::${cast}[]), false)`;
            parts.push(operator === "in" ? `(${hasKey()} AND ${test})` : `NOT ${test}`);
            break;
          }
          const sql = COMPARISON_SQL[operator];
          const value = scalar(raw, operatorPath);
          if (operator === "notEqualTo") parts.push(`${valueExpression()} IS DISTINCT FROM ${params.add(value)}::${cast}`);
          else parts.push(`(${hasKey()} AND ${valueExpression()} ${sql} ${params.add(value)}::${cast})`);
          break;
        }
      }
    }
  });
  return parts;
}

const COMPARISON_SQL: Partial<Record<CustomFieldOperator, string>> = {
  equalTo: "=",
  greaterThan: ">",
  greaterThanOrEqualTo: ">=",
  lessThan: "<",
  lessThanOrEqualTo: "<=",
};

function asList(raw: unknown, path: FieldPath, problems: FieldProblems): unknown[] {
  if (!Array.isArray(raw)) {
    problems.add(path, "must be a list");
    return [];
  }
  return raw;
}

type ValueChecker = (value: unknown, path: FieldPath) => unknown;

function compileExactCustom(
  operator: CustomFieldOperator,
  raw: unknown,
  path: FieldPath,
  checkValue: ValueChecker,
  contains: (value: unknown) => string,
  hasKey: () => string,
  problems: FieldProblems,
): string[] {
  switch (operator) {
    case "isEmpty":
      return [raw ? `NOT ${hasKey()}` : hasKey()];
    case "equalTo":
      return [contains(checkValue(raw, path))];
    case "notEqualTo":
      return [`NOT ${contains(checkValue(raw, path))}`];
    case "in":
      return [anyOf(asList(raw, path, problems).map((value, index) => contains(checkValue(value, [...path, index]))))];
    case "notIn":
      return [`NOT ${anyOf(asList(raw, path, problems).map((value, index) => contains(checkValue(value, [...path, index]))))}`];
    default:
      return [];
  }
}

function compileMultiSelect(
  operator: CustomFieldOperator,
  raw: unknown,
  path: FieldPath,
  checkValue: ValueChecker,
  contains: (value: unknown) => string,
  hasKey: () => string,
  problems: FieldProblems,
): string[] {
  if (operator === "isEmpty") return [raw ? `NOT ${hasKey()}` : hasKey()];
  const options = asList(raw, path, problems).map((value, index) => {
    const checked = checkValue([value], [...path, index]);
    return Array.isArray(checked) ? checked[0] : null;
  });
  if (operator === "allOf") return [contains(options)];
  const any = anyOf(options.map((option) => contains([option])));
  return [operator === "anyOf" ? any : `NOT ${any}`];
}
