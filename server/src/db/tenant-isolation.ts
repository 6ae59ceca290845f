import type { QueryRunner } from "typeorm";
import { APP_ROLE } from "./tenant-transaction";

/**
 * Turns on forced row-level security for a tenant table, adds the tenant policy (rows of the transaction's
 * workspace only, for reading and writing), and grants the request role the listed privileges. Used by migrations.
 */
export async function enableTenantIsolation(
  db: QueryRunner,
  table: string,
  tenantColumn: string,
  privileges: Array<"SELECT" | "INSERT" | "UPDATE" | "DELETE"> = ["SELECT", "INSERT", "UPDATE", "DELETE"],
): Promise<void> {
  await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await db.query(`
    CREATE POLICY tenant_isolation ON ${table}
    USING (${tenantColumn} = nullif(current_setting('app.workspace_id', true), '')::uuid)
    WITH CHECK (${tenantColumn} = nullif(current_setting('app.workspace_id', true), '')::uuid)`);
  await db.query(`GRANT ${privileges.join(", ")} ON ${table} TO ${APP_ROLE}`);
}
