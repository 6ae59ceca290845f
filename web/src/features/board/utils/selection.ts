/**
 * A copy of `selected` (id → name, in picking order) with `id` added, or removed when it was there.
 * `selected` is not changed.
 */
export function toggleSelection(selected: ReadonlyMap<string, string>, id: string, name: string): Map<string, string> {
  const next = new Map(selected);
  if (next.has(id)) next.delete(id);
  else next.set(id, name);
  return next;
}
