import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { parse as parseUuid, stringify as stringifyUuid } from "uuid";

/**
 * Bearer secrets for sessions and API keys: `<prefix>` + base64url(workspace id, record id, 32 random bytes).
 * Carrying the workspace and record ids lets the server open the request in the right workspace and find the
 * record by primary key under row-level security; only the SHA-256 of the random part is stored.
 */
export const SESSION_TOKEN_PREFIX = "tls_";
export const API_KEY_TOKEN_PREFIX = "tlk_";

const SECRET_BYTES = 32;
const TOKEN_BYTES = 16 + 16 + SECRET_BYTES;

export interface IssuedToken {
  token: string;
  secretHash: Buffer;
}

export interface ParsedToken {
  workspaceId: string;
  recordId: string;
  secret: Buffer;
}

/** Issues a new token for a record of a workspace. */
export function issueToken(prefix: string, workspaceId: string, recordId: string): IssuedToken {
  const secret = randomBytes(SECRET_BYTES);
  const payload = Buffer.concat([Buffer.from(parseUuid(workspaceId)), Buffer.from(parseUuid(recordId)), secret]);
  return { token: `${prefix}${payload.toString("base64url")}`, secretHash: hashSecret(secret) };
}

/** Reads a token; null when it is not one of ours. */
export function parseToken(prefix: string, token: string): ParsedToken | null {
  if (!token.startsWith(prefix) || token.length > 200) return null;
  const payload = Buffer.from(token.slice(prefix.length), "base64url");
  if (payload.length !== TOKEN_BYTES) return null;
  return {
    workspaceId: stringifyUuid(payload.subarray(0, 16)),
    recordId: stringifyUuid(payload.subarray(16, 32)),
    secret: payload.subarray(32),
  };
}

/** SHA-256 of a token's secret: the secret is random and long, so a slow hash adds nothing. */
export function hashSecret(secret: Buffer): Buffer {
  return createHash("sha256").update(secret).digest();
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(secret: Buffer, storedHash: Buffer): boolean {
  const presented = hashSecret(secret);
  return presented.length === storedHash.length && timingSafeEqual(presented, storedHash);
}
