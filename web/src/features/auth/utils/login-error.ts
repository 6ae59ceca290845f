import { readErrorCode, readErrorMessage } from "../../../lib/graphql-errors";

/** Codes whose API message is written for the person signing in ("The email or password is incorrect"). */
const CODES_WITH_USER_MESSAGES = new Set(["UNAUTHENTICATED", "RATE_LIMITED", "BAD_USER_INPUT"]);

/**
 * What to tell someone whose sign-in failed: the API's own message for wrong credentials, too many tries or
 * bad input; otherwise a plain sentence (the API hides internal errors, and network errors are not for
 * people to read).
 */
export function describeLoginError(error: unknown): string {
  const code = readErrorCode(error);
  const message = readErrorMessage(error);
  if (code && CODES_WITH_USER_MESSAGES.has(code) && message) return message;
  if (code) return "Signing in failed. Please try again.";
  return "Could not reach Talentlane. Check your connection and try again.";
}
