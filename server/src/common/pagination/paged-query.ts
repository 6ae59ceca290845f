import type { EntityManager } from "typeorm";
import type { SqlParameters } from "../sql";
import type { Connection } from "./connection.types";
import { buildConnection } from "./connection.types";
import { encodeCursor } from "./cursor";
import { buildKeyset, sortValuesOf, type KeysetOrdering } from "./keyset";
import type { PageRequest } from "./page";

/** One keyset-paged list query: what to select, from where, under which condition. */
export interface PagedQuery {
  select: string;
  from: string;
  /** The list's condition (tenant, filter, search); must not reference parameters added after it. */
  where: string;
  params: SqlParameters;
  ordering: KeysetOrdering;
  page: PageRequest;
}

/**
 * Runs a keyset-paged list as one statement for the rows and, only if the client asks for `totalCount`, one more
 * for the count, and returns the connection.
 */
export async function runPagedQuery<TRow extends { id: string }, TNode, TConnection extends Connection<TNode>>(
  db: EntityManager,
  query: PagedQuery,
  ConnectionClass: new () => TConnection,
  toNode: (row: TRow) => TNode,
): Promise<TConnection> {
  const countValues = [...query.params.values];
  const { seek, orderBy, sortSelect } = buildKeyset(query.ordering, query.page.direction, query.page.cursor, query.params);
  const rows = (await db.query(
    `SELECT ${query.select}${sortSelect ? `, ${sortSelect}` : ""}
       FROM ${query.from}
      WHERE ${query.where} AND ${seek}
      ORDER BY ${orderBy}
      LIMIT ${query.page.limit + 1}`,
    query.params.values,
  )) as Array<TRow & Record<string, unknown>>;
  let total: Promise<number> | null = null;
  const countTotal = () => {
    total ??= db
      .query(`SELECT count(*) AS total FROM ${query.from} WHERE ${query.where}`, countValues)
      .then((result: Array<{ total: number }>) => result[0].total);
    return total;
  };
  return buildConnection(
    ConnectionClass,
    rows,
    query.page,
    toNode,
    (row) => encodeCursor(query.ordering.key, sortValuesOf(row, query.ordering, row.id)),
    countTotal,
  );
}
