import type { InteractionChannel, InteractionDirection } from "@talentlane/shared";
import { toGlobalId } from "../../common/global-id";
import type { InteractionParticipant } from "./interaction.entity";
import { InteractionType, ParticipantType } from "./interaction.type";

export const INTERACTION_COLUMNS = `i.id, i.contact_id, i.channel, i.direction, i.subject, i.body, i.occurred_at,
  i.duration_minutes, i.author_id, i.participants, i.created_at`;

export interface InteractionRow {
  id: string;
  contact_id: string;
  channel: InteractionChannel;
  direction: InteractionDirection;
  subject: string | null;
  body: string | null;
  occurred_at: Date;
  duration_minutes: number | null;
  author_id: string | null;
  participants: InteractionParticipant[];
  created_at: Date;
}

/** Maps an interaction row to its GraphQL type. */
export function toInteractionType(row: InteractionRow): InteractionType {
  return Object.assign(new InteractionType(), {
    id: toGlobalId("Interaction", row.id),
    rawId: row.id,
    contactRawId: row.contact_id,
    authorRawId: row.author_id,
    channel: row.channel,
    direction: row.direction,
    subject: row.subject,
    body: row.body,
    occurredAt: row.occurred_at,
    durationMinutes: row.duration_minutes,
    participants: row.participants.map((participant) =>
      Object.assign(new ParticipantType(), { name: participant.name ?? null, email: participant.email ?? null }),
    ),
    createdAt: row.created_at,
  });
}
