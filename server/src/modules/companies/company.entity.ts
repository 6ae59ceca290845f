import type { CompanySize } from "@talentlane/shared";
import type { CustomValues } from "@talentlane/shared";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** A company: a client of the agency, an employer of contacts, or both. */
@Entity({ name: "company" })
export class CompanyEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  name: string;

  @Column("text", { nullable: true })
  domain: string | null;

  @Column("text", { nullable: true })
  industry: string | null;

  @Column("text", { nullable: true })
  size: CompanySize | null;

  @Column("text", { nullable: true })
  description: string | null;

  @Column("jsonb", { name: "custom_values" })
  customValues: CustomValues;

  @Column("uuid", { name: "created_by_id", nullable: true })
  createdById: string | null;

  @Column({ type: "timestamptz", name: "created_at", insert: false, update: false })
  createdAt: Date;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;

  @Column("timestamptz", { name: "deleted_at", nullable: true })
  deletedAt: Date | null;

  @Column("integer")
  version: number;
}
