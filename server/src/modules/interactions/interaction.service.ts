import { FieldProblems, notFound } from "../../common/errors";
import { fromGlobalId } from "../../common/global-id";
import { newId } from "../../common/ids";
import { normalizeEmail } from "../../common/normalize/email";
import { readPageRequest } from "../../common/pagination/page";
import type { RequestContext } from "../../graphql/context";
import { loadContacts } from "../contacts/contact.service";
import type { ContactType } from "../contacts/contact.type";
import { InteractionEntity } from "./interaction.entity";
import type { LogInteractionInput, TimelineArgs } from "./interaction.inputs";
import { TIMELINE_ORDERING } from "./interaction.loaders";
import { INTERACTION_COLUMNS, toInteractionType, type InteractionRow } from "./interaction.mapper";
import type { InteractionConnection, InteractionType } from "./interaction.type";

const MAX_FUTURE_DAYS = 366;

/** A page of a contact's timeline (batched across contacts by the timeline loader). */
export function getTimeline(context: RequestContext, contact: ContactType, args: TimelineArgs): Promise<InteractionConnection> {
  const page = readPageRequest(args, TIMELINE_ORDERING.key, 1);
  const channels = args.channels?.length ? [...new Set(args.channels)].sort() : null;
  return context.loaders.timeline.load({ contactId: contact.rawId, page, channels });
}

/**
 * Adds an interaction to a contact's timeline, authored by the viewer. The contact must be one the viewer can see;
 * a time more than a year ahead is refused as a typo.
 */
export async function logInteraction(
  context: RequestContext,
  input: LogInteractionInput,
): Promise<{ interaction: InteractionType; contact: ContactType }> {
  const viewer = context.requireViewer();
  const contactId = fromGlobalId(input.contactId, "Contact", ["input", "contactId"]);
  const [contact] = await loadContacts(context, [contactId]);
  if (!contact) throw notFound(["input", "contactId"], "contact");

  const problems = new FieldProblems();
  const occurredAt = input.occurredAt ?? new Date();
  if (Number.isNaN(occurredAt.getTime())) problems.add(["input", "occurredAt"], "is not a valid date-time");
  else if (occurredAt.getTime() > Date.now() + MAX_FUTURE_DAYS * 24 * 60 * 60 * 1000) {
    problems.add(["input", "occurredAt"], "is more than a year in the future");
  }
  const participants = (input.participants ?? []).map((participant, index) => {
    const email = participant.email?.trim() ? normalizeEmail(participant.email) : null;
    if (participant.email?.trim() && !email) problems.add(["input", "participants", index, "email"], "is not a valid email address");
    const name = participant.name?.trim() || null;
    if (!name && !email) problems.add(["input", "participants", index], "needs a name or an email");
    return { name, email };
  });
  const subject = input.subject?.trim() || null;
  const body = input.body?.trim() || null;
  if (!subject && !body) problems.add(["input", "body"], "an interaction needs a subject or a body");
  problems.throwIfAny();

  const id = newId();
  await context.db.insert(InteractionEntity, {
    workspaceId: viewer.workspaceId,
    id,
    contactId,
    channel: input.channel,
    direction: input.direction ?? (input.channel === "NOTE" ? "INTERNAL" : "OUTBOUND"),
    subject,
    body,
    occurredAt,
    durationMinutes: input.durationMinutes ?? null,
    authorId: viewer.userId,
    participants,
  });
  context.loaders.timeline.clearAll();
  const [row] = (await context.db.query(`SELECT ${INTERACTION_COLUMNS} FROM interaction i WHERE i.workspace_id = $1 AND i.id = $2`, [
    viewer.workspaceId,
    id,
  ])) as InteractionRow[];
  return { interaction: toInteractionType(row), contact };
}

/** One interaction by id, for `node`. */
export async function findInteraction(context: RequestContext, id: string): Promise<InteractionType | null> {
  const viewer = context.requireViewer();
  const [row] = (await context.db.query(
    `SELECT ${INTERACTION_COLUMNS} FROM interaction i WHERE i.workspace_id = $1 AND i.id = $2`,
    [viewer.workspaceId, id],
  )) as InteractionRow[];
  if (!row) return null;
  const [contact] = await loadContacts(context, [row.contact_id]);
  return contact ? toInteractionType(row) : null;
}
