import { hash, verify } from "@node-rs/argon2";
import { LIMITS } from "@talentlane/shared";
import type { FieldPath, FieldProblems } from "../../common/errors";

/** Hashes a password with argon2id (the library's defaults follow OWASP's recommendation). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Whether a password matches a stored argon2 hash; false for a malformed hash. */
export async function passwordMatches(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// Verified against when no user matched, so a wrong email costs as long as a wrong password.
let decoyHash: Promise<string> | null = null;

/** Spends the time of one password check, for logins whose email matched nobody. */
export async function spendPasswordCheck(password: string): Promise<void> {
  decoyHash ??= hash("talentlane-decoy-password");
  await passwordMatches(await decoyHash, password);
}

/** Checks a new password's length, adding a problem at `path` when it is too short or too long. */
export function checkNewPassword(password: string, path: FieldPath, problems: FieldProblems): void {
  if (password.length < LIMITS.passwordMinLength) {
    problems.add(path, `must be at least ${LIMITS.passwordMinLength} characters`);
  } else if (password.length > LIMITS.passwordMaxLength) {
    problems.add(path, `must be at most ${LIMITS.passwordMaxLength} characters`);
  }
}
