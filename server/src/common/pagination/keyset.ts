import type { SqlParameters } from "../sql";

/** One sort column: the SQL expression and the type its cursor value is cast back to. */
export interface SortColumn {
  expression: string;
  castTo: "timestamptz" | "numeric" | "text" | "real" | "uuid" | "date";
}

/** An ordering a list offers: its API name, the columns before the id tie-breaker, and the direction. */
export interface KeysetOrdering {
  key: string;
  columns: SortColumn[];
  descending: boolean;
  /** The id column the ordering ends with, e.g. `c.id`. */
  idExpression: string;
}

/**
 * Builds the keyset pieces of a paged query: the seek condition (or `TRUE` on the first page), the ORDER BY list
 * in fetch order (and whether that is descending), and the select list that returns each row's sort values as
 * `_sort0`, `_sort1`, ...
 * Backward pages fetch in reverse order; the caller reverses the rows back.
 */
export function buildKeyset(
  ordering: KeysetOrdering,
  direction: "forward" | "backward",
  cursor: (string | number | null)[] | null,
  params: SqlParameters,
): { seek: string; orderBy: string; sortSelect: string; fetchDescending: boolean } {
  const fetchDescending = direction === "forward" ? ordering.descending : !ordering.descending;
  const expressions = [...ordering.columns.map((column) => column.expression), ordering.idExpression];
  const orderBy = expressions.map((expression) => `${expression} ${fetchDescending ? "DESC" : "ASC"}`).join(", ");
  const sortSelect = ordering.columns.map((column, index) => `${column.expression} AS _sort${index}`).join(", ");
  let seek = "TRUE";
  if (cursor) {
    const casts = [...ordering.columns.map((column) => column.castTo), "uuid"];
    const placeholders = cursor.map((value, index) => `${params.add(value)}::${casts[index]}`);
    seek = `(${expressions.join(", ")}) ${fetchDescending ? "<" : ">"} (${placeholders.join(", ")})`;
  }
  return { seek, orderBy, sortSelect, fetchDescending };
}

/** The cursor values of a fetched row: its `_sortN` columns and its id. */
export function sortValuesOf(row: Record<string, unknown>, ordering: KeysetOrdering, id: string): (string | number | null)[] {
  const values = ordering.columns.map((_column, index) => {
    const value = row[`_sort${index}`];
    if (value instanceof Date) return value.toISOString();
    if (value === undefined || value === null) return null;
    return typeof value === "number" ? value : String(value);
  });
  return [...values, id];
}
