/**
 * Positional parameters for hand-written SQL. Every value reaches the database as a bound parameter; only
 * expressions the code itself chose are ever spliced into the text.
 */
export class SqlParameters {
  readonly values: unknown[] = [];

  constructor(initial: unknown[] = []) {
    this.values.push(...initial);
  }

  /** Adds a value and returns its placeholder (`$n`). */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Escapes LIKE wildcards so user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * Runs an UPDATE or DELETE ... RETURNING and returns its rows. (TypeORM answers those commands with
 * `[rows, rowCount]` rather than the rows.)
 */
export async function queryReturning<T>(db: { query(sql: string, parameters?: unknown[]): Promise<unknown> }, sql: string, parameters: unknown[]): Promise<T[]> {
  const result = (await db.query(sql, parameters)) as unknown;
  if (/^\s*(UPDATE|DELETE)\b/i.test(sql) && Array.isArray(result) && result.length === 2 && Array.isArray(result[0])) {
    return result[0] as T[];
  }
  return result as T[];
}
