import type { UserRole } from "@talentlane/shared";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** A person who signs in to a workspace. */
@Entity({ name: "app_user" })
export class UserEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  email: string;

  @Column("text")
  name: string;

  @Column("text")
  role: UserRole;

  @Column("text", { name: "password_hash" })
  passwordHash: string;

  @Column("boolean", { name: "is_active" })
  isActive: boolean;

  @Column("timestamptz", { name: "last_login_at", nullable: true })
  lastLoginAt: Date | null;

  @Column({ type: "timestamptz", name: "created_at", insert: false, update: false })
  createdAt: Date;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;
}
