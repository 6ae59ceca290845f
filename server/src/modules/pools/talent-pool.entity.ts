import type { JsonObject, PoolKind } from "@talentlane/shared";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** A talent pool: hand-picked members (STATIC) or everyone a saved filter matches (DYNAMIC). */
@Entity({ name: "talent_pool" })
export class TalentPoolEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  name: string;

  @Column("text", { nullable: true })
  description: string | null;

  @Column("text")
  kind: PoolKind;

  @Column("jsonb", { nullable: true })
  /** DYNAMIC pools: a ContactFilter AST, validated on write and on read. */
  filter: JsonObject | null;

  @Column("uuid", { name: "owner_id", nullable: true })
  ownerId: string | null;

  @Column({ type: "timestamptz", name: "created_at", insert: false, update: false })
  createdAt: Date;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;

  @Column("integer")
  version: number;
}
