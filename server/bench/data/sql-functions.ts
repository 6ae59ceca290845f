import type { Client } from "pg";
import { BENCH_ANCHOR } from "./ids";

/**
 * Session-local SQL helpers (in pg_temp, so they vanish with the connection and never reach the schema) that make
 * generation set-based and deterministic: every value is a pure function of a row number and a salt, through
 * PostgreSQL's seeded 64-bit hash `hashint8extended`. Ids are valid v7 UUIDs whose time part is the row's creation
 * time, as the product's own ids are.
 */
export async function installGeneratorFunctions(client: Client, contacts: number): Promise<void> {
  const anchorMs = BENCH_ANCHOR.getTime();
  const day = 86_400_000;
  const contactSpan = 5 * 365 * day;
  const contactStep = contactSpan / contacts;
  const statements = [
    // Uniform in [0, 1).
    `CREATE FUNCTION pg_temp.rnd(i bigint, salt bigint) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT (hashint8extended(i, salt) & 4503599627370495)::double precision / 4503599627370496.0 $$`,
    // 1..n, skewed towards 1 when skew > 1 (a power law: the first entries of a list are the common ones).
    `CREATE FUNCTION pg_temp.pick(i bigint, salt bigint, n integer, skew double precision) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT 1 + floor(n * power(pg_temp.rnd(i, salt), skew))::integer $$`,
    // Each parameter is referenced once, so PostgreSQL inlines the function whatever expression the caller passes (a
    // parameter used twice with a costly argument blocks inlining, and a non-inlined SQL function costs ~8 us a call).
    // Version nibble 7, variant nibble 8, the rest from md5 of (i, salt).
    `CREATE FUNCTION pg_temp.uuid7(ms bigint, i bigint, salt bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT (lpad(to_hex(ms), 12, '0')
                  || overlay(overlay(substr(md5(i::text || ':' || salt::text), 1, 20) placing '7' from 1 for 1) placing '8' from 5 for 1))::uuid $$`,
    `CREATE FUNCTION pg_temp.ts(ms bigint) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT to_timestamp(ms / 1000.0::double precision) $$`,
    // Contact i was created at contact_ms(i): spread over five years before the anchor, increasing with i.
    `CREATE FUNCTION pg_temp.contact_ms(i bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT ${anchorMs - contactSpan}::bigint + floor(i * ${contactStep}::double precision
                 - pg_temp.rnd(i, 1) * ${contactStep * 0.9}::double precision)::bigint $$`,
    `CREATE FUNCTION pg_temp.contact_id(i bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT pg_temp.uuid7(pg_temp.contact_ms(i), i, 11) $$`,
    `CREATE FUNCTION pg_temp.company_ms(j bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT ${anchorMs - 7 * 365 * day}::bigint + j * 60000 $$`,
    `CREATE FUNCTION pg_temp.company_id(j bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT pg_temp.uuid7(pg_temp.company_ms(j), j, 21) $$`,
    `CREATE FUNCTION pg_temp.user_id(k bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT pg_temp.uuid7(${anchorMs - 8 * 365 * day}::bigint, k, 31) $$`,
    `CREATE FUNCTION pg_temp.tag_id(t bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT pg_temp.uuid7(${anchorMs - 8 * 365 * day + day}::bigint, t, 41) $$`,
    `CREATE FUNCTION pg_temp.job_ms(j bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT ${anchorMs - 300 * day}::bigint + j * ${Math.round(1.4 * day)}::bigint $$`,
    `CREATE FUNCTION pg_temp.job_id(j bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT pg_temp.uuid7(pg_temp.job_ms(j), j, 51) $$`,
    `CREATE FUNCTION pg_temp.stage_id(j bigint, p bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT pg_temp.uuid7(pg_temp.job_ms(j) + 1, j * 16 + p, 61) $$`,
  ];
  for (const statement of statements) await client.query(statement);
}

/** The anchor as epoch milliseconds, for SQL text. */
export const ANCHOR_MS = BENCH_ANCHOR.getTime();
