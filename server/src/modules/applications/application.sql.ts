import type { SqlParameters } from "../../common/sql";
import type { Viewer } from "../../graphql/context";

/** Which applications a viewer may see: those of the jobs they may see (alias `a`). */
export function applicationVisibility(viewer: Viewer, params: SqlParameters, alias = "a"): string {
  if (viewer.role !== "HIRING_MANAGER") return "TRUE";
  return `EXISTS (SELECT 1 FROM job_hiring_team vt WHERE vt.workspace_id = ${alias}.workspace_id AND vt.job_id = ${alias}.job_id
                   AND vt.user_id = ${params.add(viewer.userId)}::uuid)`;
}
