import type { InteractionChannel } from "@talentlane/shared";
import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { buildConnection } from "../../common/pagination/connection.types";
import { encodeCursor } from "../../common/pagination/cursor";
import { buildKeyset, sortValuesOf, type KeysetOrdering } from "../../common/pagination/keyset";
import type { PageRequest } from "../../common/pagination/page";
import { SqlParameters } from "../../common/sql";
import { INTERACTION_COLUMNS, toInteractionType, type InteractionRow } from "./interaction.mapper";
import { InteractionConnection } from "./interaction.type";

/** Timelines read most recent first; the index is (workspace_id, contact_id, occurred_at, id). */
export const TIMELINE_ORDERING: KeysetOrdering = {
  key: "OCCURRED_AT_DESC",
  columns: [{ expression: "i.occurred_at", castTo: "timestamptz" }],
  descending: true,
  idExpression: "i.id",
};

/** One timeline request: whose, which page, which channels. */
export interface TimelineKey {
  contactId: string;
  page: PageRequest;
  channels: InteractionChannel[] | null;
}

/**
 * Timeline pages of many contacts in one query per distinct page request (a LATERAL join per contact), and their
 * counts in one more query when asked; so a list of contacts with their timelines costs a fixed number of statements.
 */
export function createTimelineLoader(db: EntityManager, workspaceId: string) {
  const counts = new DataLoader<string, number, string>(async (keys) => {
    const groups = groupBy(keys.map((key) => JSON.parse(key) as { contactId: string; channels: InteractionChannel[] | null }), (key) =>
      JSON.stringify(key.channels),
    );
    const totals = new Map<string, number>();
    for (const [channelsKey, members] of groups) {
      const channels = JSON.parse(channelsKey) as InteractionChannel[] | null;
      const rows = (await db.query(
        `SELECT i.contact_id, count(*) AS total FROM interaction i
          WHERE i.workspace_id = $1 AND i.contact_id = ANY($2::uuid[]) AND ($3::text[] IS NULL OR i.channel = ANY($3::text[]))
          GROUP BY i.contact_id`,
        [workspaceId, members.map((member) => member.contactId), channels],
      )) as Array<{ contact_id: string; total: number }>;
      for (const row of rows) totals.set(JSON.stringify({ contactId: row.contact_id, channels }), row.total);
    }
    return keys.map((key) => totals.get(key) ?? 0);
  });

  return new DataLoader<TimelineKey, InteractionConnection, string>(
    async (keys) => {
      const groups = groupBy([...keys], (key) => JSON.stringify({ page: key.page, channels: key.channels }));
      const pages = new Map<string, InteractionRow[]>();
      for (const [, members] of groups) {
        const { page, channels } = members[0];
        const params = new SqlParameters([workspaceId, members.map((member) => member.contactId), channels]);
        const { seek, orderBy, sortSelect } = buildKeyset(TIMELINE_ORDERING, page.direction, page.cursor, params);
        const direction = (page.direction === "forward") === TIMELINE_ORDERING.descending ? "DESC" : "ASC";
        const rows = (await db.query(
          `SELECT page.* FROM unnest($2::uuid[]) WITH ORDINALITY AS wanted(contact_id, position)
           CROSS JOIN LATERAL (
             SELECT ${INTERACTION_COLUMNS}, ${sortSelect} FROM interaction i
              WHERE i.workspace_id = $1 AND i.contact_id = wanted.contact_id
                AND ($3::text[] IS NULL OR i.channel = ANY($3::text[])) AND ${seek}
              ORDER BY ${orderBy} LIMIT ${page.limit + 1}) AS page
           ORDER BY wanted.position, page._sort0 ${direction}, page.id ${direction}`,
          params.values,
        )) as Array<InteractionRow & Record<string, unknown>>;
        for (const member of members) pages.set(timelineKey(member), rows.filter((row) => row.contact_id === member.contactId));
      }
      return keys.map((key) =>
        buildConnection(
          InteractionConnection,
          (pages.get(timelineKey(key)) ?? []) as Array<InteractionRow & Record<string, unknown>>,
          key.page,
          toInteractionType,
          (row) => encodeCursor(TIMELINE_ORDERING.key, sortValuesOf(row, TIMELINE_ORDERING, row.id)),
          () => counts.load(JSON.stringify({ contactId: key.contactId, channels: key.channels })),
        ),
      );
    },
    { cacheKeyFn: timelineKey },
  );
}

function timelineKey(key: TimelineKey): string {
  return JSON.stringify([key.contactId, key.page, key.channels]);
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
