import type { ApplicationStatus, RejectCategory } from "@talentlane/shared";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** A contact's candidacy on a job: where it is in the pipeline and how it ended. */
@Entity({ name: "application" })
export class ApplicationEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "contact_id" })
  contactId: string;

  @Column("uuid", { name: "job_id" })
  jobId: string;

  @Column("uuid", { name: "stage_id" })
  stageId: string;

  /** Fractional rank within the stage column (bytewise order). */
  @Column("text")
  rank: string;

  @Column("text")
  status: ApplicationStatus;

  @Column("text", { nullable: true })
  source: string | null;

  @Column("uuid", { name: "credited_to_id", nullable: true })
  creditedToId: string | null;

  @Column("text", { name: "reject_category", nullable: true })
  rejectCategory: RejectCategory | null;

  @Column("text", { name: "reject_note", nullable: true })
  rejectNote: string | null;

  @Column("timestamptz", { name: "applied_at" })
  appliedAt: Date;

  @Column("timestamptz", { name: "stage_entered_at" })
  stageEnteredAt: Date;

  @Column("timestamptz", { name: "closed_at", nullable: true })
  closedAt: Date | null;

  @Column("uuid", { name: "created_by_id", nullable: true })
  createdById: string | null;

  @Column({ type: "timestamptz", name: "created_at", insert: false, update: false })
  createdAt: Date;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;

  @Column("integer")
  version: number;
}

/** One stage change of an application. Append-only: the request role cannot update or delete these. */
@Entity({ name: "stage_transition" })
export class StageTransitionEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "application_id" })
  applicationId: string;

  @Column("uuid", { name: "job_id" })
  jobId: string;

  @Column("uuid", { name: "from_stage_id", nullable: true })
  fromStageId: string | null;

  @Column("uuid", { name: "to_stage_id" })
  toStageId: string;

  @Column("timestamptz", { name: "transitioned_at" })
  transitionedAt: Date;

  @Column("uuid", { name: "by_id", nullable: true })
  byId: string | null;

  @Column("text", { nullable: true })
  reason: string | null;
}
