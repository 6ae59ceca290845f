import type { ContactFilter } from "@talentlane/shared";
import { sanitizeContactFilter } from "./sanitize-filter";

/** The URL search parameter that holds the contact filter, e.g. `/contacts?f=eyJza2lsbHMiOnsi...`. */
export const FILTER_PARAM = "f";

/** Longer `f` values are ignored rather than parsed (no real filter comes near it). */
export const MAX_ENCODED_LENGTH = 16_000;

/**
 * The filter as a compact, URL-safe string: JSON without empty parts, UTF-8, base64url without padding.
 * Returns "" for no filter (null or `{}`), so callers can drop the parameter. `decodeFilter` reads it back.
 */
export function encodeFilter(filter: ContactFilter | null | undefined): string {
  const clean = sanitizeContactFilter(filter);
  if (!clean) return "";
  const bytes = new TextEncoder().encode(JSON.stringify(clean));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * The filter in an encoded string, sanitised (unknown keys and ill-typed values dropped), or null when the
 * string is empty, too long, not base64url, not JSON or holds nothing usable. Never throws: a mangled link
 * shows the unfiltered list instead of an error.
 */
export function decodeFilter(encoded: string | null | undefined): ContactFilter | null {
  if (!encoded || encoded.length > MAX_ENCODED_LENGTH || !/^[A-Za-z0-9_-]+$/.test(encoded)) return null;
  try {
    const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const json: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return sanitizeContactFilter(json);
  } catch {
    return null;
  }
}

/** The filter in `params` (`?f=`), or null. */
export function readFilterParam(params: URLSearchParams): ContactFilter | null {
  return decodeFilter(params.get(FILTER_PARAM));
}

/**
 * A copy of `params` with the filter set to `filter`, or removed when it is empty. Other parameters are kept
 * and `params` itself is not changed.
 */
export function withFilterParam(params: URLSearchParams, filter: ContactFilter | null): URLSearchParams {
  const next = new URLSearchParams(params);
  const encoded = encodeFilter(filter);
  if (encoded) next.set(FILTER_PARAM, encoded);
  else next.delete(FILTER_PARAM);
  return next;
}
