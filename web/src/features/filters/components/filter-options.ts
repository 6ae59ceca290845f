import { createContext, useContext } from "react";
import type { CustomFieldTypeName } from "../utils/filter-state";
import { EMPTY_LOOKUPS, type FilterLookups } from "../utils/describe-filter";

/** What the builder's editors offer to choose from (read once from the page's query). */
export interface FilterOptions {
  customFields: ReadonlyArray<{
    key: string;
    label: string;
    type: CustomFieldTypeName;
    isArchived: boolean;
    options: ReadonlyArray<{ value: string; label: string; isArchived: boolean }>;
  }>;
  jobs: ReadonlyArray<{ id: string; title: string; status: string; stages: ReadonlyArray<{ id: string; name: string }> }>;
  segments: ReadonlyArray<{ id: string; name: string; visibility: string }>;
  users: ReadonlyArray<{ id: string; name: string }>;
  lookups: FilterLookups;
}

export const EMPTY_FILTER_OPTIONS: FilterOptions = { customFields: [], jobs: [], segments: [], users: [], lookups: EMPTY_LOOKUPS };

export const FilterOptionsContext = createContext<FilterOptions>(EMPTY_FILTER_OPTIONS);

/** The options of the builder this editor is in. */
export function useFilterOptions(): FilterOptions {
  return useContext(FilterOptionsContext);
}
