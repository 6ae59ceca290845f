import { parse, serialize } from "cookie";

/** The session cookie's name. */
export const SESSION_COOKIE = "tl_session";

/** Reads the session token from a Cookie header. */
export function readSessionCookie(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  return parse(cookieHeader)[SESSION_COOKIE] ?? null;
}

/**
 * The Set-Cookie value for a session: HttpOnly (scripts never see it), SameSite=Lax (no cross-site POSTs), Secure in
 * production. `token: null` clears the cookie.
 */
export function sessionCookie(token: string | null, options: { maxAgeSeconds: number; secure: boolean }): string {
  return serialize(SESSION_COOKIE, token ?? "", {
    httpOnly: true,
    sameSite: "lax",
    secure: options.secure,
    path: "/",
    maxAge: token ? options.maxAgeSeconds : 0,
  });
}
