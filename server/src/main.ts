import "reflect-metadata";
import { createServer } from "node:http";
import { ConfigError, loadConfig } from "./config/config";
import { createLogger } from "./common/logger";
import { migrateDatabase, openDatabase } from "./db/database";
import { findLeakyFilterFunctions } from "./db/filter-operator-functions";
import { seedDemoWorkspace } from "./db/seed/demo-seed";
import { createHttpApp } from "./graphql/http-app";
import { buildApiSchema } from "./graphql/schema";

/** Bootstrap: config -> database (migrated) -> demo data if asked -> schema -> HTTP server. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    embeddedDataDir: config.embeddedDataDir,
    poolSize: config.databasePoolSize,
    poolWaitMs: config.databasePoolWaitMs,
    poolIdleTimeoutMs: config.databasePoolIdleTimeoutMs,
    logger,
  });
  logger.info(
    database.mode === "embedded" ? { dataDir: config.embeddedDataDir } : { database: "postgres" },
    `using the ${database.mode === "embedded" ? "embedded PGlite" : "PostgreSQL"} database`,
  );
  await migrateDatabase(database);
  const leaky = await findLeakyFilterFunctions(database.dataSource);
  if (leaky.length > 0) {
    logger.warn(
      { functions: leaky },
      "these functions are not LEAKPROOF, so filters on them scan rows instead of using indexes under row-level security; run the migrations once as a superuser to fix it",
    );
  }
  if (config.seedDemo) await seedDemoWorkspace(database.dataSource, logger);

  const schema = await buildApiSchema();
  const { listener } = createHttpApp({ config, logger, dataSource: database.dataSource, schema });
  const server = createServer(listener);
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    logger.info({ port }, `Talentlane is running at http://localhost:${port}/ (GraphQL API at http://localhost:${port}/graphql)`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    // Finish requests in flight, but do not wait for idle keep-alive connections to time out.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    server.closeAllConnections();
    await database.close().catch((error) => logger.error({ err: error }, "closing the database failed"));
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  process.stderr.write(`Talentlane failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
