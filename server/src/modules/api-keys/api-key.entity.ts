import type { ApiKeyScope } from "@talentlane/shared";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** An integrator's key. It acts as the user who created it, narrowed to its scopes; only a hash is stored. */
@Entity({ name: "api_key" })
export class ApiKeyEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  name: string;

  @Column("text", { array: true })
  scopes: ApiKeyScope[];

  @Column("bytea", { name: "token_hash" })
  tokenHash: Buffer;

  /** The key's last characters, so people can tell keys apart without the secret. */
  @Column("text", { name: "token_hint" })
  tokenHint: string;

  @Column("uuid", { name: "created_by_id" })
  createdById: string;

  @Column({ type: "timestamptz", name: "created_at", insert: false, update: false })
  createdAt: Date;

  @Column("timestamptz", { name: "last_used_at", nullable: true })
  lastUsedAt: Date | null;

  @Column("timestamptz", { name: "expires_at", nullable: true })
  expiresAt: Date | null;

  @Column("timestamptz", { name: "revoked_at", nullable: true })
  revokedAt: Date | null;
}
