import pg from "pg";

let installed = false;

/**
 * Makes node-postgres return values the mappers can use as they are, in both database modes:
 * `date` stays the ISO string it is (a JS Date would shift it by the process time zone), `bigint` counts become
 * numbers (they stay far below 2^53), and `numeric` becomes a number (it holds years of experience, never money).
 */
export function installPgTypeParsers(): void {
  if (installed) return;
  installed = true;
  pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value));
}
