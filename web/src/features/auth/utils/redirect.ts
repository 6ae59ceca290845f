/** Where to go after signing in when nothing else was asked for. */
export const HOME_PATH = "/contacts";

/** The query parameter of `/login` that remembers the page to return to. */
export const NEXT_PARAM = "next";

/**
 * The login URL for someone sent away from `from` (a path with its query and hash), so they come back to it
 * after signing in. Pages that are home anyway are left out to keep the URL short.
 */
export function buildLoginPath(from: string): string {
  const target = safeRedirectPath(from);
  if (target === HOME_PATH) return "/login";
  return `/login?${new URLSearchParams({ [NEXT_PARAM]: target }).toString()}`;
}

/**
 * `candidate` when it is a path on this site that is safe to navigate to after signing in, else
 * {@link HOME_PATH}. Refuses absolute and protocol-relative URLs (`//evil.example`, `/\evil.example`),
 * anything with a scheme, control characters, and the login page itself (no loops).
 */
export function safeRedirectPath(candidate: string | null | undefined): string {
  if (!candidate) return HOME_PATH;
  if (!candidate.startsWith("/") || /^\/[/\\]/.test(candidate) || /[\u0000-\u001f\u007f]/.test(candidate)) return HOME_PATH;
  const url = new URL(candidate, "http://talentlane.invalid");
  if (url.origin !== "http://talentlane.invalid") return HOME_PATH;
  if (url.pathname === "/login" || url.pathname === "/") return HOME_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}
