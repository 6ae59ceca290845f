import {
  EMPLOYMENT_TYPES,
  HIRING_TEAM_ROLES,
  JOB_STATUSES,
  LIMITS,
  type EmploymentType,
  type HiringTeamRole,
  type JobStatus,
} from "@talentlane/shared";
import type { CreateJobInput, UpdateJobInput } from "../../../gql/graphql";

/** A member row of the hiring team editor; `key` tells rows apart while they are edited. */
export interface HiringTeamRow {
  key: string;
  userId: string | null;
  role: HiringTeamRole;
}

/** The job form's values, as the inputs hold them. */
export interface JobFormValues {
  title: string;
  department: string;
  city: string;
  region: string;
  country: string;
  isRemote: boolean;
  employmentType: EmploymentType;
  /** "" while the field is empty. */
  openings: number | "";
  status: JobStatus;
  clientCompanyId: string | null;
  description: string;
  hiringTeam: HiringTeamRow[];
  /** Only when creating: the template the stages are copied from (null: the workspace's default). */
  pipelineTemplateId: string | null;
}

/** A job as the form reads it from the API. */
export interface JobFormSource {
  title: string;
  department: string | null;
  location: { city: string | null; region: string | null; country: string | null };
  isRemote: boolean;
  employmentType: EmploymentType;
  openings: number;
  status: JobStatus;
  clientCompany: { id: string } | null;
  description: string | null;
  hiringTeam: ReadonlyArray<{ role: HiringTeamRole; user: { id: string } }>;
}

/** Problems by form field: "title", "openings", "country", "hiringTeam.0.userId", …; "form" for the rest. */
export type JobFormErrors = Record<string, string>;

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  FULL_TIME: "Full time",
  PART_TIME: "Part time",
  CONTRACT: "Contract",
  TEMPORARY: "Temporary",
  INTERNSHIP: "Internship",
};

export const HIRING_TEAM_ROLE_LABELS: Record<HiringTeamRole, string> = {
  RECRUITER: "Recruiter",
  HIRING_MANAGER: "Hiring manager",
  COORDINATOR: "Coordinator",
};

export const EMPLOYMENT_TYPE_OPTIONS = EMPLOYMENT_TYPES.map((value) => ({ value, label: EMPLOYMENT_TYPE_LABELS[value] }));
export const HIRING_TEAM_ROLE_OPTIONS = HIRING_TEAM_ROLES.map((value) => ({ value, label: HIRING_TEAM_ROLE_LABELS[value] }));

/** A new job's form: a draft, full time, one opening. */
export const EMPTY_JOB_FORM: JobFormValues = {
  title: "",
  department: "",
  city: "",
  region: "",
  country: "",
  isRemote: false,
  employmentType: "FULL_TIME",
  openings: 1,
  status: "DRAFT",
  clientCompanyId: null,
  description: "",
  hiringTeam: [],
  pipelineTemplateId: null,
};

let rowCounter = 0;

/** A fresh key for a hiring team row. */
export function newRowKey(): string {
  rowCounter += 1;
  return `member-${rowCounter}`;
}

/** The form's values for an existing job. */
export function jobToFormValues(job: JobFormSource): JobFormValues {
  return {
    title: job.title,
    department: job.department ?? "",
    city: job.location.city ?? "",
    region: job.location.region ?? "",
    country: job.location.country ?? "",
    isRemote: job.isRemote,
    employmentType: job.employmentType,
    openings: job.openings,
    status: job.status,
    clientCompanyId: job.clientCompany?.id ?? null,
    description: job.description ?? "",
    hiringTeam: job.hiringTeam.map((member) => ({ key: newRowKey(), userId: member.user.id, role: member.role })),
    pipelineTemplateId: null,
  };
}

/**
 * What is wrong with the values before they are sent (the API checks again and its answer is shown the same way).
 * Empty when they can be sent.
 */
export function validateJobForm(values: JobFormValues): JobFormErrors {
  const errors: JobFormErrors = {};
  if (!values.title.trim()) errors.title = "A job needs a title";
  else if (values.title.trim().length > LIMITS.nameMaxLength) errors.title = `At most ${LIMITS.nameMaxLength} characters`;
  if (values.department.trim().length > LIMITS.nameMaxLength) errors.department = `At most ${LIMITS.nameMaxLength} characters`;
  if (values.openings === "" || !Number.isInteger(values.openings)) errors.openings = "Enter a whole number of openings";
  else if (values.openings < 1 || values.openings > LIMITS.openingsPerJob) errors.openings = `Between 1 and ${LIMITS.openingsPerJob.toLocaleString("en-US")}`;
  const country = values.country.trim();
  if (country && !/^[A-Za-z]{2}$/.test(country)) errors.country = "A two-letter country code, e.g. DE";
  if (values.description.length > LIMITS.textMaxLength) errors.description = "The description is too long";
  const seen = new Set<string>();
  values.hiringTeam.forEach((member, index) => {
    if (!member.userId) errors[`hiringTeam.${index}.userId`] = "Choose a user";
    else if (seen.has(`${member.userId}|${member.role}`)) errors[`hiringTeam.${index}.userId`] = "Already on the team in this role";
    else seen.add(`${member.userId}|${member.role}`);
  });
  if (!JOB_STATUSES.includes(values.status)) errors.status = "Choose a status";
  return errors;
}

/** The `createJob` input for valid values (blank text left out, the country upper-cased). */
export function toCreateJobInput(values: JobFormValues): CreateJobInput {
  const input: CreateJobInput = {
    title: values.title.trim(),
    employmentType: values.employmentType,
    isRemote: values.isRemote,
    openings: values.openings === "" ? 1 : values.openings,
    status: values.status,
  };
  const department = values.department.trim();
  if (department) input.department = department;
  const location = toLocation(values);
  if (location.city || location.region || location.country) input.location = location;
  if (values.clientCompanyId) input.clientCompanyId = values.clientCompanyId;
  const description = values.description.trim();
  if (description) input.description = description;
  const team = toHiringTeam(values.hiringTeam);
  if (team.length > 0) input.hiringTeam = team;
  if (values.pipelineTemplateId) input.pipelineTemplateId = values.pipelineTemplateId;
  return input;
}

/**
 * The `updateJob` input: the fields that differ from `original` (what the form was opened with), the job's id and
 * the version read, so a concurrent change is a CONFLICT rather than overwritten. Cleared text is sent as null.
 */
export function toUpdateJobInput(id: string, version: number, original: JobFormValues, values: JobFormValues): UpdateJobInput {
  const input: UpdateJobInput = { id, expectedVersion: version };
  if (values.title.trim() !== original.title.trim()) input.title = values.title.trim();
  if (values.department.trim() !== original.department.trim()) input.department = values.department.trim() || null;
  const location = toLocation(values);
  const originalLocation = toLocation(original);
  if (location.city !== originalLocation.city || location.region !== originalLocation.region || location.country !== originalLocation.country) {
    input.location = location;
  }
  if (values.isRemote !== original.isRemote) input.isRemote = values.isRemote;
  if (values.employmentType !== original.employmentType) input.employmentType = values.employmentType;
  if (values.openings !== original.openings && values.openings !== "") input.openings = values.openings;
  if (values.status !== original.status) input.status = values.status;
  if (values.clientCompanyId !== original.clientCompanyId) input.clientCompanyId = values.clientCompanyId;
  if (values.description.trim() !== original.description.trim()) input.description = values.description.trim() || null;
  const team = toHiringTeam(values.hiringTeam);
  const originalTeam = toHiringTeam(original.hiringTeam);
  if (JSON.stringify(team) !== JSON.stringify(originalTeam)) input.hiringTeam = team;
  return input;
}

/** Whether an update input changes anything beyond naming the job. */
export function hasJobChanges(input: UpdateJobInput): boolean {
  return Object.keys(input).some((key) => key !== "id" && key !== "expectedVersion");
}

/**
 * The API's field problems (BAD_USER_INPUT `extensions.fields`) keyed like the form's fields: `["input",
 * "openings"]` is "openings", `["input", "location", "country"]` is "country", `["input", "hiringTeam", 0,
 * "userId"]` is "hiringTeam.0.userId". Problems with no field of the form go under "form". The first problem of a
 * field wins.
 */
export function fieldErrorsFromApi(fields: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>): JobFormErrors {
  const errors: JobFormErrors = {};
  for (const field of fields) {
    const path = field.path[0] === "input" ? field.path.slice(1) : field.path;
    const key = formFieldOf(path);
    const message = field.message.charAt(0).toUpperCase() + field.message.slice(1);
    if (!(key in errors)) errors[key] = message;
    else if (key === "form") errors.form = `${errors.form}; ${message}`;
  }
  return errors;
}

const DIRECT_FIELDS = new Set([
  "title",
  "department",
  "isRemote",
  "employmentType",
  "openings",
  "status",
  "clientCompanyId",
  "description",
  "pipelineTemplateId",
]);

function formFieldOf(path: ReadonlyArray<string | number>): string {
  const [head, ...rest] = path;
  if (typeof head !== "string") return "form";
  if (DIRECT_FIELDS.has(head)) return head;
  if (head === "location" && typeof rest[0] === "string" && ["city", "region", "country"].includes(rest[0])) return rest[0];
  if (head === "location") return "city";
  if (head === "hiringTeam" && typeof rest[0] === "number") return `hiringTeam.${rest[0]}.${rest[1] === "role" ? "role" : "userId"}`;
  if (head === "hiringTeam") return "hiringTeam";
  return "form";
}

function toLocation(values: Pick<JobFormValues, "city" | "region" | "country">): { city: string | null; region: string | null; country: string | null } {
  return {
    city: values.city.trim() || null,
    region: values.region.trim() || null,
    country: values.country.trim().toUpperCase() || null,
  };
}

function toHiringTeam(rows: readonly HiringTeamRow[]): Array<{ userId: string; role: HiringTeamRole }> {
  return rows.flatMap((row) => (row.userId ? [{ userId: row.userId, role: row.role }] : []));
}
