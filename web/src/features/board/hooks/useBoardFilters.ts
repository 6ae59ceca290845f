import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router-dom";
import { readBoardFilters, toBoardQueryArguments, withBoardFilters, type BoardFilters } from "../utils/board-filters";

/**
 * The board's filters, kept in the URL (`?owner=…&tag=…&q=…`): reading them, the `pipelineBoard` arguments they
 * mean (the same object while the URL's filters are the same), and a setter that replaces the history entry.
 */
export function useBoardFilters() {
  const [params, setParams] = useSearchParams();
  const key = withBoardFilters(new URLSearchParams(), readBoardFilters(params)).toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the filters' identity
  const filters = useMemo(() => readBoardFilters(new URLSearchParams(key)), [key]);
  const queryArguments = useMemo(() => toBoardQueryArguments(filters), [filters]);
  const setFilters = useCallback(
    (changes: Partial<BoardFilters>) => {
      setParams((current) => withBoardFilters(current, { ...readBoardFilters(current), ...changes }), { replace: true });
    },
    [setParams],
  );
  return { filters, queryArguments, setFilters };
}
