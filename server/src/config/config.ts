import path from "node:path";
import { z } from "zod";

const booleanFromEnv = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_POOL_WAIT_MS: z.coerce.number().int().min(100).max(10 * 60 * 1000).default(15 * 1000),
  DATABASE_POOL_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(24 * 60 * 60 * 1000).default(10 * 60 * 1000),
  TALENTLANE_DATA_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  ALLOW_SIGNUP: booleanFromEnv.default(true),
  SEED_DEMO: booleanFromEnv.default(false),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60 * 60 * 1000).default(60 * 1000),
  MUTATION_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(24 * 60 * 60 * 1000).default(10 * 60 * 1000),
  TRUST_PROXY: booleanFromEnv.default(false),
  TALENTLANE_DIAGNOSTICS: booleanFromEnv.optional(),
  WEB_DIST_DIR: z.string().optional(),
});

/** The product's configuration, read once at startup. */
export interface AppConfig {
  environment: "development" | "production" | "test";
  isProduction: boolean;
  port: number;
  host: string;
  /** Set: use that PostgreSQL server. Unset: run the embedded PGlite in `embeddedDataDir`. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /**
   * The longest a request waits for one of the pool's connections (or for a new one to connect) before it answers
   * 503 SERVICE_UNAVAILABLE with Retry-After: under overload a client should hear "busy, retry" in seconds, not
   * wait for a queue of unknown length.
   */
  databasePoolWaitMs: number;
  /**
   * How long a pooled connection may sit unused before it is closed. A new connection costs the request that opens
   * it tens of milliseconds (a contact read 61-69 ms on a fresh connection against 13-16 on a warm one), so the
   * pool keeps its connections through the pauses between a recruiter's clicks; node-postgres's default was 10 s.
   */
  databasePoolIdleTimeoutMs: number;
  embeddedDataDir: string;
  logLevel: string;
  sessionTtlDays: number;
  allowSignUp: boolean;
  seedDemo: boolean;
  bodyLimitBytes: number;
  /**
   * The longest one SQL statement of an API query may run (lock waits included) before PostgreSQL cancels it and
   * the request fails with TIMEOUT: a request must not hold a pooled connection for as long as it likes.
   * Background work is not limited by it.
   */
  statementTimeoutMs: number;
  /**
   * The same for mutations, longer: a bulk action by filter rewrites every matching contact (tagging 300,000 of a
   * million took two minutes in the benchmark's dataset), and failing it after a minute would leave no way to do it.
   */
  mutationStatementTimeoutMs: number;
  trustProxy: boolean;
  webDistDir: string;
  /**
   * Whether responses carry `extensions.sqlStatements` (and, on request, `sqlTrace`): on by default outside
   * production; the benchmark turns it on in production mode to measure what production runs.
   */
  diagnostics: boolean;
}

/** Thrown when the environment holds values the product cannot start with; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}

const serverRoot = path.resolve(__dirname, "..", "..");

/**
 * Parses the environment (and the `--seed-demo` flag) into an {@link AppConfig}.
 * Throws {@link ConfigError} naming every bad variable, so startup stops with a list of what is wrong.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const values = parsed.data;
  return {
    environment: values.NODE_ENV,
    isProduction: values.NODE_ENV === "production",
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    databasePoolSize: values.DATABASE_POOL_SIZE,
    databasePoolWaitMs: values.DATABASE_POOL_WAIT_MS,
    databasePoolIdleTimeoutMs: values.DATABASE_POOL_IDLE_TIMEOUT_MS,
    embeddedDataDir: path.resolve(values.TALENTLANE_DATA_DIR ?? path.join(serverRoot, ".data", "pgdata")),
    logLevel: values.LOG_LEVEL,
    sessionTtlDays: values.SESSION_TTL_DAYS,
    allowSignUp: values.ALLOW_SIGNUP,
    seedDemo: values.SEED_DEMO || argv.includes("--seed-demo"),
    bodyLimitBytes: values.BODY_LIMIT_BYTES,
    statementTimeoutMs: values.STATEMENT_TIMEOUT_MS,
    mutationStatementTimeoutMs: values.MUTATION_STATEMENT_TIMEOUT_MS,
    trustProxy: values.TRUST_PROXY,
    diagnostics: values.TALENTLANE_DIAGNOSTICS ?? values.NODE_ENV !== "production",
    webDistDir: path.resolve(values.WEB_DIST_DIR ?? path.join(serverRoot, "..", "web", "dist")),
  };
}
