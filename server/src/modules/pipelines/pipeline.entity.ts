import type { StageCategory } from "@talentlane/shared";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** A reusable list of stages new jobs copy. */
@Entity({ name: "pipeline_template" })
export class PipelineTemplateEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  name: string;

  @Column("boolean", { name: "is_default" })
  isDefault: boolean;

  @Column({ type: "timestamptz", name: "created_at", insert: false, update: false })
  createdAt: Date;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;
}

/** One stage of a template. */
@Entity({ name: "pipeline_template_stage" })
export class PipelineTemplateStageEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "template_id" })
  templateId: string;

  @Column("text")
  name: string;

  @Column("integer")
  position: number;

  @Column("text")
  category: StageCategory;

  @Column("integer", { name: "sla_days", nullable: true })
  slaDays: number | null;
}

/** One stage of a job's own pipeline: a board column. Removed stages stay for the history that names them. */
@Entity({ name: "stage" })
export class StageEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "job_id" })
  jobId: string;

  @Column("text")
  name: string;

  @Column("integer")
  position: number;

  @Column("text")
  category: StageCategory;

  @Column("integer", { name: "sla_days", nullable: true })
  slaDays: number | null;

  @Column("timestamptz", { name: "removed_at", nullable: true })
  removedAt: Date | null;

  @Column({ type: "timestamptz", name: "created_at", insert: false, update: false })
  createdAt: Date;
}
