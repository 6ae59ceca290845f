import type { SqlParameters } from "../../common/sql";

/**
 * Hand-written reads behind value suggestions. Each takes the workspace as `$1`, an optional LIKE pattern already
 * lower-cased and escaped, and the row limit, and returns rows `{ value, count }` most used first, then by value.
 */

/**
 * Skills from the `skill_usage` counters (kept by triggers on contact): an index walk over the workspace's skills by
 * count, stopping at the first `limit` matches. For viewers who see the whole workspace's contacts.
 */
export function skillUsageSql(params: SqlParameters, pattern: string | null, limit: number): string {
  const match = pattern === null ? "" : ` AND su.name_key LIKE ${params.add(pattern)}`;
  return `SELECT su.name AS value, su.contact_count AS count
            FROM skill_usage su
           WHERE su.workspace_id = $1${match}
           ORDER BY su.contact_count DESC, su.name_key
           LIMIT ${params.add(limit)}`;
}

/**
 * Skills counted over the contacts `visibility` (a condition over `c`) lets the viewer see, for viewers who see only
 * some contacts (hiring managers: their jobs' candidates, a small set), so no skill of a hidden contact shows.
 */
export function visibleSkillsSql(params: SqlParameters, visibility: string, pattern: string | null, limit: number): string {
  const match = pattern === null ? "" : ` AND s.name_key LIKE ${params.add(pattern)}`;
  return `SELECT mode() WITHIN GROUP (ORDER BY s.name) AS value, count(*)::integer AS count
            FROM contact c CROSS JOIN LATERAL contact_skill_entries(c.skills) s
           WHERE c.workspace_id = $1 AND c.deleted_at IS NULL AND ${visibility}${match}
           GROUP BY s.name_key
           ORDER BY count(*) DESC, s.name_key
           LIMIT ${params.add(limit)}`;
}

/**
 * Industries of the workspace's live companies, grouped ignoring case (the spelling most companies use is shown).
 * Companies are few per workspace (hundreds to thousands): the grouping is an index-only scan of
 * company_industry_live_idx (workspace_id, lower(industry), industry) over the live companies with an industry.
 */
export function industriesSql(params: SqlParameters, pattern: string | null, limit: number): string {
  const match = pattern === null ? "" : ` AND lower(co.industry) LIKE ${params.add(pattern)}`;
  return `SELECT mode() WITHIN GROUP (ORDER BY co.industry) AS value, count(*)::integer AS count
            FROM company co
           WHERE co.workspace_id = $1 AND co.deleted_at IS NULL AND co.industry IS NOT NULL${match}
           GROUP BY lower(co.industry)
           ORDER BY count(*) DESC, lower(co.industry)
           LIMIT ${params.add(limit)}`;
}
