import "reflect-metadata";
import pino from "pino";
import { Client } from "pg";
import { migrateDatabase, openDatabase } from "../src/db/database";

/**
 * With DATABASE_URL set, builds one migrated template database that every test file clones (CREATE DATABASE ...
 * TEMPLATE is far faster than migrating per file). Without it, each file runs its own in-memory PGlite.
 */
export default async function globalSetup(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return;
  const template = `tl_test_template_${process.pid}`;
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${template}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 1, logger: pino({ level: "silent" }) });
  await migrateDatabase(database);
  await database.close();
  process.env.TALENTLANE_TEST_TEMPLATE = template;
}
