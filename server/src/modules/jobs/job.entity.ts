import type { CustomValues, EmploymentType, HiringTeamRole, JobStatus } from "@talentlane/shared";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** An opening the workspace is hiring for (for itself or, at an agency, for a client company). */
@Entity({ name: "job" })
export class JobEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  title: string;

  @Column("text", { nullable: true })
  department: string | null;

  @Column("text", { nullable: true })
  city: string | null;

  @Column("text", { nullable: true })
  region: string | null;

  @Column("text", { nullable: true })
  country: string | null;

  @Column("boolean", { name: "is_remote" })
  isRemote: boolean;

  @Column("text", { name: "employment_type" })
  employmentType: EmploymentType;

  @Column("integer")
  openings: number;

  @Column("integer", { name: "openings_filled" })
  openingsFilled: number;

  @Column("text")
  status: JobStatus;

  @Column("uuid", { name: "client_company_id", nullable: true })
  clientCompanyId: string | null;

  @Column("text", { nullable: true })
  description: string | null;

  @Column("jsonb", { name: "custom_values" })
  customValues: CustomValues;

  @Column("timestamptz", { name: "opened_at", nullable: true })
  openedAt: Date | null;

  @Column("timestamptz", { name: "closed_at", nullable: true })
  closedAt: Date | null;

  @Column("timestamptz", { name: "archived_at", nullable: true })
  archivedAt: Date | null;

  @Column("uuid", { name: "created_by_id", nullable: true })
  createdById: string | null;

  @Column({ type: "timestamptz", name: "created_at", insert: false, update: false })
  createdAt: Date;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;

  @Column("integer")
  version: number;
}

/** A user on a job's hiring team, in one role. */
@Entity({ name: "job_hiring_team" })
export class JobHiringTeamEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid", { name: "job_id" })
  jobId: string;

  @PrimaryColumn("uuid", { name: "user_id" })
  userId: string;

  @PrimaryColumn("text")
  role: HiringTeamRole;
}
