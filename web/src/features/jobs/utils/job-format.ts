import type { JobStatus, StageCategory } from "@talentlane/shared";

/** Mantine colours for job statuses. */
export const JOB_STATUS_COLORS: Record<JobStatus, string> = {
  OPEN: "green",
  DRAFT: "gray",
  ON_HOLD: "yellow",
  CLOSED: "dark",
  FILLED: "blue",
};

/** Mantine colours for stage categories, from first contact to outcome. */
export const STAGE_CATEGORY_COLORS: Record<StageCategory, string> = {
  LEAD: "gray",
  SCREEN: "cyan",
  INTERVIEW: "indigo",
  OFFER: "grape",
  HIRED: "green",
  REJECTED: "red",
};

/** A job's facts on one line: client, department, place, remote. Empty when it has none. */
export function describeJobFacts(job: {
  clientCompany?: { name: string } | null;
  department?: string | null;
  location?: { city?: string | null; country?: string | null } | null;
  isRemote?: boolean | null;
}): string {
  const place = [job.location?.city, job.location?.country].filter(Boolean).join(", ");
  return [job.clientCompany?.name, job.department, place, job.isRemote ? "Remote" : null].filter(Boolean).join(" · ");
}

/** "12 jobs", "1 job". */
export function formatJobCount(count: number): string {
  return count === 1 ? "1 job" : `${count.toLocaleString("en-US")} jobs`;
}
