import { Column, Entity, PrimaryColumn } from "typeorm";

/** The tenant: owns every other row. */
@Entity({ name: "workspace" })
export class WorkspaceEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  name: string;

  @Column("jsonb", { default: {} })
  settings: WorkspaceSettings;

  @Column({ type: "timestamptz", name: "created_at", insert: false, update: false })
  createdAt: Date;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;
}

/** Workspace-wide preferences. */
export interface WorkspaceSettings {
  /** ISO 3166-1 alpha-2 country used to read phone numbers written without a country code. */
  defaultCountry?: string;
}
