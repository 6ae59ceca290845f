import type { ContactFilter } from "@talentlane/shared";

/** Whether a header checkbox for "select all loaded rows" is checked, mixed or clear. */
export type SelectAllState = "all" | "some" | "none";

/** A copy of `selected` with `id` added, or removed if it was there. */
export function toggleId(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** How many of `loadedIds` are selected, as the header checkbox shows it. */
export function selectAllState(selected: ReadonlySet<string>, loadedIds: readonly string[]): SelectAllState {
  if (loadedIds.length === 0) return "none";
  let count = 0;
  for (const id of loadedIds) if (selected.has(id)) count += 1;
  if (count === 0) return "none";
  return count === loadedIds.length ? "all" : "some";
}

/**
 * What clicking the header checkbox does: when every loaded row is selected, it clears them; otherwise it
 * selects every loaded row. Selected ids that are not loaded (any more) are kept either way.
 */
export function toggleAll(selected: ReadonlySet<string>, loadedIds: readonly string[]): Set<string> {
  const next = new Set(selected);
  if (selectAllState(selected, loadedIds) === "all") for (const id of loadedIds) next.delete(id);
  else for (const id of loadedIds) next.add(id);
  return next;
}

/** Only the ids that are still in the list (after a new search or filter replaced the rows). */
export function keepLoaded(selected: ReadonlySet<string>, loadedIds: readonly string[]): Set<string> {
  const loaded = new Set(loadedIds);
  return new Set([...selected].filter((id) => loaded.has(id)));
}

/** Splits `ids` into batches of at most `size` (bulk mutations take a bounded number of ids). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new RangeError("size must be at least 1");
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/** The contacts a list shows: its filter (null for none) and search text (null for none), as the API takes them. */
export interface ContactQuery {
  filter: ContactFilter | null;
  search: string | null;
}

/**
 * What the contacts list's bulk actions apply to: rows picked one by one among the loaded ones, or every contact
 * the list's query matches (`count` as the list showed it when they were chosen, Gmail's "select all N").
 */
export type ContactSelection = { kind: "ids"; ids: ReadonlySet<string> } | { kind: "allMatching"; query: ContactQuery; count: number };

/** Nothing selected. */
export const NO_SELECTION: ContactSelection = { kind: "ids", ids: new Set() };

/**
 * What a bulk mutation is sent: the ids, or the filter and search to select by. `filter` is never null here:
 * the API tells the two forms apart by which field is set, and `{}` matches every contact.
 */
export type BulkTarget = { kind: "ids"; contactIds: readonly string[] } | { kind: "matching"; filter: ContactFilter; search: string | null; count: number };

/** A selection together with the query of the list it was made in. */
export interface StoredSelection {
  query: ContactQuery;
  selection: ContactSelection;
}

/** Whether two queries select the same contacts as the list asks for them (same filter and search). */
export function isSameQuery(a: ContactQuery, b: ContactQuery): boolean {
  return JSON.stringify([a.filter, a.search || null]) === JSON.stringify([b.filter, b.search || null]);
}

/**
 * The selection for a list now showing `query`: `stored` itself while the list is the same, else nothing,
 * remembered for the new list. A new filter or search is a new list; "all matching" would no longer mean what
 * the user saw, and going back to the old list must not bring it back. Answers `stored` unchanged (the same
 * object) when nothing changes, so a caller can tell whether to store the result.
 */
export function reconcileSelection(stored: StoredSelection, query: ContactQuery): StoredSelection {
  if (isSameQuery(stored.query, query)) return stored;
  return { query, selection: NO_SELECTION };
}

/** The loaded rows to show as ticked: all of them while "all matching" is selected. */
export function tickedIds(selection: ContactSelection, loadedIds: readonly string[]): ReadonlySet<string> {
  return selection.kind === "ids" ? selection.ids : new Set(loadedIds);
}

/**
 * What ticking or unticking a row does. While "all matching" is selected, unticking a row falls back to the
 * loaded rows minus that one: the API cannot exclude contacts from a filter selection, and ids the user never
 * saw must not be acted on silently.
 */
export function toggleRow(selection: ContactSelection, id: string, loadedIds: readonly string[]): ContactSelection {
  if (selection.kind === "ids") return { kind: "ids", ids: toggleId(selection.ids, id) };
  return { kind: "ids", ids: new Set(loadedIds.filter((loadedId) => loadedId !== id)) };
}

/** What the header checkbox does: see {@link toggleAll}; while "all matching" is selected it clears everything. */
export function toggleAllRows(selection: ContactSelection, loadedIds: readonly string[]): ContactSelection {
  if (selection.kind === "allMatching") return NO_SELECTION;
  return { kind: "ids", ids: toggleAll(selection.ids, loadedIds) };
}

/**
 * Whether to offer "Select all N contacts that match": every loaded row is ticked (the header checkbox is
 * checked) and the list has more contacts than are loaded.
 */
export function canSelectAllMatching(selection: ContactSelection, loadedIds: readonly string[], totalCount: number): boolean {
  return selection.kind === "ids" && selectAllState(selection.ids, loadedIds) === "all" && totalCount > loadedIds.length;
}

/** Every contact `query` matches; `count` is the total the list showed. */
export function selectAllMatching(query: ContactQuery, count: number): ContactSelection {
  return { kind: "allMatching", query, count };
}

/** What to send the bulk mutations for `selection`, or null when nothing is selected. */
export function toBulkTarget(selection: ContactSelection): BulkTarget | null {
  if (selection.kind === "ids") return selection.ids.size === 0 ? null : { kind: "ids", contactIds: [...selection.ids] };
  return { kind: "matching", filter: selection.query.filter ?? {}, search: selection.query.search || null, count: selection.count };
}

/** How many contacts a bulk action on `target` is expected to touch (for "all matching", as the list counted them). */
export function countTargeted(target: BulkTarget): number {
  return target.kind === "ids" ? target.contactIds.length : target.count;
}
