import type { EmploymentType, JobStatus } from "@talentlane/shared";
import { toGlobalId } from "../../common/global-id";
import { LocationType } from "../contacts/contact.type";
import type { JobEntity } from "./job.entity";
import { JobType } from "./job.type";

/** The columns the API reads of a job (alias `j`). */
export const JOB_COLUMNS = `j.id, j.title, j.department, j.city, j.region, j.country, j.is_remote, j.employment_type, j.openings,
  j.openings_filled, j.status, j.client_company_id, j.description, j.custom_values, j.opened_at, j.closed_at, j.archived_at,
  j.created_at, j.updated_at, j.version`;

export interface JobRow {
  id: string;
  title: string;
  department: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  is_remote: boolean;
  employment_type: EmploymentType;
  openings: number;
  openings_filled: number;
  status: JobStatus;
  client_company_id: string | null;
  description: string | null;
  custom_values: Record<string, unknown>;
  opened_at: Date | null;
  closed_at: Date | null;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

/** Maps a job row to its GraphQL type. */
export function toJobType(row: JobRow): JobType {
  return Object.assign(new JobType(), {
    id: toGlobalId("Job", row.id),
    rawId: row.id,
    clientCompanyRawId: row.client_company_id,
    title: row.title,
    department: row.department,
    location: Object.assign(new LocationType(), { city: row.city, region: row.region, country: row.country }),
    isRemote: row.is_remote,
    employmentType: row.employment_type,
    openings: row.openings,
    openingsFilled: row.openings_filled,
    status: row.status,
    description: row.description,
    customValues: row.custom_values,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    isArchived: row.archived_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  });
}

/** Maps a job entity, as a write just left it under its row lock, to its GraphQL type (see applicationEntityToType). */
export function jobEntityToType(entity: JobEntity): JobType {
  return toJobType({
    id: entity.id,
    title: entity.title,
    department: entity.department,
    city: entity.city,
    region: entity.region,
    country: entity.country,
    is_remote: entity.isRemote,
    employment_type: entity.employmentType,
    openings: entity.openings,
    openings_filled: entity.openingsFilled,
    status: entity.status,
    client_company_id: entity.clientCompanyId,
    description: entity.description,
    custom_values: entity.customValues,
    opened_at: entity.openedAt,
    closed_at: entity.closedAt,
    archived_at: entity.archivedAt,
    created_at: entity.createdAt,
    updated_at: entity.updatedAt,
    version: entity.version,
  });
}
