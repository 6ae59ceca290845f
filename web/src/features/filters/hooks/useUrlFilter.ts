import { useDebouncedValue } from "@mantine/hooks";
import type { ContactFilter } from "@talentlane/shared";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router-dom";
import type { FilterGroup } from "../utils/filter-state";
import { filterToState } from "../utils/filter-to-state";
import { decodeFilter, encodeFilter, FILTER_PARAM, withFilterParam } from "../utils/filter-url";
import { stateToFilter } from "../utils/state-to-filter";

/** How long edits must pause before the filter goes into the URL (and the list reloads). */
export const FILTER_DEBOUNCE_MS = 350;

export interface UrlFilter {
  /** The filter in the URL (`?f=`), which the list shows: null for none. */
  filter: ContactFilter | null;
  /** What the builder shows, updated on every edit. */
  draft: FilterGroup;
  setDraft: (next: FilterGroup) => void;
  /** Replaces the filter at once (e.g. a saved segment was picked): the builder and the URL both change. */
  replaceFilter: (filter: ContactFilter | null) => void;
  /** True while the builder has edits that have not reached the URL yet. */
  isPending: boolean;
}

/**
 * Keeps the filter builder and the URL's `?f=` in step, like a search box and `?q=`: edits reach the URL after
 * a pause (replacing the history entry), and a URL changed from outside (Back/Forward, a shared link, a
 * reload) shows up in the builder. Incomplete conditions stay in the builder without changing the URL.
 */
export function useUrlFilter(delayMs = FILTER_DEBOUNCE_MS): UrlFilter {
  const [params, setParams] = useSearchParams();
  const encodedInUrl = params.get(FILTER_PARAM) ?? "";
  const filter = useMemo(() => decodeFilter(encodedInUrl), [encodedInUrl]);
  const canonical = useMemo(() => encodeFilter(filter), [filter]);
  const [draft, setDraft] = useState<FilterGroup>(() => filterToState(filter));
  // The filter this hook last put in (or saw in) the URL, canonically encoded; any other came from outside.
  const lastSeen = useRef(canonical);

  useEffect(() => {
    if (canonical === lastSeen.current) return;
    lastSeen.current = canonical;
    setDraft(filterToState(filter));
  }, [canonical, filter]);

  const commit = useCallback(
    (next: ContactFilter | null) => {
      const encoded = encodeFilter(next);
      if (encoded === lastSeen.current) return;
      lastSeen.current = encoded;
      setParams((current) => withFilterParam(current, next), { replace: true });
    },
    [setParams],
  );

  const [debouncedDraft] = useDebouncedValue(draft, delayMs);
  useEffect(() => commit(stateToFilter(debouncedDraft)), [debouncedDraft, commit]);

  const replaceFilter = useCallback(
    (next: ContactFilter | null) => {
      setDraft(filterToState(next));
      commit(next);
    },
    [commit],
  );

  const isPending = useMemo(() => encodeFilter(stateToFilter(draft)) !== lastSeen.current, [draft, canonical]); // eslint-disable-line react-hooks/exhaustive-deps

  return { filter, draft, setDraft, replaceFilter, isPending };
}
