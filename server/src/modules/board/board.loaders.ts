import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { buildConnection } from "../../common/pagination/connection.types";
import { encodeCursor } from "../../common/pagination/cursor";
import { buildKeyset, sortValuesOf, type KeysetOrdering } from "../../common/pagination/keyset";
import type { PageRequest } from "../../common/pagination/page";
import { SqlParameters } from "../../common/sql";
import { APPLICATION_SELECT, toApplicationType, type ApplicationRow } from "../applications/application.mapper";
import { ApplicationConnection } from "../applications/application.type";
import { toContactType, type ContactRowPart } from "../contacts/contact.mapper";
import { CONTACT_COLUMNS, type ContactColumns } from "../contacts/contact.sql";
import type { ContactType } from "../contacts/contact.type";

/** Cards sort by rank within their column, then id. */
export const CARD_ORDERING: KeysetOrdering = {
  key: "RANK",
  columns: [{ expression: "a.rank", castTo: "text" }],
  descending: false,
  idExpression: "a.id",
};

/** One column's page of cards, as the board's card loader is asked for it. */
export interface CardPageRequest {
  stageId: string;
  page: PageRequest;
  /**
   * The contact columns the request's fields of a card's contact need (contactColumnsFor), or null for the whole
   * contact. A card row with the whole contact was about 2.5 times the size of one with what a card shows, and those
   * rows were most of what a board's statement cost Node and PostgreSQL.
   */
  contactColumns: ContactColumns | null;
}

/** A board being read: which job, and which cards it shows (the compiled contact filter and search). */
export interface BoardQuery {
  jobId: string;
  workspaceId: string;
  /** The contact condition over `c` and the parameters it uses ($1 is the workspace). */
  contactWhere: string;
  params: unknown[];
  includeWithdrawn: boolean;
  /** Whether a filter or search narrows the cards (then matching cards are found once per board, not per column). */
  isFiltered: boolean;
  counts: DataLoader<string, number>;
  cards: DataLoader<CardPageRequest, ApplicationConnection, string>;
}

/** The loader's key of a card page, and (without the stage) the group of columns read in one statement. */
const cardGroupKey = (key: CardPageRequest) => `${key.contactColumns?.key ?? "*"}|${JSON.stringify(key.page)}`;

/** The application's columns in a card row, prefixed so they do not collide with the contact's. */
const CARD_APPLICATION_COLUMNS = APPLICATION_SELECT.map(([expression, name]) => `${expression} AS "app.${name}"`).join(", ");

/**
 * Builds the loaders of one board read: every column's count in one statement, and every column's page of cards
 * (with their contacts and tags) in one statement per distinct page request. With the whole contact read,
 * `primeContact` hands each card's contact to the request's contact loader, so resolving it costs nothing more; with
 * some of its columns, the card carries its contact (ApplicationType.cardContact).
 */
export function createBoardQuery(
  db: EntityManager,
  base: Omit<BoardQuery, "counts" | "cards">,
  primeContact: (contact: ContactType) => void,
): BoardQuery {
  const statusCondition = base.includeWithdrawn ? "TRUE" : "a.status <> 'WITHDRAWN'";
  // Unfiltered, a card needs only its contact not to be deleted: an anti-join against the (few) deleted contacts,
  // served by a partial index, instead of probing every card's contact.
  const notDeleted = `NOT EXISTS (SELECT 1 FROM contact dc WHERE dc.workspace_id = a.workspace_id AND dc.id = a.contact_id
                                    AND dc.deleted_at IS NOT NULL)`;
  const counts = new DataLoader<string, number>(async (stageIds) => {
    const params = new SqlParameters([...base.params]);
    const stages = params.add([...stageIds]);
    const rows = (await db.query(
      base.isFiltered
        ? `SELECT a.stage_id, count(*) AS total
             FROM application a JOIN contact c ON c.workspace_id = a.workspace_id AND c.id = a.contact_id
            WHERE a.workspace_id = $1 AND a.stage_id = ANY(${stages}::uuid[]) AND ${statusCondition} AND ${base.contactWhere}
            GROUP BY a.stage_id`
        : `SELECT a.stage_id, count(*) AS total FROM application a
            WHERE a.workspace_id = $1 AND a.stage_id = ANY(${stages}::uuid[]) AND ${statusCondition} AND ${notDeleted}
            GROUP BY a.stage_id`,
      params.values,
    )) as Array<{ stage_id: string; total: number }>;
    const byStage = new Map(rows.map((row) => [row.stage_id, row.total]));
    return stageIds.map((stageId) => byStage.get(stageId) ?? 0);
  });

  const cards = new DataLoader<CardPageRequest, ApplicationConnection, string>(
    async (keys) => {
      const groups = new Map<string, CardPageRequest[]>();
      for (const key of keys) {
        const groupKey = cardGroupKey(key);
        const group = groups.get(groupKey);
        if (group) group.push(key);
        else groups.set(groupKey, [key]);
      }
      const rowsByKey = new Map<string, Array<Record<string, unknown>>>();
      for (const [groupKey, members] of groups) {
        const { page, contactColumns } = members[0];
        const params = new SqlParameters([...base.params]);
        const stageIds = params.add(members.map((member) => member.stageId));
        const { seek, orderBy, sortSelect } = buildKeyset(CARD_ORDERING, page.direction, page.cursor, params);
        const direction = page.direction === "forward" ? "ASC" : "DESC";
        // With a filter, the contact condition is checked once for each of the job's cards (a few thousand at most)
        // rather than once per column; without one, each column reads straight off its (stage, rank) index.
        const matching = base.isFiltered
          ? `WITH matching AS MATERIALIZED (
               SELECT a.id FROM application a JOIN contact c ON c.workspace_id = a.workspace_id AND c.id = a.contact_id
                WHERE a.workspace_id = $1 AND a.job_id = ${params.add(base.jobId)}::uuid AND ${base.contactWhere})`
          : "";
        const cardCondition = base.isFiltered ? "a.id IN (SELECT id FROM matching)" : "c.deleted_at IS NULL";
        const rows = (await db.query(
          `${matching}
           SELECT card.* FROM unnest(${stageIds}::uuid[]) WITH ORDINALITY AS col(stage_id, position)
           CROSS JOIN LATERAL (
             SELECT ${CARD_APPLICATION_COLUMNS}, ${contactColumns?.select ?? CONTACT_COLUMNS}, ${sortSelect}
               FROM application a
               JOIN stage st ON st.workspace_id = a.workspace_id AND st.id = a.stage_id
               JOIN contact c ON c.workspace_id = a.workspace_id AND c.id = a.contact_id
              WHERE a.workspace_id = $1 AND a.stage_id = col.stage_id AND ${statusCondition} AND ${cardCondition} AND ${seek}
              ORDER BY ${orderBy} LIMIT ${page.limit + 1}) AS card
           ORDER BY col.position, card._sort0 ${direction}, card."app.id" ${direction}`,
          params.values,
        )) as Array<Record<string, unknown>>;
        for (const row of rows) {
          const rowKey = `${row["app.stage_id"] as string}|${groupKey}`;
          const list = rowsByKey.get(rowKey);
          if (list) list.push(row);
          else rowsByKey.set(rowKey, [row]);
        }
      }
      const now = Date.now();
      return keys.map((key) =>
        buildConnection(
          ApplicationConnection,
          rowsByKey.get(`${key.stageId}|${cardGroupKey(key)}`) ?? [],
          key.page,
          (row) => {
            const application = toApplicationType(applicationPart(row), now);
            const contact = toContactType(row as unknown as ContactRowPart);
            if (key.contactColumns) application.cardContact = contact;
            else primeContact(contact);
            return application;
          },
          (row) => encodeCursor(CARD_ORDERING.key, sortValuesOf(row, CARD_ORDERING, row["app.id"] as string)),
          () => counts.load(key.stageId),
        ),
      );
    },
    { cacheKeyFn: (key) => `${key.stageId}|${cardGroupKey(key)}` },
  );
  return { ...base, counts, cards };
}

const APPLICATION_NAMES = APPLICATION_SELECT.map(([, name]) => name);

/** The application's columns of a card row (selected as "app.<column>"). */
function applicationPart(row: Record<string, unknown>): ApplicationRow {
  const application: Record<string, unknown> = {};
  for (const name of APPLICATION_NAMES) application[name] = row[`app.${name}`];
  return application as unknown as ApplicationRow;
}
