import type { ApplicationFilter, ContactFilter, EmploymentFilter, MembershipFilter, SkillCondition } from "@talentlane/shared";
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
import { parseGlobalId } from "../../common/global-id";
import { escapeLike } from "../../common/sql";
import { applicationVisibility } from "../applications/application.sql";
import { normalizePhone } from "../../common/normalize/phone";
import { compileCompanyFilter } from "../companies/company-filter.sql";
import { skillKey } from "./contact-normalize";

/**
 * Compiles a contact filter to one SQL condition over the alias `c`. Every value is a bound parameter; keys of
 * custom fields are checked against their definitions. Each condition is shaped so an index serves it: GIN
 * containment for skills, employers, tags and custom values; trigram for text; btree for the rest.
 * Problems are collected in `compilation.problems` with their paths, never thrown from here.
 */
export function compileContactFilter(filter: ContactFilter, path: FieldPath, compilation: FilterCompilation, depth = 0): string {
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

  if (filter.applications) parts.push(...compileApplications(filter.applications, [...path, "applications"], compilation));
  if (filter.pools) parts.push(...compilePools(filter.pools, [...path, "pools"], compilation, depth));
  if (filter.segments) parts.push(...compileSegments(filter.segments, [...path, "segments"], compilation, depth));

  if (filter.and) parts.push(allOf(filter.and.map((child, index) => compileContactFilter(child, [...path, "and", index], compilation, depth))));
  if (filter.or) parts.push(anyOf(filter.or.map((child, index) => compileContactFilter(child, [...path, "or", index], compilation, depth))));
  if (filter.not) parts.push(`NOT coalesce(${compileContactFilter(filter.not, [...path, "not"], compilation, depth)}, false)`);
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

/**
 * Conditions on the contact's applications (alias `ap`, its stage `aps`), limited to the jobs the viewer may see,
 * so a hiring manager cannot probe other jobs through a filter.
 */
function compileApplications(filter: NonNullable<ContactFilter["applications"]>, path: FieldPath, compilation: FilterCompilation): string[] {
  const scope = compilation.viewer ? applicationVisibility(compilation.viewer, compilation.params, "ap") : "TRUE";
  const rows = (condition: string) =>
    `SELECT 1 FROM application ap JOIN stage aps ON aps.workspace_id = ap.workspace_id AND aps.id = ap.stage_id
      WHERE ap.workspace_id = c.workspace_id AND ap.contact_id = c.id AND ${scope} AND ${condition}`;
  const parts: string[] = [];
  if (filter.some) parts.push(`EXISTS (${rows(compileApplication(filter.some, [...path, "some"], compilation))})`);
  if (filter.none) parts.push(`NOT EXISTS (${rows(compileApplication(filter.none, [...path, "none"], compilation))})`);
  if (filter.every) parts.push(`NOT EXISTS (${rows(`NOT coalesce(${compileApplication(filter.every, [...path, "every"], compilation)}, false)`)})`);
  return parts;
}

function compileApplication(filter: ApplicationFilter, path: FieldPath, compilation: FilterCompilation): string {
  const { params } = compilation;
  const parts: string[] = [];
  if (filter.job) parts.push(...compileId("ap.job_id", filter.job, "Job", [...path, "job"], compilation));
  if (filter.stage) parts.push(...compileId("ap.stage_id", filter.stage, "Stage", [...path, "stage"], compilation));
  if (filter.stageCategory) parts.push(...compileEnum("aps.category", filter.stageCategory, params));
  if (filter.status) parts.push(...compileEnum("ap.status", filter.status, params));
  if (filter.daysInStage) parts.push(...compileNumber("floor(extract(epoch FROM now() - ap.stage_entered_at) / 86400)", filter.daysInStage, params));
  if (filter.appliedAt) parts.push(...compileDateTime("ap.applied_at", filter.appliedAt, params));
  if (filter.source) parts.push(...compileKeyword("lower(ap.source)", filter.source, params, (value) => value.toLowerCase()));
  if (filter.creditedTo) parts.push(...compileId("ap.credited_to_id", filter.creditedTo, "User", [...path, "creditedTo"], compilation));
  return allOf(parts);
}

/**
 * Membership of talent pools: a STATIC pool by its member list, a DYNAMIC pool by its saved filter (compiled in
 * place). Pools must have been loaded into `compilation.references`.
 */
function compilePools(filter: MembershipFilter, path: FieldPath, compilation: FilterCompilation, depth: number): string[] {
  return compileMembership(filter, path, compilation, "TalentPool", (poolId, at) => {
    const pool = compilation.references?.pools.get(poolId);
    if (!pool) {
      compilation.problems.add(at, "no talent pool with this id");
      return "FALSE";
    }
    if (pool.kind === "STATIC") {
      return `EXISTS (SELECT 1 FROM pool_membership pm WHERE pm.workspace_id = c.workspace_id AND pm.pool_id = ${compilation.params.add(poolId)}::uuid
                        AND pm.contact_id = c.id)`;
    }
    return compileSaved(pool.filter!, `the talent pool "${pool.name}"`, at, compilation, depth);
  });
}

/** Matching saved segments: each segment's filter is compiled in place. */
function compileSegments(filter: MembershipFilter, path: FieldPath, compilation: FilterCompilation, depth: number): string[] {
  return compileMembership(filter, path, compilation, "Segment", (segmentId, at) => {
    const segment = compilation.references?.segments.get(segmentId);
    if (!segment) {
      compilation.problems.add(at, "no segment with this id");
      return "FALSE";
    }
    return compileSaved(segment.filter, `the segment "${segment.name}"`, at, compilation, depth);
  });
}

function compileMembership(
  filter: MembershipFilter,
  path: FieldPath,
  compilation: FilterCompilation,
  typeName: string,
  conditionFor: (id: string, at: FieldPath) => string,
): string[] {
  const each = (ids: string[], operator: string) =>
    ids.map((globalId, index) => {
      const at: FieldPath = [...path, operator, index];
      const parsed = parseGlobalId(globalId);
      if (!parsed || parsed.typeName !== typeName) {
        compilation.problems.add(at, `is not the id of a ${typeName}`);
        return "FALSE";
      }
      return conditionFor(parsed.id, at);
    });
  const parts: string[] = [];
  if (filter.anyOf?.length) parts.push(anyOf(each(filter.anyOf, "anyOf")));
  if (filter.allOf?.length) parts.push(allOf(each(filter.allOf, "allOf")));
  if (filter.noneOf?.length) parts.push(`NOT coalesce(${anyOf(each(filter.noneOf, "noneOf"))}, false)`);
  return parts;
}

/** Saved filters may name other saved filters, but not without end (that would be a cycle). */
export const MAX_SAVED_FILTER_DEPTH = 4;

function compileSaved(filter: ContactFilter, name: string, at: FieldPath, compilation: FilterCompilation, depth: number): string {
  if (depth >= MAX_SAVED_FILTER_DEPTH) {
    compilation.problems.add(at, `${name} nests saved filters more than ${MAX_SAVED_FILTER_DEPTH} deep (or refers to itself)`);
    return "FALSE";
  }
  return compileContactFilter(filter, at, compilation, depth + 1);
}
