import type { MigrationInterface, QueryRunner } from "typeorm";
import { FILTER_OPERATOR_FUNCTIONS } from "../filter-operator-functions";

/**
 * Lets filters use their indexes under row-level security.
 *
 * With RLS on, PostgreSQL refuses to evaluate a query's own conditions before the policy unless every function in
 * them is LEAKPROOF, and an index scan would evaluate them first; so `lower(city) = $1`, `skills @> $1`,
 * `name LIKE $1` and full-text matches fall back to scanning the workspace's rows. The functions below are pure:
 * they raise no error that depends on the row's data and have no side effects, so marking them LEAKPROOF lets the
 * planner use the btree, GIN and trigram indexes again without letting a query see another workspace's rows (the
 * policy still filters every row).
 *
 * Only a superuser may mark functions LEAKPROOF. When the migrating user is not one (a managed PostgreSQL), this
 * step is skipped with a warning: everything stays correct and isolated, filters are just slower; the server logs
 * the same warning at start.
 */
export class LeakproofFilterOperators1764400000001 implements MigrationInterface {
  name = "LeakproofFilterOperators1764400000001";

  async up(db: QueryRunner): Promise<void> {
    const [{ is_superuser }] = await db.query(`SELECT rolsuper AS is_superuser FROM pg_roles WHERE rolname = current_user`);
    if (!is_superuser) {
      await db.query(`DO $$ BEGIN RAISE WARNING 'not a superuser: filter functions not marked LEAKPROOF; filters will scan instead of using indexes'; END $$`);
      return;
    }
    for (const signature of FILTER_OPERATOR_FUNCTIONS) await db.query(`ALTER FUNCTION ${signature} LEAKPROOF`);
  }

  async down(db: QueryRunner): Promise<void> {
    const [{ is_superuser }] = await db.query(`SELECT rolsuper AS is_superuser FROM pg_roles WHERE rolname = current_user`);
    if (!is_superuser) return;
    for (const signature of FILTER_OPERATOR_FUNCTIONS) await db.query(`ALTER FUNCTION ${signature} NOT LEAKPROOF`);
  }
}
