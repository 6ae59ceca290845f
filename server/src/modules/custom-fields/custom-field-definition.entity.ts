import type { CustomFieldEntity, CustomFieldType } from "@talentlane/shared";
import { Column, Entity, PrimaryColumn } from "typeorm";
import type { SelectOption } from "@talentlane/shared";

/** A workspace-defined field. Its key never changes; values live as validated jsonb on the owning row. */
@Entity({ name: "custom_field_definition" })
export class CustomFieldDefinitionEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  entity: CustomFieldEntity;

  @Column("text")
  key: string;

  @Column("text")
  label: string;

  @Column("text", { nullable: true })
  description: string | null;

  @Column("text")
  type: CustomFieldType;

  @Column("jsonb")
  options: SelectOption[];

  @Column("boolean", { name: "is_required" })
  isRequired: boolean;

  @Column("integer")
  position: number;

  @Column("timestamptz", { name: "archived_at", nullable: true })
  archivedAt: Date | null;

  @Column({ type: "timestamptz", name: "created_at", insert: false, update: false })
  createdAt: Date;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;
}
