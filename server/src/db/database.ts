import fs from "node:fs";
import { DataSource } from "typeorm";
import type { Logger } from "../common/logger";
import { ENTITIES } from "./entities";
import { MIGRATIONS } from "./migrations";
import { installPgTypeParsers } from "./pg-types";
import { SqlStatementLogger } from "./sql-statement-logger";

/** Where the data lives: a PostgreSQL server, or PGlite embedded in this process. */
export type DatabaseMode = "postgres" | "embedded";

export interface Database {
  dataSource: DataSource;
  mode: DatabaseMode;
  /** Closes the pool (and the embedded database, which flushes it to disk). */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A postgres:// URL; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** The embedded database's folder; `undefined` keeps it in memory (tests). */
  embeddedDataDir?: string;
  poolSize: number;
  /** How long a caller waits for a pooled connection before the connect fails (unset: as long as it takes). */
  poolWaitMs?: number;
  /** How long a pooled connection may stay unused before it is closed (unset: node-postgres's 10 s). */
  poolIdleTimeoutMs?: number;
  logger: Logger;
}

/**
 * Opens the database the configuration names. Both modes speak through TypeORM's postgres driver and node-postgres,
 * so the same migrations and the same SQL run in each. Nothing is migrated here: call {@link migrateDatabase}.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  installPgTypeParsers();
  const common = {
    type: "postgres" as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: "schema_migration",
    synchronize: false,
    logger: new SqlStatementLogger(options.logger),
    maxQueryExecutionTime: 2_000,
  };

  if (options.databaseUrl) {
    const dataSource = new DataSource({
      ...common,
      url: options.databaseUrl,
      poolSize: options.poolSize,
      extra: {
        application_name: "talentlane",
        ...(options.poolWaitMs ? { connectionTimeoutMillis: options.poolWaitMs } : {}),
        ...(options.poolIdleTimeoutMs ? { idleTimeoutMillis: options.poolIdleTimeoutMs } : {}),
      },
    });
    await dataSource.initialize();
    return { dataSource, mode: "postgres", close: () => dataSource.destroy() };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { createPgConfig } = await import("@electric-sql/pglite/node-postgres");
  // The CommonJS build loads extensions with require (their ESM import fails under module node16).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { pg_trgm } = require("@electric-sql/pglite/contrib/pg_trgm");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { btree_gin } = require("@electric-sql/pglite/contrib/btree_gin");
  if (options.embeddedDataDir) fs.mkdirSync(options.embeddedDataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: options.embeddedDataDir,
    extensions: { pg_trgm, btree_gin },
  });
  const dataSource = new DataSource({
    ...common,
    // PGlite is one connection: the pool holds exactly it, and requests take turns.
    poolSize: 1,
    installExtensions: false,
    uuidExtension: "pgcrypto",
    extra: { ...createPgConfig(pglite), ...(options.poolWaitMs ? { connectionTimeoutMillis: options.poolWaitMs } : {}) },
  });
  await dataSource.initialize();
  return {
    dataSource,
    mode: "embedded",
    close: async () => {
      await dataSource.destroy();
      await pglite.close();
    },
  };
}

/** Runs every pending migration, each in its own transaction. */
export async function migrateDatabase(database: Database): Promise<void> {
  await database.dataSource.runMigrations({ transaction: "each" });
}
