import { Column, Entity, PrimaryColumn } from "typeorm";

/** A signed-in browser. The cookie carries the secret; only its SHA-256 is stored. */
@Entity({ name: "session" })
export class SessionEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "user_id" })
  userId: string;

  @Column("bytea", { name: "token_hash" })
  tokenHash: Buffer;

  @Column("text", { nullable: true })
  ip: string | null;

  @Column("text", { name: "user_agent", nullable: true })
  userAgent: string | null;

  @Column({ type: "timestamptz", name: "created_at", insert: false, update: false })
  createdAt: Date;

  @Column("timestamptz", { name: "last_seen_at" })
  lastSeenAt: Date;

  @Column("timestamptz", { name: "expires_at" })
  expiresAt: Date;

  @Column("timestamptz", { name: "revoked_at", nullable: true })
  revokedAt: Date | null;
}
