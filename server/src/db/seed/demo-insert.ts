import type { EntityManager } from "typeorm";

const INSERT_CHUNK_SIZE = 500;

/** A table and the columns a seed row fills, with their SQL types (for `jsonb_to_recordset`). */
export interface TableSpec<Row> {
  table: string;
  columns: ReadonlyArray<readonly [column: keyof Row & string, sqlType: string]>;
}

/**
 * Inserts rows a chunk per statement: the chunk travels as one jsonb parameter and `jsonb_to_recordset` turns it
 * into rows, so the statement text stays the same whatever the chunk holds and the parameter limit never bites
 * (PGlite and node-postgres both accept it). Keys of a row are the table's column names.
 */
export async function insertRows<Row extends object>(manager: EntityManager, spec: TableSpec<Row>, rows: readonly Row[]): Promise<void> {
  const names = spec.columns.map(([column]) => column).join(", ");
  const definitions = spec.columns.map(([column, sqlType]) => `${column} ${sqlType}`).join(", ");
  const sql = `INSERT INTO ${spec.table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${definitions})`;
  for (let start = 0; start < rows.length; start += INSERT_CHUNK_SIZE) {
    await manager.query(sql, [JSON.stringify(rows.slice(start, start + INSERT_CHUNK_SIZE))]);
  }
}
