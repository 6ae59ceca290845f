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

/** Whether the API refused a write because the record changed since it was read (`expectedVersion`). */
export function isConflictError(error: unknown): boolean {
  return readErrorCode(error) === "CONFLICT";
}

/** Whether the API said the record does not exist (or is not visible to the caller). */
export function isNotFoundError(error: unknown): boolean {
  return readErrorCode(error) === "NOT_FOUND";
}

/** The message of the first GraphQL error, meant for people (the API never puts internals in it). */
export function readErrorMessage(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return error.errors[0]?.message ?? null;
}

/** What to tell a person about a failed request: the API's message, or a plain sentence for network trouble. */
export function describeError(error: unknown, fallback = "Something went wrong. Please try again."): string {
  const message = readErrorMessage(error);
  if (message && readErrorCode(error) !== "INTERNAL_SERVER_ERROR") return message;
  if (CombinedGraphQLErrors.is(error)) return fallback;
  return "Could not reach Talentlane. Check your connection and try again.";
}

/** One offending input field of a BAD_USER_INPUT error: its path from the argument, and what is wrong. */
export interface FieldProblem {
  path: Array<string | number>;
  message: string;
}

/**
 * Every `extensions.fields` entry of the BAD_USER_INPUT (or NOT_FOUND) errors in `error`, e.g.
 * `{ path: ["input", "emails", 1, "address"], message: "is not a valid email address" }`. Malformed entries
 * are skipped; anything that is not a GraphQL error gives [].
 */
export function readFieldProblems(error: unknown): FieldProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const problems: FieldProblem[] = [];
  for (const item of error.errors) {
    const fields = item.extensions?.fields;
    if (!Array.isArray(fields)) continue;
    for (const field of fields as unknown[]) {
      if (typeof field !== "object" || field === null) continue;
      const { path, message } = field as { path?: unknown; message?: unknown };
      if (!Array.isArray(path) || typeof message !== "string") continue;
      if (!path.every((part) => typeof part === "string" || typeof part === "number")) continue;
      problems.push({ path: path as Array<string | number>, message });
    }
  }
  return problems;
}
