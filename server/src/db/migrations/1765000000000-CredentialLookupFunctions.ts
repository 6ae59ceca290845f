import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The credential checks every API request makes, as PL/pgSQL functions. The lookup runs in the round trip that opens
 * the request's transaction, a simple query that cannot take parameters; written out as SQL there, PostgreSQL parsed
 * and planned the join of the credential and its user (with their row-level security) on every request, 110-300 µs
 * of its CPU. A PL/pgSQL function keeps its statement's plan for the connection's life: the same check costs
 * 40-80 µs (measured on the benchmark's dataset; server/bench/FINDINGS.md, finding 1). They run as the caller
 * (SECURITY INVOKER), so the request role's row-level security applies as it did to the statements they replace.
 */
export class CredentialLookupFunctions1765000000000 implements MigrationInterface {
  name = "CredentialLookupFunctions1765000000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION request_api_key_credential(p_workspace_id uuid, p_api_key_id uuid)
        RETURNS TABLE (token_hash bytea, scopes text[], last_used_at timestamptz, user_id uuid, role text)
        LANGUAGE plpgsql STABLE SECURITY INVOKER AS $$
      BEGIN
        RETURN QUERY
          SELECT k.token_hash, k.scopes, k.last_used_at::timestamptz, u.id, u.role
            FROM api_key k
            JOIN app_user u ON u.workspace_id = k.workspace_id AND u.id = k.created_by_id
           WHERE k.workspace_id = p_workspace_id AND k.id = p_api_key_id AND k.revoked_at IS NULL
             AND (k.expires_at IS NULL OR k.expires_at > now()) AND u.is_active;
      END $$`);
    await db.query(`
      CREATE FUNCTION request_session_credential(p_workspace_id uuid, p_session_id uuid)
        RETURNS TABLE (token_hash bytea, last_seen_at timestamptz, user_id uuid, role text)
        LANGUAGE plpgsql STABLE SECURITY INVOKER AS $$
      BEGIN
        RETURN QUERY
          SELECT s.token_hash, s.last_seen_at::timestamptz, u.id, u.role
            FROM session s
            JOIN app_user u ON u.workspace_id = s.workspace_id AND u.id = s.user_id
           WHERE s.workspace_id = p_workspace_id AND s.id = p_session_id AND s.revoked_at IS NULL
             AND s.expires_at > now() AND u.is_active;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION IF EXISTS request_session_credential(uuid, uuid)`);
    await db.query(`DROP FUNCTION IF EXISTS request_api_key_credential(uuid, uuid)`);
  }
}
