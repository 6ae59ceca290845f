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
  /**
   * Read the page's keys first, then its rows by primary key: `table` is the table under the alias `select` uses
   * (a parenthesised join when `select` reads more tables), `key` its primary key columns under that alias. For
   * lists that sort many matching rows (a search, a filter over a large table), so the sort carries each match's
   * key and sort values instead of the whole row: at a million contacts a search for "mar" sorts 92,000 matches,
   * 670 ms with whole rows against 395 ms with keys.
   */
  keysFirst?: { table: string; key: string[] };
  /**
   * The client asked for `totalCount`. A first page read keys first then counts the matches in the same statement
   * (the matches it has to find and sort anyway), instead of filtering the table a second time for a count.
   */
  withTotal?: boolean;
}

/** Whether the page's own statement counts the matches: a keys-first first page whose total is asked for. */
export function countsInPage(query: PagedQuery): boolean {
  return query.withTotal === true && query.keysFirst !== undefined && query.page.cursor === null;
}

/**
 * The total a page's statement counted (see {@link countsInPage}). No row means nothing matched: a first page is
 * empty only then.
 */
export function totalOfPage(rows: ReadonlyArray<Record<string, unknown>>): number {
  return rows.length > 0 ? Number(rows[0]._total) : 0;
}

/**
 * Runs a keyset-paged list as one statement for the rows and, only if the client asks for `totalCount`, one more
 * for the count (none for a keys-first first page, whose statement counts too), and returns the connection.
 */
export async function runPagedQuery<TRow extends { id: string }, TNode, TConnection extends Connection<TNode>>(
  db: EntityManager,
  query: PagedQuery,
  ConnectionClass: new () => TConnection,
  toNode: (row: TRow) => TNode,
): Promise<TConnection> {
  const countValues = [...query.params.values];
  const keyset = buildKeyset(query.ordering, query.page.direction, query.page.cursor, query.params);
  const rows = (await db.query(rowsStatement(query, keyset), query.params.values)) as Array<TRow & Record<string, unknown>>;
  let total: Promise<number> | null = countsInPage(query) ? Promise.resolve(totalOfPage(rows)) : null;
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

/**
 * The statement that reads a page's rows (`limit + 1` of them, in fetch order, with their `_sortN` values), given
 * the query's keyset pieces (`buildKeyset`, which adds the cursor's parameters to `query.params`).
 */
export function rowsStatement(query: PagedQuery, { seek, orderBy, sortSelect, fetchDescending }: ReturnType<typeof buildKeyset>): string {
  const limit = query.page.limit + 1;
  if (!query.keysFirst) {
    return `SELECT ${query.select}${sortSelect ? `, ${sortSelect}` : ""}
       FROM ${query.from}
      WHERE ${query.where} AND ${seek}
      ORDER BY ${orderBy}
      LIMIT ${limit}`;
  }
  const { table, key } = query.keysFirst;
  const { ordering } = query;
  const direction = fetchDescending ? "DESC" : "ASC";
  // The outer query orders by the sort values the inner one computed, then by the id of the row it joined.
  const sortColumns = ordering.columns.map((_column, index) => `_page._sort${index}`);
  const pageOrderBy = [...sortColumns, ordering.idExpression].map((expression) => `${expression} ${direction}`).join(", ");
  const keySelect = key.map((column, index) => `${column} AS _key${index}`).join(", ");
  const joinPage = `JOIN ${table} ON (${key.join(", ")}) = (${key.map((_column, index) => `_page._key${index}`).join(", ")})`;
  if (countsInPage(query)) {
    // The matches are found once, into a materialised CTE: the page is its first rows (a bounded top-N sort) and the
    // total its size. Measured at a million contacts, 8 concurrent clients, against the two statements this replaces:
    // searches x2.3-2.4 the throughput, the benchmark's three pool filters x1.9, a filter on a country and a skill x1.17, a
    // filter on one broad country x0.87 (the rows alone could stop early there). A window (count(*) OVER ()) instead
    // sent every match through a full sort, and for the country-and-skill filter the planner walked the created_at
    // index expecting to stop early, which a window never can: x0.15 (FINDINGS.md, finding 5). The count is a scalar
    // subquery, which PostgreSQL runs once (an InitPlan); as a joined subquery, the planner, expecting one page row,
    // put it inside a nested loop and counted the matches again for every row of the page: 51 times 304k rows for
    // the one-country filter at a million contacts (1.86 s, now 1.21 s).
    const idKey = `_key${key.indexOf(ordering.idExpression)}`;
    const matchesOrderBy = [...ordering.columns.map((_column, index) => `_sort${index}`), idKey].map((expression) => `${expression} ${direction}`).join(", ");
    return `WITH _matches AS MATERIALIZED (
             SELECT ${keySelect}${sortSelect ? `, ${sortSelect}` : ""}
               FROM ${query.from}
              WHERE ${query.where} AND ${seek})
      SELECT ${query.select}${sortColumns.length > 0 ? `, ${sortColumns.join(", ")}` : ""}, (SELECT count(*) FROM _matches) AS _total
        FROM (SELECT * FROM _matches ORDER BY ${matchesOrderBy} LIMIT ${limit}) _page
        ${joinPage}
       ORDER BY ${pageOrderBy}`;
  }
  return `SELECT ${query.select}${sortColumns.length > 0 ? `, ${sortColumns.join(", ")}` : ""}
       FROM (SELECT ${keySelect}${sortSelect ? `, ${sortSelect}` : ""}
               FROM ${query.from}
              WHERE ${query.where} AND ${seek}
              ORDER BY ${orderBy}
              LIMIT ${limit}) _page
       ${joinPage}
      ORDER BY ${pageOrderBy}`;
}
