import { LIMITS } from "@talentlane/shared";

/** The URL search parameter that holds the contact search, e.g. `/contacts?q=berlin`. */
export const SEARCH_PARAM = "q";

/**
 * Cleans up what someone typed into a search: trims it, collapses runs of whitespace and cuts it to the
 * API's limit, so equivalent searches share one URL and one cache entry. Returns "" for "no search".
 */
export function normalizeSearchText(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, LIMITS.searchMaxLength).trim();
}

/** The search in `params` (normalised), or "" when there is none. */
export function readSearchText(params: URLSearchParams): string {
  return normalizeSearchText(params.get(SEARCH_PARAM) ?? "");
}

/**
 * A copy of `params` with the search set to `text` (normalised), or removed when `text` is blank. Other
 * parameters are kept as they are, and `params` itself is not changed.
 */
export function withSearchText(params: URLSearchParams, text: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const normalized = normalizeSearchText(text);
  if (normalized) next.set(SEARCH_PARAM, normalized);
  else next.delete(SEARCH_PARAM);
  return next;
}
