import type { DataSource } from "typeorm";

/**
 * The functions behind the operators that filters, search and keyset seeks apply to row data, which must be
 * LEAKPROOF for their indexes to serve them under row-level security (see the LeakproofFilterOperators migration).
 * Equality and ordering of text, uuid, numbers and timestamps are LEAKPROOF in PostgreSQL already.
 */
export const FILTER_OPERATOR_FUNCTIONS = [
  "lower(text)",
  "numeric_eq(numeric, numeric)",
  "numeric_ne(numeric, numeric)",
  "numeric_lt(numeric, numeric)",
  "numeric_le(numeric, numeric)",
  "numeric_gt(numeric, numeric)",
  "numeric_ge(numeric, numeric)",
  "textlike(text, text)",
  "textnlike(text, text)",
  "jsonb_contains(jsonb, jsonb)",
  "jsonb_exists(jsonb, text)",
  "arrayoverlap(anyarray, anyarray)",
  "arraycontains(anyarray, anyarray)",
  "ts_match_vq(tsvector, tsquery)",
  "similarity_op(text, text)",
  "word_similarity_op(text, text)",
] as const;

/**
 * Lists the filter functions that are not LEAKPROOF in this database (empty when all are), so startup can warn
 * that filters will scan rows instead of using indexes.
 */
export async function findLeakyFilterFunctions(dataSource: DataSource): Promise<string[]> {
  const rows = (await dataSource.query(
    `SELECT signature FROM unnest($1::text[]) AS signature WHERE NOT (SELECT proleakproof FROM pg_proc WHERE oid = signature::regprocedure)`,
    [[...FILTER_OPERATOR_FUNCTIONS]],
  )) as Array<{ signature: string }>;
  return rows.map((row) => row.signature);
}
