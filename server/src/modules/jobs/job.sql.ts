import type { KeysetOrdering } from "../../common/pagination/keyset";
import type { SqlParameters } from "../../common/sql";
import type { Viewer } from "../../graphql/context";

/**
 * Which jobs a viewer may see: hiring managers only the jobs whose hiring team they are on, everyone else all.
 * `alias` names the job table in the query.
 */
export function jobVisibility(viewer: Viewer, params: SqlParameters, alias: string): string {
  if (viewer.role !== "HIRING_MANAGER") return "TRUE";
  return `EXISTS (SELECT 1 FROM job_hiring_team vt WHERE vt.workspace_id = ${alias}.workspace_id AND vt.job_id = ${alias}.id
                   AND vt.user_id = ${params.add(viewer.userId)}::uuid)`;
}

export type JobOrderKey = "CREATED_AT_DESC" | "CREATED_AT_ASC" | "TITLE_ASC" | "TITLE_DESC";

const ordering = (key: JobOrderKey, expression: string, castTo: "timestamptz" | "text", descending: boolean): KeysetOrdering => ({
  key,
  columns: [{ expression, castTo }],
  descending,
  idExpression: "j.id",
});

/** The job list's orderings, each backed by an index on (workspace_id, <sort>, id). */
export const JOB_ORDERINGS: Record<JobOrderKey, KeysetOrdering> = {
  CREATED_AT_DESC: ordering("CREATED_AT_DESC", "j.created_at", "timestamptz", true),
  CREATED_AT_ASC: ordering("CREATED_AT_ASC", "j.created_at", "timestamptz", false),
  TITLE_ASC: ordering("TITLE_ASC", "lower(j.title)", "text", false),
  TITLE_DESC: ordering("TITLE_DESC", "lower(j.title)", "text", true),
};
