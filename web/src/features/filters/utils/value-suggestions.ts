import { LIMITS } from "@talentlane/shared";

/** How long typing must pause before suggestions are asked for. */
export const SUGGESTION_DEBOUNCE_MS = 250;

/** How many suggestions a picker asks for and shows. */
export const SUGGESTION_PAGE_SIZE = 20;

/** A value in use in the workspace and how many records use it (the API's `ValueSuggestion`). */
export interface ValueSuggestion {
  value: string;
  count: number;
}

/**
 * The search a picker sends for what the user typed: runs of whitespace collapsed to one space, trimmed, and cut to
 * the API's search limit. An empty result asks for the most used values.
 */
export function normalizeSuggestionSearch(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, LIMITS.searchMaxLength).trim();
}

/** How values are compared: ignoring case and repeated or surrounding spaces, as the API matches them. */
function suggestionKey(text: string): string {
  return normalizeSuggestionSearch(text).toLowerCase();
}

/**
 * The options to offer, in the API's order (most used first): suggestions containing what is typed now (the answer
 * may be for an earlier, shorter search while the next one is on its way), without those already picked, and each
 * value once, all compared ignoring case and spaces.
 */
export function suggestionOptions(suggestions: readonly ValueSuggestion[], picked: readonly string[], typed: string): ValueSuggestion[] {
  const search = suggestionKey(typed);
  const seen = new Set(picked.map(suggestionKey));
  const options: ValueSuggestion[] = [];
  for (const suggestion of suggestions) {
    const key = suggestionKey(suggestion.value);
    if (key === "" || seen.has(key) || !key.includes(search)) continue;
    seen.add(key);
    options.push(suggestion);
  }
  return options;
}

const COUNT_FORMAT = new Intl.NumberFormat("en-US");

/** A suggestion's count as shown beside it: "12,407". */
export function formatSuggestionCount(count: number): string {
  return COUNT_FORMAT.format(count);
}
