import type { EntityManager } from "typeorm";
import { badInput, type FieldPath } from "../../common/errors";

/**
 * Sign-in finds a user by email alone, so an email may belong to one user in the whole install. This checks that
 * no workspace has it yet, holding a transaction-scoped advisory lock on the address so two concurrent sign-ups
 * with one email cannot both pass. The lookup goes through the `login_lookup` policy, which shows exactly the rows
 * with the email named in `app.login_email`.
 */
export async function assertEmailUnregistered(db: EntityManager, email: string, path: FieldPath): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtextextended('talentlane.email:' || $1, 0))`, [email]);
  await db.query(`SELECT set_config('app.login_email', $1, true)`, [email]);
  const rows = (await db.query(`SELECT 1 FROM app_user WHERE email = $1 LIMIT 1`, [email])) as unknown[];
  await db.query(`SELECT set_config('app.login_email', '', true)`);
  if (rows.length > 0) throw badInput(path, "is already registered to a user; each email signs in to one workspace");
}
