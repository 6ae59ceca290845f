import type { JsonObject, SegmentVisibility } from "@talentlane/shared";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** A saved contact filter with a name, usable anywhere a filter is. */
@Entity({ name: "segment" })
export class SegmentEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  name: string;

  @Column("text", { nullable: true })
  description: string | null;

  @Column("jsonb")
  /** A ContactFilter AST, validated on write and on read. */
  filter: JsonObject;

  @Column("text")
  visibility: SegmentVisibility;

  @Column("uuid", { name: "owner_id" })
  ownerId: string;

  @Column({ type: "timestamptz", name: "created_at", insert: false, update: false })
  createdAt: Date;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;

  @Column("integer")
  version: number;
}
