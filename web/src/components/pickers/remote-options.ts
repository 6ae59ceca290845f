import { LIMITS } from "@talentlane/shared";

/** What a remote picker picks from. `tags` are picked by name; the others by global id. */
export type RemoteOptionKind = "jobs" | "staticPools" | "tags" | "users" | "segments";

/** One choice of a remote picker; `group` sorts it under a heading (a job's status, a segment's visibility). */
export interface RemoteOption {
  value: string;
  label: string;
  group?: string;
}

/** How long typing must pause before the server is asked. */
export const REMOTE_SEARCH_DEBOUNCE_MS = 250;

/** How many matches a picker asks for and shows: the top ones; typing more narrows them on the server. */
export const REMOTE_OPTIONS_PAGE_SIZE = 20;

/**
 * The search a picker sends for what the user typed: runs of whitespace collapsed to one space, trimmed, and cut
 * to the API's search limit. Empty asks for the first options by name.
 */
export function normalizeRemoteSearch(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, LIMITS.searchMaxLength).trim();
}

/**
 * The search for a single-value picker. A searchable select shows the chosen option's label in its input; while
 * the input still reads exactly that, the user has not typed anything, so the first options are asked for.
 */
export function searchForTyped(typed: string, selectedLabel: string | null): string {
  if (selectedLabel !== null && typed === selectedLabel) return "";
  return normalizeRemoteSearch(typed);
}

/**
 * The options that contain `search` ignoring case, as the API matches names. An answer may be for an earlier,
 * shorter search while the next one is on its way; this keeps what no longer matches out of sight meanwhile.
 */
export function optionsMatching(options: readonly RemoteOption[], search: string): RemoteOption[] {
  const needle = normalizeRemoteSearch(search).toLowerCase();
  if (needle === "") return [...options];
  return options.filter((option) => normalizeRemoteSearch(option.label).toLowerCase().includes(needle));
}

/**
 * The options a picker shows: the server's results, then every selected value that is not among them (a select
 * can only show a value it has an option for), labelled by `labelOf`. Each value appears once.
 */
export function withSelectedOptions(results: readonly RemoteOption[], selected: readonly string[], labelOf: (value: string) => string): RemoteOption[] {
  const options: RemoteOption[] = [];
  const seen = new Set<string>();
  for (const option of results) {
    if (seen.has(option.value)) continue;
    seen.add(option.value);
    options.push(option);
  }
  for (const value of selected) {
    if (seen.has(value)) continue;
    seen.add(value);
    options.push({ value, label: labelOf(value) });
  }
  return options;
}

/** Names not already picked, compared ignoring case (tags match by name ignoring case). */
export function namesNotPicked(names: readonly string[], picked: readonly string[]): string[] {
  const taken = new Set(picked.map((name) => name.toLowerCase()));
  const result: string[] = [];
  for (const name of names) {
    const key = name.toLowerCase();
    if (taken.has(key)) continue;
    taken.add(key);
    result.push(name);
  }
  return result;
}

/** A Mantine combobox item or a group of them. */
export type ComboboxEntry = { value: string; label: string } | { group: string; items: Array<{ value: string; label: string }> };

/**
 * Combobox data for the options: grouped options under their heading, headings in `groupOrder` (unknown headings
 * after them, in order of appearance), options without a group last, each list keeping the server's order.
 */
export function toComboboxData(options: readonly RemoteOption[], groupOrder: readonly string[] = []): ComboboxEntry[] {
  const groups = new Map<string, Array<{ value: string; label: string }>>(groupOrder.map((group) => [group, []]));
  const ungrouped: Array<{ value: string; label: string }> = [];
  for (const option of options) {
    const item = { value: option.value, label: option.label };
    if (option.group === undefined) ungrouped.push(item);
    else {
      const items = groups.get(option.group) ?? [];
      items.push(item);
      groups.set(option.group, items);
    }
  }
  const entries: ComboboxEntry[] = [...groups].filter(([, items]) => items.length > 0).map(([group, items]) => ({ group, items }));
  return [...entries, ...ungrouped];
}
