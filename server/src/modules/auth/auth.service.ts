import type { EntityManager } from "typeorm";
import { DomainError, ErrorCode, FieldProblems } from "../../common/errors";
import { newId } from "../../common/ids";
import { normalizeEmail } from "../../common/normalize/email";
import { isCanonicalUuid, setWorkspace, withTenantTransaction } from "../../db/tenant-transaction";
import type { RequestContext, RequestInfo, Viewer } from "../../graphql/context";
import { createDefaultCustomFields } from "../custom-fields/default-custom-fields";
import { createDefaultPipelineTemplate } from "../pipelines/default-pipeline";
import { UserEntity } from "../users/user.entity";
import { assertEmailUnregistered } from "../users/email-registry";
import { WorkspaceEntity } from "../workspaces/workspace.entity";
import { checkNewPassword, hashPassword, passwordMatches, spendPasswordCheck } from "./passwords";
import { readSessionCookie, sessionCookie } from "./session-cookie";
import { SessionEntity } from "./session.entity";
import { API_KEY_TOKEN_PREFIX, issueToken, parseToken, SESSION_TOKEN_PREFIX, secretMatches, type ParsedToken } from "./tokens";

const LOGIN_FAILURES_ALLOWED = 10;
const LOGIN_FAILURE_WINDOW_MINUTES = 15;
const SESSION_TOUCH_INTERVAL_MS = 5 * 60 * 1000;
const API_KEY_TOUCH_INTERVAL_MS = 60 * 1000;

export interface SignUpRequest {
  workspaceName: string;
  name: string;
  email: string;
  password: string;
}

/** The user and workspace a successful sign-in or sign-up opened a session for. */
export interface SignedIn {
  userId: string;
  workspaceId: string;
}

/** A credential the request presents, read without the database. `token` is null when it is malformed. */
export interface PresentedCredential {
  kind: "API_KEY" | "SESSION";
  token: ParsedToken | null;
}

/**
 * Reads the credential a request presents: an `Authorization: Bearer` API key, else the session cookie. Tokens
 * carry their workspace, so the request transaction can start in it (see resolveViewer).
 */
export function readPresentedCredential(request: RequestInfo): PresentedCredential | null {
  if (request.authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(request.authorization.trim());
    return { kind: "API_KEY", token: match ? parseToken(API_KEY_TOKEN_PREFIX, match[1]) : null };
  }
  const sessionToken = readSessionCookie(request.cookieHeader);
  return sessionToken ? { kind: "SESSION", token: parseToken(SESSION_TOKEN_PREFIX, sessionToken) } : null;
}

/**
 * Checks the presented credential inside the request transaction, which was opened in the credential's workspace,
 * and sets the viewer. A credential that does not check out points the transaction at no workspace and leaves the
 * request unauthenticated, with a reason for the error an operation needing a viewer will give.
 */
export async function resolveViewer(
  context: RequestContext,
  credential: PresentedCredential | null,
  lookedUp: Array<Record<string, unknown>> | null = null,
): Promise<void> {
  if (!credential) return;
  const viewer = credential.token
    ? credential.kind === "API_KEY"
      ? viewerFromApiKey(context, credential.token, (lookedUp ?? (await context.db.query(API_KEY_LOOKUP, [credential.token.workspaceId, credential.token.recordId]))) as ApiKeyRow[])
      : viewerFromSession(context, credential.token, (lookedUp ?? (await context.db.query(SESSION_LOOKUP, [credential.token.workspaceId, credential.token.recordId]))) as SessionRow[])
    : null;
  context.viewer = viewer;
  if (viewer) return;
  if (credential.token) await setWorkspace(context.db, null);
  if (credential.kind === "API_KEY") {
    context.authProblem = "The API key is invalid, expired or revoked";
  } else {
    context.authProblem = "Your session has ended; sign in again";
    context.pendingCookies.push(sessionCookie(null, cookieOptions(context)));
  }
}

/**
 * An API key's record as the credential check reads it ($1 the workspace, $2 the key's id). The check is a function
 * (migration CredentialLookupFunctions) so that its plan is kept per connection rather than made on every request.
 */
const API_KEY_LOOKUP = `SELECT token_hash, scopes, last_used_at, user_id, role FROM request_api_key_credential($1, $2)`;
type ApiKeyRow = { token_hash: Buffer; scopes: Viewer["scopes"]; last_used_at: Date | null; user_id: string; role: Viewer["role"] };

/** A session's record as the credential check reads it ($1 the workspace, $2 the session's id). */
const SESSION_LOOKUP = `SELECT token_hash, last_seen_at, user_id, role FROM request_session_credential($1, $2)`;
type SessionRow = { token_hash: Buffer; last_seen_at: Date; user_id: string; role: Viewer["role"] };

/**
 * The statement that reads a presented credential's record, with its ids written in as literals, for the request
 * transaction's opening round trip (beginTenantTransactionWith); null when there is nothing to look up. The ids come
 * from the token's bytes as canonical UUIDs, and are checked to be exactly that before they go into the text.
 */
export function credentialLookupStatement(credential: PresentedCredential | null): string | null {
  const token = credential?.token;
  if (!token || !isCanonicalUuid(token.workspaceId) || !isCanonicalUuid(token.recordId)) return null;
  const lookup = credential.kind === "API_KEY" ? API_KEY_LOOKUP : SESSION_LOOKUP;
  return lookup.replace("$1", `'${token.workspaceId}'::uuid`).replace("$2", `'${token.recordId}'::uuid`);
}

function viewerFromApiKey(context: RequestContext, parsed: ParsedToken, [row]: ApiKeyRow[]): Viewer | null {
  if (!row || !secretMatches(parsed.secret, row.token_hash)) return null;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > API_KEY_TOUCH_INTERVAL_MS) {
    // Not in the request's transaction: concurrent requests with one key would queue on the row's lock.
    context.afterCommit.push((dataSource) =>
      withTenantTransaction(dataSource, parsed.workspaceId, (manager) =>
        manager.query(
          `UPDATE api_key SET last_used_at = now()
            WHERE workspace_id = $1 AND id = $2 AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $3))`,
          [parsed.workspaceId, parsed.recordId, API_KEY_TOUCH_INTERVAL_MS / 1000],
        ),
      ),
    );
  }
  return {
    userId: row.user_id,
    workspaceId: parsed.workspaceId,
    role: row.role,
    authMethod: "API_KEY",
    scopes: row.scopes,
    sessionId: null,
    apiKeyId: parsed.recordId,
  };
}

function viewerFromSession(context: RequestContext, parsed: ParsedToken, [row]: SessionRow[]): Viewer | null {
  if (!row || !secretMatches(parsed.secret, row.token_hash)) return null;
  // Sliding expiry, written at most every few minutes and outside the request's transaction, so reads stay reads
  // and concurrent requests of one session never queue on the row.
  if (Date.now() - row.last_seen_at.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    const ttlDays = context.config.sessionTtlDays;
    context.afterCommit.push((dataSource) =>
      withTenantTransaction(dataSource, parsed.workspaceId, (manager) =>
        manager.query(
          `UPDATE session SET last_seen_at = now(), expires_at = now() + make_interval(days => $3)
            WHERE workspace_id = $1 AND id = $2 AND revoked_at IS NULL AND last_seen_at < now() - make_interval(secs => $4)`,
          [parsed.workspaceId, parsed.recordId, ttlDays, SESSION_TOUCH_INTERVAL_MS / 1000],
        ),
      ),
    );
  }
  return {
    userId: row.user_id,
    workspaceId: parsed.workspaceId,
    role: row.role,
    authMethod: "SESSION",
    scopes: ["READ", "WRITE"],
    sessionId: parsed.recordId,
    apiKeyId: null,
  };
}

/**
 * Creates a workspace with its first ADMIN and the default custom fields, and signs that admin in.
 * The email must not be registered in any workspace: sign-in finds users by email alone.
 */
export async function signUp(context: RequestContext, request: SignUpRequest): Promise<SignedIn> {
  if (!context.config.allowSignUp) {
    throw new DomainError(ErrorCode.FORBIDDEN, "Sign-up is turned off on this server; ask an admin to add you");
  }
  const problems = new FieldProblems();
  const email = normalizeEmail(request.email);
  if (!email) problems.add(["input", "email"], "is not a valid email address");
  if (request.workspaceName.trim().length === 0) problems.add(["input", "workspaceName"], "must not be empty");
  if (request.name.trim().length === 0) problems.add(["input", "name"], "must not be empty");
  checkNewPassword(request.password, ["input", "password"], problems);
  problems.throwIfAny();

  const db = context.db;
  await assertEmailUnregistered(db, email!, ["input", "email"]);
  const workspaceId = newId();
  const userId = newId();
  await setWorkspace(db, workspaceId);
  const now = new Date();
  await db.insert(WorkspaceEntity, { id: workspaceId, name: request.workspaceName.trim(), settings: {}, updatedAt: now });
  await db.insert(UserEntity, {
    workspaceId,
    id: userId,
    email: email!,
    name: request.name.trim(),
    role: "ADMIN",
    passwordHash: await hashPassword(request.password),
    isActive: true,
    lastLoginAt: now,
    updatedAt: now,
  });
  await createDefaultCustomFields(db, workspaceId);
  await createDefaultPipelineTemplate(db, workspaceId);
  await openSession(context, workspaceId, userId);
  return { userId, workspaceId };
}

/**
 * Signs in with email and password and sets the session cookie. Wrong credentials are UNAUTHENTICATED with one
 * message for both cases; after 10 failures for an email in 15 minutes further tries are RATE_LIMITED.
 */
export async function login(context: RequestContext, rawEmail: string, password: string): Promise<SignedIn> {
  const db = context.db;
  const email = normalizeEmail(rawEmail) ?? rawEmail.trim().toLowerCase();
  const [{ failures }] = (await db.query(
    `SELECT count(*) AS failures FROM login_attempt
      WHERE email = $1 AND attempted_at > now() - make_interval(mins => $2)`,
    [email, LOGIN_FAILURE_WINDOW_MINUTES],
  )) as Array<{ failures: number }>;
  if (failures >= LOGIN_FAILURES_ALLOWED) {
    throw new DomainError(ErrorCode.RATE_LIMITED, "Too many failed sign-in attempts; wait 15 minutes and try again", {
      retryAfterSeconds: LOGIN_FAILURE_WINDOW_MINUTES * 60,
    });
  }

  await db.query(`SELECT set_config('app.login_email', $1, true)`, [email]);
  const users = (await db.query(
    `SELECT workspace_id, id, password_hash FROM app_user WHERE email = $1 AND is_active`,
    [email],
  )) as Array<{ workspace_id: string; id: string; password_hash: string }>;
  await db.query(`SELECT set_config('app.login_email', '', true)`);

  let matched: (typeof users)[number] | null = null;
  if (users.length === 0) await spendPasswordCheck(password);
  for (const user of users) {
    if (await passwordMatches(user.password_hash, password)) {
      matched = user;
      break;
    }
  }
  if (!matched) {
    const ip = context.request.ip;
    context.afterRollback.push(async (manager) => {
      await manager.query(`INSERT INTO login_attempt (email, ip) VALUES ($1, $2)`, [email, ip]);
    });
    throw new DomainError(ErrorCode.UNAUTHENTICATED, "The email or password is incorrect");
  }

  await setWorkspace(db, matched.workspace_id);
  await db.query(`DELETE FROM login_attempt WHERE email = $1`, [email]);
  await db.update(UserEntity, { workspaceId: matched.workspace_id, id: matched.id }, { lastLoginAt: new Date() });
  await openSession(context, matched.workspace_id, matched.id);
  return { userId: matched.id, workspaceId: matched.workspace_id };
}

/** Ends the caller's session (revoked in the database, cookie cleared). API keys are revoked with revokeApiKey. */
export async function logout(context: RequestContext): Promise<void> {
  const viewer = context.requireViewer();
  if (viewer.sessionId) {
    await context.db.update(SessionEntity, { workspaceId: viewer.workspaceId, id: viewer.sessionId }, { revokedAt: new Date() });
  }
  context.pendingCookies.push(sessionCookie(null, cookieOptions(context)));
}

/** Changes the caller's password after checking the current one, and signs out every other session. */
export async function changePassword(context: RequestContext, currentPassword: string, newPassword: string): Promise<void> {
  const viewer = context.requireViewer();
  const db = context.db;
  const user = await db.findOneByOrFail(UserEntity, { workspaceId: viewer.workspaceId, id: viewer.userId });
  if (!(await passwordMatches(user.passwordHash, currentPassword))) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "input.currentPassword: is incorrect", {
      fields: [{ path: ["input", "currentPassword"], message: "is incorrect" }],
    });
  }
  const problems = new FieldProblems();
  checkNewPassword(newPassword, ["input", "newPassword"], problems);
  problems.throwIfAny();
  await db.update(UserEntity, { workspaceId: viewer.workspaceId, id: viewer.userId }, {
    passwordHash: await hashPassword(newPassword),
    updatedAt: new Date(),
  });
  await db.query(
    `UPDATE session SET revoked_at = now()
      WHERE workspace_id = $1 AND user_id = $2 AND revoked_at IS NULL AND id IS DISTINCT FROM $3`,
    [viewer.workspaceId, viewer.userId, viewer.sessionId],
  );
}

async function openSession(context: RequestContext, workspaceId: string, userId: string): Promise<void> {
  const sessionId = newId();
  const { token, secretHash } = issueToken(SESSION_TOKEN_PREFIX, workspaceId, sessionId);
  const ttlMs = context.config.sessionTtlDays * 24 * 60 * 60 * 1000;
  await context.db.insert(SessionEntity, {
    workspaceId,
    id: sessionId,
    userId,
    tokenHash: secretHash,
    ip: context.request.ip,
    userAgent: context.request.userAgent?.slice(0, 500) ?? null,
    lastSeenAt: new Date(),
    expiresAt: new Date(Date.now() + ttlMs),
    revokedAt: null,
  });
  context.pendingCookies.push(sessionCookie(token, cookieOptions(context)));
}

function cookieOptions(context: RequestContext): { maxAgeSeconds: number; secure: boolean } {
  return { maxAgeSeconds: context.config.sessionTtlDays * 24 * 60 * 60, secure: context.config.isProduction };
}

