import { JOB_STATUSES, LIMITS, type JobStatus } from "@talentlane/shared";
import type { JobFilter } from "../../../gql/graphql";

/** The job list's status choices: every live job, one status, or the archive. */
export type JobStatusChoice = "ALL" | JobStatus | "ARCHIVED";

export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  DRAFT: "Draft",
  OPEN: "Open",
  ON_HOLD: "On hold",
  CLOSED: "Closed",
  FILLED: "Filled",
};

/** The status filter's options, in the order the Select shows them. */
export const JOB_STATUS_CHOICES: ReadonlyArray<{ value: JobStatusChoice; label: string }> = [
  { value: "ALL", label: "All live jobs" },
  ...JOB_STATUSES.map((status) => ({ value: status, label: JOB_STATUS_LABELS[status] })),
  { value: "ARCHIVED", label: "Archived" },
];

/** The job list's state in the URL: `/jobs?status=OPEN&q=engineer`. */
export interface JobListParams {
  status: JobStatusChoice;
  search: string;
}

/** Whether a string (e.g. from the URL) is one of the status filter's choices. */
export function isJobStatusChoice(value: string | null | undefined): value is JobStatusChoice {
  return JOB_STATUS_CHOICES.some((choice) => choice.value === value);
}

/** Trims, collapses whitespace and cuts a search to the API's limit. */
export function normalizeJobSearch(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, LIMITS.searchMaxLength).trim();
}

/** The list's state in `params`; an unknown status reads as "ALL". */
export function readJobListParams(params: URLSearchParams): JobListParams {
  const status = params.get("status");
  return { status: isJobStatusChoice(status) ? status : "ALL", search: normalizeJobSearch(params.get("q") ?? "") };
}

/** A copy of `params` with `changes` applied; defaults ("ALL", no search) leave no parameter. */
export function withJobListParams(params: URLSearchParams, changes: Partial<JobListParams>): URLSearchParams {
  const next = new URLSearchParams(params);
  const state = { ...readJobListParams(params), ...changes };
  if (state.status === "ALL") next.delete("status");
  else next.set("status", state.status);
  const search = normalizeJobSearch(state.search);
  if (search) next.set("q", search);
  else next.delete("q");
  return next;
}

/** The `jobs` arguments for the list's state. */
export function toJobsQueryArguments(state: JobListParams): { filter: JobFilter | null; search: string | null } {
  const search = normalizeJobSearch(state.search) || null;
  if (state.status === "ALL") return { filter: null, search };
  if (state.status === "ARCHIVED") return { filter: { isArchived: true }, search };
  return { filter: { status: { equalTo: state.status } }, search };
}
