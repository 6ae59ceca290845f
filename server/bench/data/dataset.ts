import pino from "pino";
import { Client } from "pg";
import { migrateDatabase, openDatabase } from "../../src/db/database";
import { generateDataset, type GenerationReport } from "./generate";
import { GENERATOR_VERSION } from "./ids";

/** The PostgreSQL server the benchmark uses: DATABASE_URL's, or the machine's local one. */
export function serverUrl(): string {
  return process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
}

/** Each size gets a database of its own, reused across runs (a 1M dataset is generated once). */
export function benchDatabaseName(contacts: number): string {
  return `talentlane_bench_${contacts}`;
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export interface Dataset {
  contacts: number;
  database: string;
  url: string;
  /** Set when this run generated it; otherwise it was reused. */
  generation: GenerationReport | null;
  sizeBytes: number;
  rows: Record<string, number>;
}

interface Marker {
  generator: number;
  contacts: number;
  generatedAt: string;
  generation: GenerationReport;
}

const MARKER_PREFIX = "talentlane-bench ";

/**
 * Makes sure the dataset for `contacts` exists: reuses its database when a complete one made by this generator
 * version is there (the marker is the database's comment, written last), otherwise (re)creates the database, runs
 * the product's migrations and generates the data.
 */
export async function ensureDataset(contacts: number, options: { regenerate?: boolean; log: (message: string) => void }): Promise<Dataset> {
  const name = benchDatabaseName(contacts);
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    const { rows } = await admin.query(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [name]);
    const marker = readMarker(rows[0]?.comment ?? null);
    if (rows.length > 0 && marker && marker.generator === GENERATOR_VERSION && marker.contacts === contacts && !options.regenerate) {
      options.log(`reusing ${name} (generated ${marker.generatedAt})`);
      return { contacts, database: name, url: databaseUrl(name), generation: null, ...(await measure(admin, name)) };
    }
    options.log(`${rows.length > 0 ? "recreating" : "creating"} ${name}`);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }

  const url = databaseUrl(name);
  const database = await openDatabase({ databaseUrl: url, poolSize: 1, logger: pino({ level: "silent" }) });
  try {
    await migrateDatabase(database);
  } finally {
    await database.close();
  }
  const generation = await generateDataset(url, contacts, options.log);

  const done = new Client({ connectionString: serverUrl() });
  await done.connect();
  try {
    const marker: Marker = { generator: GENERATOR_VERSION, contacts, generatedAt: new Date().toISOString(), generation };
    await done.query(`COMMENT ON DATABASE ${name} IS ${quoteLiteral(MARKER_PREFIX + JSON.stringify(marker))}`);
    return { contacts, database: name, url, generation, ...(await measure(done, name)) };
  } finally {
    await done.end();
  }
}

function readMarker(comment: string | null): Marker | null {
  if (!comment?.startsWith(MARKER_PREFIX)) return null;
  try {
    return JSON.parse(comment.slice(MARKER_PREFIX.length)) as Marker;
  } catch {
    return null;
  }
}

function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The database's size and its tables' row counts (from the statistics the generator's ANALYZE left). */
async function measure(admin: Client, name: string): Promise<{ sizeBytes: number; rows: Record<string, number> }> {
  const [{ size }] = (await admin.query(`SELECT pg_database_size($1)::bigint AS size`, [name])).rows;
  const client = new Client({ connectionString: databaseUrl(name) });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT relname, greatest(reltuples, 0)::bigint AS rows FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY relname`,
    );
    return { sizeBytes: Number(size), rows: Object.fromEntries(rows.map((row: { relname: string; rows: string }) => [row.relname, Number(row.rows)])) };
  } finally {
    await client.end();
  }
}

/** Reads `--name value` / `--name=value` from argv. */
export function readOption(argv: string[], name: string): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === `--${name}`) return argv[index + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

/** Reads a contact count: digits, optionally with `_`/`,` separators or a k/m suffix (`10k`, `1m`). */
export function parseCount(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const match = /^(\d[\d_,]*)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`not a count: ${text}`);
  const base = Number(match[1].replace(/[_,]/g, ""));
  const value = match[2].toLowerCase() === "k" ? base * 1_000 : match[2].toLowerCase() === "m" ? base * 1_000_000 : base;
  if (!Number.isSafeInteger(value) || value < 100) throw new Error(`--contacts must be at least 100 (got ${text})`);
  return value;
}
