import { useCallback, useEffect, useRef, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { useDebouncedValue } from "./useDebouncedValue";
import { normalizeSearchText, readSearchText, withSearchText } from "../utils/search-params";

/** How long typing must pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The search box's text and the search that is in the URL (and so in effect). */
export interface SearchTextParam {
  /** What the box shows, updated on every keystroke. */
  draft: string;
  setDraft: (text: string) => void;
  /** The normalised search in `?q=`: what the list is filtered by ("" for none). */
  searchText: string;
  /** Puts the draft into the URL now instead of after the pause (e.g. on Enter). */
  commitNow: () => void;
}

/**
 * Keeps a search box and the URL's `?q=` in step: typing updates the URL after a pause (replacing the
 * history entry, so Back leaves the page instead of undoing keystrokes), and a URL changed from outside
 * (Back/Forward, a link, a reload) shows up in the box.
 */
export function useSearchTextParam(delayMs = SEARCH_DEBOUNCE_MS): SearchTextParam {
  const [params, setParams] = useSearchParams();
  const searchText = readSearchText(params);
  const [draft, setDraft] = useState(searchText);
  // The search this hook last put in (or saw in) the URL; any other value came from outside.
  const lastSeen = useRef(searchText);

  useEffect(() => {
    if (searchText === lastSeen.current) return;
    lastSeen.current = searchText;
    setDraft(searchText);
  }, [searchText]);

  const commit = useCallback(
    (text: string) => {
      const next = normalizeSearchText(text);
      if (next === lastSeen.current) return;
      lastSeen.current = next;
      setParams((current) => withSearchText(current, next), { replace: true });
    },
    [setParams],
  );

  const debouncedDraft = useDebouncedValue(draft, delayMs);
  useEffect(() => commit(debouncedDraft), [debouncedDraft, commit]);

  return { draft, setDraft, searchText, commitNow: () => commit(draft) };
}
