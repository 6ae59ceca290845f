import type { ContactFilter, EmploymentFilter, SkillCondition } from "@talentlane/shared";
import type { FieldPath } from "../../common/errors";
import {
  allOf,
  anyOf,
  compileBoolean,
  compileCustomFields,
  compileDate,
  compileDateTime,
  compileEnum,
  compileId,
  compileKeyword,
  compileNumber,
  compileText,
  type FilterCompilation,
} from "../../common/filter-sql";
import { escapeLike } from "../../common/sql";
import { normalizePhone } from "../../common/normalize/phone";
import { compileCompanyFilter } from "../companies/company-filter.sql";
import { skillKey } from "./contact-normalize";

/**
 * Compiles a contact filter to one SQL condition over the alias `c`. Every value is a bound parameter; keys of
 * custom fields are checked against their definitions. Each condition is shaped so an index serves it: GIN
 * containment for skills, employers, tags and custom values; trigram for text; btree for the rest.
 * Problems are collected in `compilation.problems` with their paths, never thrown from here.
 */
export function compileContactFilter(filter: ContactFilter, path: FieldPath, compilation: FilterCompilation): string {
  const { params } = compilation;
  const lower = (value: string) => value.toLowerCase();
  const upper = (value: string) => value.toUpperCase();
  const parts: string[] = [];

  if (filter.id) parts.push(...compileId("c.id", filter.id, "Contact", [...path, "id"], compilation));
  if (filter.kind) parts.push(...compileEnum("c.kind", filter.kind, params));
  if (filter.name) parts.push(...compileText("lower(c.display_name)", filter.name, params));
  if (filter.headline) parts.push(...compileText("lower(c.headline)", filter.headline, params));
  if (filter.currentTitle) parts.push(...compileText("lower(c.current_title)", filter.currentTitle, params));
  if (filter.email) parts.push(...compileListText("c.email_text", filter.email, compilation, lower));
  if (filter.phone) {
    const toE164 = (value: string) => normalizePhone(value, null) ?? value.replace(/[^\d+]/g, "");
    parts.push(...compileListText("c.phone_text", { ...filter.phone, includes: filter.phone.includes?.replace(/\D/g, "") || filter.phone.includes }, compilation, toE164));
  }
  if (filter.location) {
    const { city, region, country } = filter.location;
    if (city) parts.push(...compileKeyword("lower(c.city)", city, params, lower));
    if (region) parts.push(...compileKeyword("lower(c.region)", region, params, lower));
    if (country) parts.push(...compileKeyword("c.country", country, params, upper));
  }
  if (filter.yearsOfExperience) parts.push(...compileNumber("c.years_of_experience", filter.yearsOfExperience, params));
  if (filter.availabilityDate) parts.push(...compileDate("c.availability_date", filter.availabilityDate, params));
  if (filter.willingToRelocate) parts.push(...compileBoolean("c.willing_to_relocate", filter.willingToRelocate, params));
  if (filter.workAuthorization) parts.push(...compileKeyword("lower(c.work_authorization)", filter.workAuthorization, params, lower));
  if (filter.source) parts.push(...compileKeyword("lower(c.source)", filter.source, params, lower));
  if (filter.owner) parts.push(...compileId("c.owner_id", filter.owner, "User", [...path, "owner"], compilation));
  if (filter.createdAt) parts.push(...compileDateTime("c.created_at", filter.createdAt, params));
  if (filter.updatedAt) parts.push(...compileDateTime("c.updated_at", filter.updatedAt, params));

  if (filter.skills) {
    const { allOf: required, anyOf: optional, noneOf } = filter.skills;
    if (required) parts.push(...required.map((skill) => compileSkill(skill, compilation)));
    if (optional && optional.length > 0) parts.push(anyOf(optional.map((skill) => compileSkill(skill, compilation))));
    if (noneOf && noneOf.length > 0) {
      parts.push(`NOT ${anyOf(noneOf.map((name) => `c.skills @> ${params.add(JSON.stringify([{ key: skillKey(name) }]))}::jsonb`))}`);
    }
  }

  if (filter.tags) {
    const tagIds = (names: string[]) =>
      `ARRAY(SELECT t.id FROM tag t WHERE t.workspace_id = ${compilation.workspaceParam} AND lower(t.name) = ANY(${params.add(names.map(lower))}::text[]))`;
    const { anyOf: any, allOf: all, noneOf: none, isEmpty } = filter.tags;
    if (any) parts.push(`c.tag_ids && ${tagIds(any)}`);
    // One overlap test per tag: a tag that does not exist then matches nothing, as "has all of" must.
    if (all) parts.push(...all.map((name) => `c.tag_ids && ${tagIds([name])}`));
    if (none) parts.push(`NOT (c.tag_ids && ${tagIds(none)})`);
    if (isEmpty !== null && isEmpty !== undefined) parts.push(`cardinality(c.tag_ids) ${isEmpty ? "=" : ">"} 0`);
  }

  if (filter.company) {
    const condition = compileCompanyFilter(filter.company, "co", [...path, "company"], compilation);
    parts.push(
      `EXISTS (SELECT 1 FROM company co WHERE co.workspace_id = c.workspace_id AND co.id = c.company_id AND co.deleted_at IS NULL AND ${condition})`,
    );
  }

  if (filter.employments) {
    const { some, every, none } = filter.employments;
    if (some) parts.push(`(${employmentPrefilter(some, compilation)} AND EXISTS (${employmentRows(some, compilation)}))`);
    if (none) parts.push(`NOT EXISTS (${employmentRows(none, compilation)})`);
    if (every) parts.push(`NOT EXISTS (${employmentRows(every, compilation, true)})`);
  }

  if (filter.customFields) {
    parts.push(
      ...compileCustomFields("c.custom_values", filter.customFields, compilation.customFields.CONTACT, "CONTACT", [...path, "customFields"], compilation),
    );
  }

  if (filter.and) parts.push(allOf(filter.and.map((child, index) => compileContactFilter(child, [...path, "and", index], compilation))));
  if (filter.or) parts.push(anyOf(filter.or.map((child, index) => compileContactFilter(child, [...path, "or", index], compilation))));
  if (filter.not) parts.push(`NOT coalesce(${compileContactFilter(filter.not, [...path, "not"], compilation)}, false)`);
  return allOf(parts);
}

/**
 * Text conditions on a multi-valued field stored as a JSON array's text (`["a@x.com","b@y.com"]`): equality means
 * "one of the values is", matched as the quoted value inside the text, so the trigram index serves it too.
 */
function compileListText(
  column: string,
  filter: NonNullable<ContactFilter["email"]>,
  compilation: FilterCompilation,
  normalize: (value: string) => string,
): string[] {
  const { params } = compilation;
  const quoted = (value: string) => `%"${escapeLike(normalize(value))}"%`;
  const parts: string[] = [];
  if (filter.equalTo) parts.push(`${column} LIKE ${params.add(quoted(filter.equalTo))}`);
  if (filter.notEqualTo) parts.push(`${column} NOT LIKE ${params.add(quoted(filter.notEqualTo))}`);
  if (filter.in) parts.push(anyOf(filter.in.map((value) => `${column} LIKE ${params.add(quoted(value))}`)));
  if (filter.notIn) parts.push(`NOT ${anyOf(filter.notIn.map((value) => `${column} LIKE ${params.add(quoted(value))}`))}`);
  if (filter.includes) parts.push(`${column} LIKE ${params.add(`%${escapeLike(filter.includes.toLowerCase())}%`)}`);
  if (filter.startsWith) parts.push(`${column} LIKE ${params.add(`%"${escapeLike(filter.startsWith.toLowerCase())}%`)}`);
  if (filter.isNull !== null && filter.isNull !== undefined) parts.push(`${column} ${filter.isNull ? "=" : "<>"} '[]'`);
  return parts;
}

/** Has a skill (GIN containment on the skill key), with a minimum level or years checked on the matching element. */
function compileSkill(skill: SkillCondition, compilation: FilterCompilation): string {
  const { params } = compilation;
  const key = skillKey(skill.name);
  const has = `c.skills @> ${params.add(JSON.stringify([{ key }]))}::jsonb`;
  if (skill.minLevel == null && skill.minYears == null) return has;
  const conditions = [`s.key = ${params.add(key)}`];
  if (skill.minLevel != null) conditions.push(`s.level >= ${params.add(skill.minLevel)}::int`);
  if (skill.minYears != null) conditions.push(`s.years >= ${params.add(skill.minYears)}::numeric`);
  return `(${has} AND EXISTS (SELECT 1 FROM jsonb_to_recordset(c.skills) AS s(key text, level int, years numeric) WHERE ${conditions.join(" AND ")}))`;
}

/** The employments of a contact matching (or, with `negate`, failing) a condition. */
function employmentRows(filter: EmploymentFilter, compilation: FilterCompilation, negate = false): string {
  const { params } = compilation;
  const parts: string[] = [];
  if (filter.companyName) parts.push(...compileText(`lower(e."companyName")`, filter.companyName, params));
  if (filter.title) parts.push(...compileText("lower(e.title)", filter.title, params));
  if (filter.isCurrent !== null && filter.isCurrent !== undefined) {
    parts.push(`coalesce(e."isCurrent", false) = ${params.add(filter.isCurrent)}::boolean`);
  }
  const condition = allOf(parts);
  return `SELECT 1 FROM jsonb_to_recordset(c.employments) AS e("companyName" text, title text, "isCurrent" boolean)
           WHERE ${negate ? `NOT coalesce(${condition}, false)` : condition}`;
}

/** An index-served condition implied by an employment condition, so the EXISTS runs on few rows. */
function employmentPrefilter(filter: EmploymentFilter, compilation: FilterCompilation): string {
  const { params } = compilation;
  const parts: string[] = [];
  if (filter.companyName?.equalTo) {
    parts.push(`c.employments @> ${params.add(JSON.stringify([{ companyKey: filter.companyName.equalTo.trim().toLowerCase() }]))}::jsonb`);
  }
  for (const text of [filter.companyName?.includes, filter.title?.includes, filter.companyName?.startsWith, filter.title?.startsWith]) {
    if (text) parts.push(`c.employment_text LIKE ${params.add(`%${escapeLike(text.toLowerCase())}%`)}`);
  }
  return allOf(parts);
}
