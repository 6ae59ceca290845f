import { badInput, notFound } from "../../common/errors";
import { fromGlobalId } from "../../common/global-id";
import { newId } from "../../common/ids";
import { toGlobalId } from "../../common/global-id";
import type { RequestContext } from "../../graphql/context";
import { API_KEY_TOKEN_PREFIX, issueToken } from "../auth/tokens";
import { ApiKeyEntity } from "./api-key.entity";
import type { CreateApiKeyInput } from "./api-key.inputs";
import { ApiKeyType } from "./api-key.type";

/** Maps a key to its GraphQL type; the hash never leaves the service. */
export function toApiKeyType(entity: ApiKeyEntity): ApiKeyType {
  return Object.assign(new ApiKeyType(), {
    id: toGlobalId("ApiKey", entity.id),
    rawId: entity.id,
    createdByRawId: entity.createdById,
    name: entity.name,
    scopes: entity.scopes,
    hint: `…${entity.tokenHint}`,
    createdAt: entity.createdAt,
    lastUsedAt: entity.lastUsedAt,
    expiresAt: entity.expiresAt,
    revokedAt: entity.revokedAt,
  });
}

/** The workspace's API keys, newest first. */
export async function listApiKeys(context: RequestContext): Promise<ApiKeyType[]> {
  const viewer = context.requireViewer();
  const keys = await context.db.find(ApiKeyEntity, { where: { workspaceId: viewer.workspaceId }, order: { createdAt: "DESC" } });
  return keys.map(toApiKeyType);
}

/**
 * Creates a key acting as the viewer with the given scopes (WRITE implies READ). The secret is returned once, here;
 * only its hash is stored.
 */
export async function createApiKey(context: RequestContext, input: CreateApiKeyInput): Promise<{ apiKey: ApiKeyType; secret: string }> {
  const viewer = context.requireViewer();
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw badInput(["input", "expiresAt"], "must be in the future");
  const scopes = input.scopes.includes("WRITE") ? (["READ", "WRITE"] as const) : (["READ"] as const);
  const id = newId();
  const { token, secretHash } = issueToken(API_KEY_TOKEN_PREFIX, viewer.workspaceId, id);
  await context.db.insert(ApiKeyEntity, {
    workspaceId: viewer.workspaceId,
    id,
    name: input.name.trim(),
    scopes: [...scopes],
    tokenHash: secretHash,
    tokenHint: token.slice(-6),
    createdById: viewer.userId,
    lastUsedAt: null,
    expiresAt: input.expiresAt ?? null,
    revokedAt: null,
  });
  const created = await context.db.findOneByOrFail(ApiKeyEntity, { workspaceId: viewer.workspaceId, id });
  return { apiKey: toApiKeyType(created), secret: token };
}

/** Revokes a key; it stops working with the next request. Revoking twice keeps the first time. */
export async function revokeApiKey(context: RequestContext, globalId: string): Promise<ApiKeyType> {
  const viewer = context.requireViewer();
  const id = fromGlobalId(globalId, "ApiKey", ["input", "id"]);
  const key = await context.db.findOneBy(ApiKeyEntity, { workspaceId: viewer.workspaceId, id });
  if (!key) throw notFound(["input", "id"], "API key");
  if (!key.revokedAt) {
    key.revokedAt = new Date();
    await context.db.update(ApiKeyEntity, { workspaceId: viewer.workspaceId, id }, { revokedAt: key.revokedAt });
  }
  return toApiKeyType(key);
}
