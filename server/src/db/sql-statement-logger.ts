import type { Logger as TypeOrmLogger, QueryRunner } from "typeorm";
import type { Logger } from "../common/logger";

/**
 * Per-request statement statistics, kept on the request's query runner (`queryRunner.data.sqlStats`).
 * Only statements issued while `counting` is on are counted: the resolvers' own work, not the transaction's
 * BEGIN/SET/COMMIT or the session lookup.
 */
export interface SqlStatementStats {
  counting: boolean;
  count: number;
  /** When tracing: each counted statement with its parameters (the benchmark replays them against its floor). */
  trace: Array<{ sql: string; params: unknown[] }> | null;
}

/** Creates empty statement statistics for a request; `trace` keeps the statements themselves too. */
export function createSqlStatementStats(trace = false): SqlStatementStats {
  return { counting: false, count: 0, trace: trace ? [] : null };
}

/** Reads the statistics attached to a query runner, if any. */
export function statsOf(queryRunner: QueryRunner | undefined): SqlStatementStats | undefined {
  return (queryRunner?.data as { sqlStats?: SqlStatementStats } | undefined)?.sqlStats;
}

/**
 * TypeORM logger that counts each request's SQL statements (the API's statement budget is tested with it) and
 * sends failures and slow queries to the product's logger.
 */
export class SqlStatementLogger implements TypeOrmLogger {
  constructor(private readonly logger: Logger) {}

  logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    const stats = statsOf(queryRunner);
    if (stats?.counting) {
      stats.count += 1;
      if (stats.trace && stats.trace.length < 100) stats.trace.push({ sql: query, params: parameters ?? [] });
    }
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    this.logger.debug({ err: error, query }, "query failed");
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ durationMs: time, query }, "slow query");
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") this.logger.warn({ message }, "database");
    else this.logger.debug({ message }, "database");
  }
}
