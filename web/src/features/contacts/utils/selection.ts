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
