import { Kind, type OperationDefinitionNode, type OperationTypeNode, type SelectionNode } from "graphql";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import type { AppConfig } from "../config/config";
import { beginTenantTransactionWith, endTenantTransaction, withTenantTransaction } from "../db/tenant-transaction";
import { credentialLookupStatement, readPresentedCredential, resolveViewer } from "../modules/auth/auth.service";
import type { RequestContext } from "./context";

/*
 * One transaction per GraphQL operation. It opens once the operation is parsed, valid and its variables coerced, and
 * before any resolver (as the request role, with the viewer's workspace and the statement timeout set
 * transaction-locally); it commits only if the operation produced no error, and otherwise rolls back, so a failed
 * mutation changes nothing. A query's transaction is READ ONLY: reads stay reads (what a read must record, like a
 * credential's last use, is written after it, in a transaction of its own), so a resolver that wrote by mistake
 * fails instead of changing data, and the same transaction could run on a read replica. A request that fails to parse or validate, or an operation that asks only for
 * `__typename` or introspection, touches no database. Session cookies are sent only for committed work.
 */

/** Whether an operation needs the database and a viewer: everything but `__typename`, `__schema` and `__type`. */
export function needsDatabase(operation: OperationDefinitionNode): boolean {
  return !operation.selectionSet.selections.every(isMetaField);
}

function isMetaField(selection: SelectionNode): boolean {
  return selection.kind === Kind.FIELD && selection.name.value.startsWith("__");
}

/**
 * Opens the request's transaction and checks the presented credential inside it (setting `context.viewer`): the
 * credential's record is read in the same round trip that begins the transaction, and the statement timeout set for
 * the operation's kind (queries, mutations).
 */
export async function openRequestTransaction(dataSource: DataSource, context: RequestContext, kind: OperationTypeNode): Promise<void> {
  const timeoutMs = kind === "mutation" ? context.config.mutationStatementTimeoutMs : context.config.statementTimeoutMs;
  const credential = readPresentedCredential(context.request);
  const lookup = credentialLookupStatement(credential);
  const settings = { statement_timeout: `${timeoutMs}ms` };
  const workspaceId = credential?.token?.workspaceId ?? null;
  const opened = await beginTenantTransactionWith(dataSource, { sqlStats: context.sqlStats }, workspaceId, lookup, settings, kind === "query");
  context.queryRunner = opened.queryRunner;
  context.backendPid = opened.backendPid;
  try {
    await resolveViewer(context, credential, opened.rows);
  } catch (error) {
    await endTenantTransaction(context.queryRunner, false).catch(() => undefined);
    context.queryRunner = null;
    throw error;
  }
}

/**
 * The client went away before its answer (a superseded search, a closed tab): cancels the statement the request's
 * transaction is running, so it stops using the database; the request then fails and rolls back. PostgreSQL ignores
 * a cancel that arrives between statements. The cancel goes over a connection of its own, not the pool's: when
 * every pooled connection belongs to an abandoned request, none would be free for it. Ending the transaction
 * waits for it, so it can never reach the statement of whichever request uses the connection next. Not available
 * on the embedded database.
 */
export function cancelAbandonedRequest(config: AppConfig, context: RequestContext): void {
  const pid = context.backendPid;
  if (!context.queryRunner || pid === null || !config.databaseUrl || context.cancellation) return;
  const canceller = new Client({ connectionString: config.databaseUrl, application_name: "talentlane-cancel", connectionTimeoutMillis: 5_000 });
  canceller.on("error", () => undefined); // a failure after connecting surfaces through the query's promise
  context.cancellation = canceller
    .connect()
    .then(() => canceller.query(`SELECT pg_cancel_backend($1)`, [pid]))
    .then(
      () => context.logger.info({ backendPid: pid }, "client went away; cancelled the request's statement"),
      (error: unknown) => context.logger.warn({ err: error }, "could not cancel the statement of an abandoned request"),
    )
    .finally(() => canceller.end().catch(() => undefined));
}

/**
 * Ends the request's transaction (commit when the operation succeeded, else roll back), records what must survive a
 * rollback, starts the after-commit bookkeeping without waiting for it, and tells which Set-Cookie values may go out.
 * `commitFailed` means the operation ran but its work was not saved: the answer must not claim it was.
 */
export async function finishRequestTransaction(dataSource: DataSource, context: RequestContext, succeeded: boolean): Promise<{ committed: boolean; commitFailed: boolean; cookies: string[] }> {
  // A cancellation sent after the connection went back to the pool could stop another request's statement.
  if (context.cancellation) await context.cancellation;
  const queryRunner = context.queryRunner;
  context.queryRunner = null;
  let committed = false;
  let commitFailed = false;
  if (queryRunner) {
    try {
      await endTenantTransaction(queryRunner, succeeded);
      committed = succeeded;
    } catch (error) {
      context.logger.error({ err: error }, "commit failed");
      commitFailed = true;
    }
  }
  if (!committed && context.afterRollback.length > 0) {
    await withTenantTransaction(dataSource, null, async (manager) => {
      for (const write of context.afterRollback) await write(manager);
    }).catch((error) => context.logger.error({ err: error }, "could not record after rollback"));
  }
  // Bookkeeping nobody should wait for (when a credential was last used): after the answer's own work is safe.
  for (const work of context.afterCommit) {
    void work(dataSource).catch((error) => context.logger.warn({ err: error }, "bookkeeping after the request failed"));
  }
  // A rolled-back sign-in must not hand out a session; clearing a dead session's cookie is always fine.
  const cookies = context.pendingCookies.filter((cookie) => committed || cookie.includes("Max-Age=0"));
  return { committed, commitFailed, cookies };
}
