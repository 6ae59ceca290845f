import type { ApiKeyScope, UserRole } from "@talentlane/shared";
import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import type { AppConfig } from "../config/config";
import { DomainError, ErrorCode } from "../common/errors";
import type { Logger } from "../common/logger";
import type { SqlStatementStats } from "../db/sql-statement-logger";
import type { Loaders } from "./loaders";

/** Who is making the request, once a session cookie or an API key has been checked. */
export interface Viewer {
  userId: string;
  workspaceId: string;
  role: UserRole;
  authMethod: "SESSION" | "API_KEY";
  /** What the credential may do: sessions may read and write; API keys have the scopes they were given. */
  scopes: ApiKeyScope[];
  sessionId: string | null;
  apiKeyId: string | null;
}

/** What the HTTP layer knows about the request. */
export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
  cookieHeader: string | null;
  authorization: string | null;
}

/**
 * The per-request context: the request's transaction (opened by the transaction plugin before any resolver
 * runs), the viewer, per-request DataLoaders, and what the response should carry.
 */
export class RequestContext {
  queryRunner: QueryRunner | null = null;
  /** The PostgreSQL server process of the request's transaction, to cancel its statement (null: embedded database). */
  backendPid: number | null = null;
  /** Set once the client went away and the running statement is being cancelled; the transaction ends after it. */
  cancellation: Promise<void> | null = null;
  viewer: Viewer | null = null;
  /** Why a presented credential was refused; reported when an operation needs authentication. */
  authProblem: string | null = null;
  sqlStats: SqlStatementStats | null = null;
  /** Set-Cookie values, sent only if the transaction commits. */
  readonly pendingCookies: string[] = [];
  /** Writes that must survive a rollback (failed-login records), run in their own transaction afterwards. */
  readonly afterRollback: Array<(manager: EntityManager) => Promise<void>> = [];
  /** Bookkeeping run after the request, not awaited: it must not hold up the answer or other requests. */
  readonly afterCommit: Array<(dataSource: DataSource) => Promise<void>> = [];
  private loaderSet: Loaders | null = null;
  private requestLogger: Logger | null = null;

  constructor(
    readonly requestId: string,
    readonly config: AppConfig,
    private readonly baseLogger: Logger,
    readonly request: RequestInfo,
    private readonly createLoaders: (context: RequestContext) => Loaders,
  ) {}

  /** The logger, every line tagged with the request id; made on first use, as most requests log nothing. */
  get logger(): Logger {
    this.requestLogger ??= this.baseLogger.child({ requestId: this.requestId });
    return this.requestLogger;
  }

  /** The transaction's manager; every query of the request goes through it. */
  get db(): EntityManager {
    if (!this.queryRunner) throw new Error("The request transaction is not open");
    return this.queryRunner.manager;
  }

  /** The request's DataLoaders, created on first use. */
  get loaders(): Loaders {
    this.loaderSet ??= this.createLoaders(this);
    return this.loaderSet;
  }

  /** The viewer, or UNAUTHENTICATED. */
  requireViewer(): Viewer {
    if (!this.viewer) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, this.authProblem ?? "Sign in or send an API key to do this");
    }
    return this.viewer;
  }
}
