import { randomBytes } from "node:crypto";
import pino from "pino";
import { Client } from "pg";
import { migrateDatabase, openDatabase, type Database } from "../src/db/database";

/** A migrated database of a test file's own, and how to get rid of it. */
export interface TestDatabase {
  database: Database;
  /** A connection string for it (real PostgreSQL only). */
  url: string | null;
  drop(): Promise<void>;
}

/**
 * Gives a test file a fresh, migrated database: a clone of the template on the PostgreSQL named by DATABASE_URL,
 * or an in-memory PGlite when it is unset (or when `embedded` is forced).
 */
export async function createTestDatabase(
  options: { embedded?: boolean; poolSize?: number; poolWaitMs?: number; poolIdleTimeoutMs?: number } = {},
): Promise<TestDatabase> {
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const databaseUrl = process.env.DATABASE_URL;
  const template = process.env.TALENTLANE_TEST_TEMPLATE;
  if (!databaseUrl || !template || options.embedded) {
    const database = await openDatabase({ poolSize: 1, poolWaitMs: options.poolWaitMs, logger });
    await migrateDatabase(database);
    return { database, url: null, drop: () => database.close() };
  }
  const name = `${template.replace("template", "db")}_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({
    databaseUrl: url.toString(),
    poolSize: options.poolSize ?? 10,
    poolWaitMs: options.poolWaitMs,
    poolIdleTimeoutMs: options.poolIdleTimeoutMs,
    logger,
  });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      const cleaner = new Client({ connectionString: databaseUrl });
      await cleaner.connect();
      try {
        await cleaner.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleaner.end();
      }
    },
  };
}
