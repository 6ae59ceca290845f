import type { CompanyFilter } from "@talentlane/shared";
import type { FieldPath } from "../../common/errors";
import {
  allOf,
  anyOf,
  compileCustomFields,
  compileDateTime,
  compileEnum,
  compileId,
  compileKeyword,
  compileText,
  type FilterCompilation,
} from "../../common/filter-sql";

/**
 * Compiles a company filter to one SQL condition over the alias `alias` (used for the companies list and, inside an
 * EXISTS, for a contact's `company` relation). Values are bound parameters; problems are collected, not thrown.
 */
export function compileCompanyFilter(filter: CompanyFilter, alias: string, path: FieldPath, compilation: FilterCompilation): string {
  const { params } = compilation;
  const parts: string[] = [];
  const lower = (value: string) => value.toLowerCase();
  if (filter.id) parts.push(...compileId(`${alias}.id`, filter.id, "Company", [...path, "id"], compilation));
  if (filter.name) parts.push(...compileText(`lower(${alias}.name)`, filter.name, params));
  if (filter.domain) parts.push(...compileKeyword(`${alias}.domain`, filter.domain, params, lower));
  if (filter.industry) parts.push(...compileKeyword(`lower(${alias}.industry)`, filter.industry, params, lower));
  if (filter.size) parts.push(...compileEnum(`${alias}.size`, filter.size, params));
  if (filter.createdAt) parts.push(...compileDateTime(`${alias}.created_at`, filter.createdAt, params));
  if (filter.updatedAt) parts.push(...compileDateTime(`${alias}.updated_at`, filter.updatedAt, params));
  if (filter.customFields) {
    parts.push(
      ...compileCustomFields(
        `${alias}.custom_values`,
        filter.customFields,
        compilation.customFields.COMPANY,
        "COMPANY",
        [...path, "customFields"],
        compilation,
      ),
    );
  }
  if (filter.and) parts.push(allOf(filter.and.map((child, index) => compileCompanyFilter(child, alias, [...path, "and", index], compilation))));
  if (filter.or) parts.push(anyOf(filter.or.map((child, index) => compileCompanyFilter(child, alias, [...path, "or", index], compilation))));
  if (filter.not) parts.push(`NOT coalesce(${compileCompanyFilter(filter.not, alias, [...path, "not"], compilation)}, false)`);
  return allOf(parts);
}
