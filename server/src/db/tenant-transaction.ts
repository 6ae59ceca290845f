import type { DataSource, EntityManager, QueryRunner } from "typeorm";

/** The role requests run as: it owns nothing, is no superuser and cannot bypass row-level security. */
export const APP_ROLE = "talentlane_app";

/**
 * Settings every request's statements run with, transaction-local like the role:
 * - `work_mem`: memory per sort or bitmap. PostgreSQL's default (4MB) turns the bitmaps of a filter matching a good
 *   share of a million-contact pool lossy, and every row on a lossy page is checked again (the benchmark's pool
 *   filter: FINDINGS.md, finding 5).
 * - `jit`: off. PostgreSQL compiles a statement whose estimated cost passes `jit_above_cost` anew on every execution;
 *   a search or a filter over a large pool crosses it, and the 30-90 ms of compiling cost more than the compiled
 *   code saved (FINDINGS.md, finding 6).
 */
export const REQUEST_SETTINGS: Readonly<Record<string, string>> = { work_mem: "32MB", jit: "off" };

const SETTING_NAME = /^[a-z_.]+$/;
const SETTING_VALUE = /^[\w.]+$/;

/**
 * `set_config` calls for {@link REQUEST_SETTINGS} and any `extra` ones, for a select list: transaction-local, or
 * for the session. Names and values are written into the SQL text, so only plain words are accepted.
 */
export function requestSettingsSql(scope: "transaction" | "session", extra: Readonly<Record<string, string>> = {}): string {
  return Object.entries({ ...REQUEST_SETTINGS, ...extra })
    .map(([name, value]) => {
      if (!SETTING_NAME.test(name) || !SETTING_VALUE.test(value)) throw new Error(`not a plain setting: ${name} = ${value}`);
      return `set_config('${name}', '${value}', ${scope === "transaction"})`;
    })
    .join(", ");
}

/**
 * No connection could be had for the transaction: every pooled one stayed busy past the pool's wait limit, or a new
 * one could not connect. Nothing ran; trying again later may work.
 */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`no database connection: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "DatabaseUnavailableError";
  }
}

const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Opens a request's transaction on its own connection, as the request role, in `workspaceId` (or in none). The
 * role and the workspace are set with `set_config(..., true)`: transaction-local, so a pooled connection never
 * carries them into the next request. Without a workspace every tenant table reads as empty.
 *
 * Beginning, switching role and choosing the workspace go to the server as one round trip (the simple query
 * protocol takes several statements, but no parameters): this is paid by every request. The workspace id is
 * written into the text only as a canonical UUID, which it must be.
 */
export async function beginTenantTransaction(
  dataSource: DataSource,
  data: Record<string, unknown> = {},
  workspaceId: string | null = null,
): Promise<QueryRunner> {
  return (await beginTenantTransactionWith(dataSource, data, workspaceId, null)).queryRunner;
}

/**
 * `beginTenantTransaction`, with one more statement in the same round trip, run inside the transaction as the
 * request role (the request's credential lookup: every authenticated request would otherwise wait for a second
 * round trip before its first resolver). `followUp` is SQL text without parameters; whoever builds it must
 * write values into it only in forms that cannot break out of a literal (canonical UUIDs). Its rows are returned.
 * `settings` are more transaction-local settings (an API request's statement timeout). `readOnly` starts the
 * transaction READ ONLY: PostgreSQL then refuses any write in it.
 */
export async function beginTenantTransactionWith(
  dataSource: DataSource,
  data: Record<string, unknown>,
  workspaceId: string | null,
  followUp: string | null,
  settings: Readonly<Record<string, string>> = {},
  readOnly = false,
): Promise<{ queryRunner: QueryRunner; rows: Array<Record<string, unknown>> | null; backendPid: number | null }> {
  if (workspaceId !== null && !CANONICAL_UUID.test(workspaceId)) throw new Error("a workspace id must be a canonical UUID");
  const queryRunner = dataSource.createQueryRunner();
  queryRunner.data = data;
  serializeQueries(queryRunner);
  let rows: Array<Record<string, unknown>> | null = null;
  let backendPid: number | null = null;
  let connection: {
    query(text: string): Promise<SimpleQueryResult | SimpleQueryResult[]>;
    /** node-postgres: the server process of this connection (the embedded database has none). */
    processID?: number | null;
  };
  try {
    connection = await queryRunner.connect();
  } catch (error) {
    await queryRunner.release().catch(() => undefined);
    throw new DatabaseUnavailableError(error);
  }
  try {
    backendPid = typeof connection.processID === "number" ? connection.processID : null;
    const results = await connection.query(
      `START TRANSACTION${readOnly ? " READ ONLY" : ""}; SELECT set_config('role', '${APP_ROLE}', true), set_config('app.workspace_id', '${workspaceId ?? ""}', true), ` +
        `${requestSettingsSql("transaction", settings)}${followUp === null ? "" : `; ${followUp}`}`,
    );
    if (followUp !== null) rows = (Array.isArray(results) ? results[results.length - 1] : results).rows;
    // TypeORM did not see the transaction start through startTransaction(); tell it one is open, so that
    // commitTransaction() and rollbackTransaction() end it.
    Object.assign(queryRunner, { isTransactionActive: true, transactionDepth: 1 });
  } catch (error) {
    await queryRunner.release();
    throw error;
  }
  return { queryRunner, rows, backendPid };
}

/** What node-postgres answers per statement of a simple query. */
interface SimpleQueryResult {
  rows: Array<Record<string, unknown>>;
}

/** Whether a value is a canonical (lower-case, hyphenated) UUID, the only form ids may be written into SQL text in. */
export function isCanonicalUuid(value: string): boolean {
  return CANONICAL_UUID.test(value);
}

/**
 * A request's DataLoaders may fire in the same tick, but a transaction is one connection: its queries must run one
 * after another. node-postgres queues overlapping queries today but is dropping that; this chains them explicitly.
 */
function serializeQueries(queryRunner: QueryRunner): void {
  const query = queryRunner.query.bind(queryRunner);
  let previous: Promise<unknown> = Promise.resolve();
  queryRunner.query = ((...args: Parameters<QueryRunner["query"]>) => {
    const next = previous.then(() => query(...args));
    previous = next.catch(() => undefined);
    return next;
  }) as QueryRunner["query"];
}

/** Points the transaction's row-level security at one workspace (or at none, with `null`). */
export async function setWorkspace(manager: EntityManager, workspaceId: string | null): Promise<void> {
  await manager.query(`SELECT set_config('app.workspace_id', $1, true)`, [workspaceId ?? ""]);
}

/** Ends a request transaction: commits when asked and possible, otherwise rolls back; always releases. */
export async function endTenantTransaction(queryRunner: QueryRunner, commit: boolean): Promise<void> {
  try {
    if (queryRunner.isTransactionActive) {
      if (commit) await queryRunner.commitTransaction();
      else await queryRunner.rollbackTransaction();
    }
  } finally {
    await queryRunner.release();
  }
}

/**
 * Runs `work` in one transaction as the request role inside `workspaceId`, committing if it resolves and rolling
 * back if it throws. For work outside an HTTP request: the demo seed, scripts and tests.
 */
export async function withTenantTransaction<T>(
  dataSource: DataSource,
  workspaceId: string | null,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const queryRunner = await beginTenantTransaction(dataSource, {}, workspaceId);
  let committed = false;
  try {
    const result = await work(queryRunner.manager);
    await endTenantTransaction(queryRunner, true);
    committed = true;
    return result;
  } finally {
    if (!committed) await endTenantTransaction(queryRunner, false).catch(() => undefined);
  }
}
