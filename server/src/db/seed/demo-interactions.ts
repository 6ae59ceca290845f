import { faker } from "@faker-js/faker";
import type { InteractionChannel, InteractionDirection } from "@talentlane/shared";
import type { ContactContext } from "./demo-contacts";
import {
  CANDIDATE_TEMPLATES,
  CHANNEL_WEIGHTS,
  CLIENT_TEMPLATES,
  INTERVIEW_TOPICS,
  MOTIVATIONS,
  NOTICE_PERIODS,
  REFERRER_TEMPLATES,
  WEEKDAYS,
  type InteractionTemplate,
} from "./demo-data";
import { asciiSlug, between, iso, lowerBound, REFERENCE_DATE, withIdsInCreationOrder } from "./demo-random";
import type { InteractionRow } from "./demo-tables";
import type { DemoUsers } from "./demo-users";

/**
 * `count` interactions (emails, calls, meetings, interviews, notes, messages) written by the recruiters and the
 * admin, concentrated on a few busy contacts, each after its contact was created; ids follow occurrence order.
 */
export function generateInteractions(workspaceId: string, users: DemoUsers, contacts: ContactContext[], count: number): InteractionRow[] {
  // Cumulative activity weights: a binary search per interaction instead of a scan over every contact.
  const cumulative: number[] = [];
  let total = 0;
  for (const contact of contacts) cumulative.push((total += contact.activity));
  const authors = [
    { value: users.recruiter, weight: 45 },
    { value: users.recruiter2, weight: 40 },
    { value: users.admin, weight: 15 },
  ];
  const authorsById = new Map([users.recruiter, users.recruiter2, users.admin].map((user) => [user.id, user]));

  const interactions = Array.from({ length: count }, (): InteractionRow => {
    const contact = contacts[lowerBound(cumulative, faker.number.float({ min: 0, max: total }))];
    const channel = faker.helpers.weightedArrayElement(CHANNEL_WEIGHTS[contact.kind]);
    const direction = directionOf(channel);
    const template = faker.helpers.arrayElement(templatesFor(contact.kind, channel, direction));
    // Mostly the contact's owner writes it up; anyone on the team may.
    const owner = contact.row.owner_id ? authorsById.get(contact.row.owner_id) : undefined;
    const author = owner && faker.datatype.boolean(0.7) ? owner : faker.helpers.weightedArrayElement(authors);
    const occurredAt = iso(between(new Date(Date.parse(contact.row.created_at) + 60_000), REFERENCE_DATE));
    return {
      workspace_id: workspaceId,
      id: "",
      contact_id: contact.row.id,
      channel,
      direction,
      subject: template.subject === null ? null : fillTemplate(template.subject, contact, author.name),
      body: fillTemplate(template.body, contact, author.name),
      occurred_at: occurredAt,
      duration_minutes: durationOf(channel),
      author_id: author.id,
      participants: participantsOf(channel, contact, users),
      created_at: occurredAt,
    };
  });
  return withIdsInCreationOrder(interactions, (interaction) => interaction);
}

function directionOf(channel: InteractionChannel): InteractionDirection {
  const outboundShare: Record<InteractionChannel, number> = { EMAIL: 0.6, MESSAGE: 0.55, CALL: 0.7, MEETING: 0.75, INTERVIEW: 1, NOTE: 0 };
  if (channel === "NOTE") return "INTERNAL";
  return faker.datatype.boolean(outboundShare[channel]) ? "OUTBOUND" : "INBOUND";
}

function templatesFor(
  kind: ContactContext["kind"],
  channel: InteractionChannel,
  direction: InteractionDirection,
): readonly InteractionTemplate[] {
  const byKind = { CANDIDATE: CANDIDATE_TEMPLATES, CLIENT_CONTACT: CLIENT_TEMPLATES, REFERRER: REFERRER_TEMPLATES }[kind];
  const templates = byKind[`${channel}:${direction}`];
  // CHANNEL_WEIGHTS and the template tables are written together; a gap is a bug in demo-data.ts.
  if (!templates?.length) throw new Error(`demo data has no ${kind} template for ${channel}:${direction}`);
  return templates;
}

function fillTemplate(template: string, contact: ContactContext, authorName: string): string {
  const { row, family, level } = contact;
  const latest = row.employments[0];
  const values: Record<string, string> = {
    first: row.given_name,
    title: row.current_title ?? latest.title ?? family.titles[level],
    company: row.current_company_name ?? latest.companyName,
    // The role on offer: the contact's level or one step up.
    role: family.titles[Math.min(4, level + faker.number.int({ min: 0, max: 1 }))],
    client: contact.client.name,
    skill: row.skills[0].name,
    skill2: row.skills[1]?.name ?? row.skills[0].name,
    day: faker.helpers.arrayElement(WEEKDAYS),
    notice: faker.helpers.arrayElement(NOTICE_PERIODS),
    motivation: faker.helpers.arrayElement(MOTIVATIONS),
    topic: faker.helpers.arrayElement(INTERVIEW_TOPICS),
    recruiter: authorName.split(" ")[0],
  };
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

function durationOf(channel: InteractionChannel): number | null {
  switch (channel) {
    case "CALL":
      return faker.helpers.weightedArrayElement([
        { value: 5, weight: 10 },
        { value: 10, weight: 15 },
        { value: 15, weight: 25 },
        { value: 20, weight: 20 },
        { value: 30, weight: 25 },
        { value: 45, weight: 5 },
      ]);
    case "MEETING":
      return faker.helpers.arrayElement([30, 45, 60]);
    case "INTERVIEW":
      return faker.helpers.arrayElement([45, 60, 60, 90]);
    default:
      return null;
  }
}

/** Interviews and meetings often have one more person in the room: the hiring manager or an interviewer. */
function participantsOf(channel: InteractionChannel, contact: ContactContext, users: DemoUsers): InteractionRow["participants"] {
  if (channel !== "INTERVIEW" && channel !== "MEETING") return [];
  if (!faker.datatype.boolean(channel === "INTERVIEW" ? 0.7 : 0.5)) return [];
  if (faker.datatype.boolean(0.5)) return [{ name: users.hiringManager.name, email: users.hiringManager.email }];
  const given = faker.person.firstName();
  const family = faker.person.lastName();
  return [{ name: `${given} ${family}`, email: `${asciiSlug(given)}.${asciiSlug(family)}@${contact.client.domain}` }];
}
