import { LIMITS } from "@talentlane/shared";
import type { ContactFilter } from "../../../gql/graphql";

/**
 * The board's filter as the URL carries it: `?owner=<userId>&owner=…&tag=<name>&tag=…&q=<search>`, so a filtered
 * board has a link, survives a reload and goes back and forward with the browser.
 */
export interface BoardFilters {
  /** Show cards whose contact is owned by one of these users (ids). */
  ownerIds: string[];
  /** Show cards whose contact has at least one of these tags (names). */
  tags: string[];
  /** Show cards whose contact matches this search ("" for none). */
  search: string;
}

export const BOARD_FILTER_PARAMS = { owner: "owner", tag: "tag", search: "q" } as const;

export const EMPTY_BOARD_FILTERS: BoardFilters = { ownerIds: [], tags: [], search: "" };

/** Trims, collapses whitespace and cuts a search to the API's limit; "" means no search. */
export function normalizeBoardSearch(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, LIMITS.searchMaxLength).trim();
}

/** The filters in `params`: blank and repeated values dropped, lists capped to what one filter may hold. */
export function readBoardFilters(params: URLSearchParams): BoardFilters {
  return {
    ownerIds: cleanList(params.getAll(BOARD_FILTER_PARAMS.owner), false),
    tags: cleanList(params.getAll(BOARD_FILTER_PARAMS.tag), true),
    search: normalizeBoardSearch(params.get(BOARD_FILTER_PARAMS.search) ?? ""),
  };
}

/**
 * A copy of `params` carrying `filters` (cleaned as `readBoardFilters` would read them); empty filters leave no
 * parameter behind, and parameters that are not the board's are kept. `params` is not changed.
 */
export function withBoardFilters(params: URLSearchParams, filters: BoardFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.values(BOARD_FILTER_PARAMS)) next.delete(name);
  for (const id of cleanList(filters.ownerIds, false)) next.append(BOARD_FILTER_PARAMS.owner, id);
  for (const tag of cleanList(filters.tags, true)) next.append(BOARD_FILTER_PARAMS.tag, tag);
  const search = normalizeBoardSearch(filters.search);
  if (search) next.set(BOARD_FILTER_PARAMS.search, search);
  return next;
}

/** Whether any filter narrows the board. */
export function hasBoardFilters(filters: BoardFilters): boolean {
  return filters.ownerIds.length > 0 || filters.tags.length > 0 || normalizeBoardSearch(filters.search) !== "";
}

/** The `pipelineBoard` arguments for `filters`: `filter` is null when neither owners nor tags are chosen. */
export function toBoardQueryArguments(filters: BoardFilters): { filter: ContactFilter | null; search: string | null } {
  const ownerIds = cleanList(filters.ownerIds, false);
  const tags = cleanList(filters.tags, true);
  const filter: ContactFilter = {};
  if (ownerIds.length > 0) filter.owner = { in: ownerIds };
  if (tags.length > 0) filter.tags = { anyOf: tags };
  const search = normalizeBoardSearch(filters.search);
  return { filter: Object.keys(filter).length > 0 ? filter : null, search: search || null };
}

function cleanList(values: readonly string[], ignoreCase: boolean): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of values) {
    const value = raw.trim().slice(0, LIMITS.nameMaxLength);
    const key = ignoreCase ? value.toLowerCase() : value;
    if (!value || seen.has(key)) continue;
    seen.add(key);
    result.push(value);
    if (result.length >= LIMITS.filterMaxListValues) break;
  }
  return result;
}
