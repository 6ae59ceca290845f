import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import pino from "pino";
import { loadConfig, type AppConfig } from "../src/config/config";
import { createHttpApp } from "../src/graphql/http-app";
import { buildApiSchema } from "../src/graphql/schema";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { GraphQLTestClient } from "./graphql-client";

/** The product's HTTP server on a random port over a fresh database, as a test file sees it. */
export interface TestServer {
  url: string;
  graphqlUrl: string;
  db: TestDatabase;
  config: AppConfig;
  /** A client with no credentials (its own cookie jar). */
  client(): GraphQLTestClient;
  close(): Promise<void>;
}

/**
 * Starts the real server (same app, schema, transaction plugin and limits as production) on a fresh database.
 * `environment` overrides configuration, e.g. `{ NODE_ENV: "production" }`.
 */
export async function startTestServer(options: { embedded?: boolean; environment?: Record<string, string> } = {}): Promise<TestServer> {
  const environment = { NODE_ENV: "test", LOG_LEVEL: "silent", WEB_DIST_DIR: "/nonexistent", ...options.environment };
  // The pool is sized and bounded as the configuration says, as main.ts opens it.
  const poolSettings = loadConfig(environment, []);
  const db = await createTestDatabase({
    embedded: options.embedded,
    poolSize: poolSettings.databasePoolSize,
    poolWaitMs: poolSettings.databasePoolWaitMs,
    poolIdleTimeoutMs: poolSettings.databasePoolIdleTimeoutMs,
  });
  // The configuration names the database the server runs on, as in production (the embedded one has no URL).
  const config = loadConfig({ ...environment, ...(db.url && !options.environment?.DATABASE_URL ? { DATABASE_URL: db.url } : {}) }, []);
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const schema = await buildApiSchema();
  const { listener } = createHttpApp({ config, logger, dataSource: db.database.dataSource, schema });
  const server: Server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    db,
    config,
    client: () => new GraphQLTestClient(`${url}/graphql`),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.drop();
    },
  };
}

/**
 * Runs `work` while another transaction holds the lock `lockStatement` takes (e.g. `SELECT ... FOR UPDATE`, `LOCK
 * TABLE`), as a long edit or a migration would: what the API does meanwhile has to wait for it. The lock is released
 * (rolled back) when `work` ends, whether or not it succeeded.
 */
export async function whileLocked<T>(server: TestServer, lockStatement: string, params: unknown[], work: () => Promise<T>): Promise<T> {
  const blocker = server.db.database.dataSource.createQueryRunner();
  await blocker.connect();
  await blocker.startTransaction();
  try {
    await blocker.query(lockStatement, params);
    return await work();
  } finally {
    await blocker.rollbackTransaction();
    await blocker.release();
  }
}
