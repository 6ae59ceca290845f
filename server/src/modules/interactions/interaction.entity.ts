import type { InteractionChannel, InteractionDirection } from "@talentlane/shared";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** One touchpoint with a contact: an email, call, meeting, note, message or interview. */
@Entity({ name: "interaction" })
export class InteractionEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { name: "contact_id" })
  contactId: string;

  @Column("text")
  channel: InteractionChannel;

  @Column("text")
  direction: InteractionDirection;

  @Column("text", { nullable: true })
  subject: string | null;

  @Column("text", { nullable: true })
  body: string | null;

  @Column("timestamptz", { name: "occurred_at" })
  occurredAt: Date;

  @Column("integer", { name: "duration_minutes", nullable: true })
  durationMinutes: number | null;

  @Column("uuid", { name: "author_id", nullable: true })
  authorId: string | null;

  @Column("jsonb")
  participants: InteractionParticipant[];

  @Column({ type: "timestamptz", name: "created_at", insert: false, update: false })
  createdAt: Date;
}

/** Someone else present in an interaction. */
export interface InteractionParticipant {
  name: string | null;
  email: string | null;
}
