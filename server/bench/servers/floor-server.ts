/**
 * The floor: a bare `node:http` server that answers each benchmark request by running exactly the SQL the product
 * ran for it (captured from the product's statement trace) through a `pg` Pool, then writing the product's own
 * response bytes. It is what the same reads cost without GraphQL, the ORM and the per-request transaction.
 *
 * - Same SQL text and parameters, in the same order, one after another on one pooled connection (the product runs
 *   a request's statements serially on its transaction's connection too), with the product's pg type parsers.
 * - Pool connections run as the product's request role with the workspace and the product's request settings
 *   (work_mem, jit) set for the session (`SET ROLE talentlane_app`, `set_config('app.workspace_id', <id>, false)`,
 *   `requestSettingsSql("session")` on connect), so row-level security and therefore the query plans are identical;
 *   reads run without an explicit transaction.
 * - The answer is the product's recorded response body (same bytes), written after the SQL has run: serialising
 *   is part of what the ratio measures, so the floor pays none of it.
 * - A card move is a write whose statements depend on the card's state: the floor replays the product's traced
 *   move with the card, target stage, new rank, version, ids and timestamps substituted, inside BEGIN/COMMIT (row
 *   locks mean nothing outside a transaction).
 *
 * Run as a child process of the benchmark (IPC messages configure it); see floor.ts for the parent side.
 */
import http from "node:http";
import { Pool, type PoolClient } from "pg";
import { v7 as uuidv7 } from "uuid";
import { rankBetween } from "@talentlane/shared";
import { installPgTypeParsers } from "../../src/db/pg-types";
import { requestSettingsSql } from "../../src/db/tenant-transaction";
import type { FloorRoute, MoveTemplate, TracedStatement } from "./floor-protocol";

installPgTypeParsers();

let pool: Pool | null = null;
const routes = new Map<string, { statements: TracedStatement[]; response: Buffer }>();
let move: MoveTemplate | null = null;
let statementsSent = 0;

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    answer(Buffer.concat(chunks).toString("utf8")).then(
      (bytes) => {
        response.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": bytes.length });
        response.end(bytes);
      },
      (error: Error) => {
        const bytes = Buffer.from(JSON.stringify({ errors: [{ message: `floor: ${error.message}` }] }));
        response.writeHead(500, { "content-type": "application/json; charset=utf-8", "content-length": bytes.length });
        response.end(bytes);
      },
    );
  });
});

async function answer(body: string): Promise<Buffer> {
  const route = routes.get(body);
  if (route) {
    if (route.statements.length > 0) {
      const client = await pool!.connect();
      try {
        for (const statement of route.statements) await client.query(statement.sql, statement.params);
      } finally {
        client.release();
      }
      statementsSent += route.statements.length;
    }
    return route.response;
  }
  if (move) return runMove(move, body);
  throw new Error("no route for this request body");
}

/** Replaces recorded values by the ones of this request (recursively, in arrays). */
function substitute(value: unknown, replacements: Map<unknown, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => substitute(item, replacements));
  return replacements.has(value) ? replacements.get(value) : value;
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

async function runMove(template: MoveTemplate, body: string): Promise<Buffer> {
  const { variables } = JSON.parse(body) as { variables: { input: { id: string; toStageId: string } } };
  const applicationId = decodeGlobalId(variables.input.id);
  const toStageId = decodeGlobalId(variables.input.toStageId);
  const reference = template.reference;
  const now = new Date().toISOString();
  const replacements = new Map<unknown, unknown>([
    [reference.applicationId, applicationId],
    [reference.toStageId, toStageId],
    [reference.transitionId, uuidv7()],
  ]);
  for (const timestamp of reference.timestamps) replacements.set(timestamp, now);
  const client = await pool!.connect();
  let open = false;
  try {
    await client.query("BEGIN");
    open = true;
    for (const statement of template.statements) {
      let params = substitute(statement.params, replacements) as unknown[];
      if (statement.role === "update") params = params.map((value) => (value === reference.version ? replacements.get("version") : value));
      const result = await client.query(statement.sql, params);
      if (statement.role === "load") replacements.set(reference.fromStageId, result.rows[0]?.stage_id);
      if (statement.role === "lock") replacements.set("version", Number(result.rows[0]?.[template.versionColumn]) + 1);
      if (statement.role === "last-rank") replacements.set(reference.rank, rankBetween(result.rows[0]?.rank ?? null, null));
    }
    await client.query("COMMIT");
    open = false;
    statementsSent += template.statements.length + 2;
  } finally {
    if (open) await client.query("ROLLBACK").catch(() => undefined);
    client.release();
  }
  return Buffer.from(template.response);
}

function decodeGlobalId(globalId: string): string {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  return decoded.slice(decoded.indexOf(":") + 1);
}

type Message =
  | { id: number; type: "start"; databaseUrl: string; workspaceId: string; poolSize: number; idleTimeoutMs: number; port: number }
  | { id: number; type: "routes"; routes: FloorRoute[] }
  | { id: number; type: "move"; template: MoveTemplate | null }
  | { id: number; type: "statements?" };

process.on("message", (message: Message) => {
  handle(message).then(
    (result) => process.send!({ id: message.id, ...result }),
    (error: Error) => process.send!({ id: message.id, error: error.message }),
  );
});

async function handle(message: Message): Promise<Record<string, unknown>> {
  switch (message.type) {
    case "start": {
      pool = new Pool({
        connectionString: message.databaseUrl,
        max: message.poolSize,
        idleTimeoutMillis: message.idleTimeoutMs,
        application_name: "talentlane-floor",
      });
      pool.on("connect", (client: PoolClient) => {
        // Queued before any other query on this connection, so every statement runs under the role and workspace.
        void client.query(
          `SET ROLE talentlane_app; SELECT set_config('app.workspace_id', '${message.workspaceId.replace(/'/g, "")}', false), ` +
            requestSettingsSql("session"),
        );
      });
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(message.port, "127.0.0.1", () => resolve());
      });
      return { port: message.port };
    }
    case "routes":
      routes.clear();
      for (const route of message.routes) routes.set(route.body, { statements: route.statements, response: Buffer.from(route.response) });
      return { routes: routes.size };
    case "move":
      move = message.template;
      return {};
    case "statements?":
      return { statements: statementsSent };
  }
}

// Never outlive the benchmark that started it.
process.on("disconnect", () => process.exit(0));

process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  void (pool?.end() ?? Promise.resolve()).finally(() => process.exit(0));
});
