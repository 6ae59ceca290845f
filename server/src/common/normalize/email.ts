import { LIMITS } from "@talentlane/shared";

// A pragmatic address check (RFC 5321 sizes, one @, a dotted domain, no spaces); deliverability is not ours to judge.
const EMAIL_PATTERN = /^[^\s@"(),:;<>[\\\]]+@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Trims and lower-cases an email address; returns null when it is not a plausible address. */
export function normalizeEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  if (email.length === 0 || email.length > LIMITS.emailMaxLength) return null;
  const [local] = email.split("@");
  if (!local || local.length > 64) return null;
  return EMAIL_PATTERN.test(email) ? email : null;
}
