import type { FieldPath } from "../../common/errors";
import { compileDateTime, compileEnum, compileId, compileKeyword, compileText, type FilterCompilation } from "../../common/filter-sql";
import type { JobFilter } from "./job.inputs";

/** Compiles a job filter over the alias `j`; archived jobs are excluded unless `isArchived` says otherwise. */
export function compileJobFilter(filter: JobFilter | null | undefined, path: FieldPath, compilation: FilterCompilation): string[] {
  const { params } = compilation;
  const parts: string[] = [];
  const archived = filter?.isArchived ?? false;
  parts.push(`j.archived_at IS ${archived ? "NOT " : ""}NULL`);
  if (!filter) return parts;
  if (filter.status) parts.push(...compileEnum("j.status", filter.status, params));
  if (filter.title) parts.push(...compileText("lower(j.title)", filter.title, params));
  if (filter.department) parts.push(...compileKeyword("lower(j.department)", filter.department, params, (value) => value.toLowerCase()));
  if (filter.clientCompany) parts.push(...compileId("j.client_company_id", filter.clientCompany, "Company", [...path, "clientCompany"], compilation));
  if (filter.createdAt) parts.push(...compileDateTime("j.created_at", filter.createdAt, params));
  if (filter.hiringTeamMember) {
    const inner = compileId("t.user_id", filter.hiringTeamMember, "User", [...path, "hiringTeamMember"], compilation);
    parts.push(`EXISTS (SELECT 1 FROM job_hiring_team t WHERE t.workspace_id = j.workspace_id AND t.job_id = j.id AND ${inner.join(" AND ") || "TRUE"})`);
  }
  return parts;
}
