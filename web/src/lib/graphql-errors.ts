import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";

/**
 * The `extensions.code` of the first GraphQL error in `error`, or null for a network problem, a server
 * answer without GraphQL errors, or no error at all.
 */
export function readErrorCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors.find((item) => typeof item.extensions?.code === "string")?.extensions?.code;
  return typeof code === "string" ? code : null;
}

/** Whether the API said the caller is not signed in (no session, or an expired or revoked one). */
export function isUnauthenticatedError(error: unknown): boolean {
  if (readErrorCode(error) === "UNAUTHENTICATED") return true;
  return ServerError.is(error) && error.statusCode === 401;
}

/** The message of the first GraphQL error, meant for people (the API never puts internals in it). */
export function readErrorMessage(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return error.errors[0]?.message ?? null;
}
