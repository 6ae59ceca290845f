import { skipToken, useQuery } from "@apollo/client/react";
import { useDebouncedValue } from "@mantine/hooks";
import { graphql } from "../../../gql";
import { normalizeSuggestionSearch, SUGGESTION_DEBOUNCE_MS, SUGGESTION_PAGE_SIZE, type ValueSuggestion } from "../utils/value-suggestions";

const SkillSuggestionsQuery = graphql(`
  query SkillSuggestions($search: String, $first: Int) {
    skillSuggestions(search: $search, first: $first) {
      value
      count
    }
  }
`);

const IndustrySuggestionsQuery = graphql(`
  query IndustrySuggestions($search: String, $first: Int) {
    industrySuggestions(search: $search, first: $first) {
      value
      count
    }
  }
`);

/** Which values to suggest: skills on contacts, or industries of companies. */
export type SuggestionField = "skills" | "industries";

/** What a picker shows: the suggestions (the previous search's while the next one loads). */
export interface ValueSuggestions {
  suggestions: readonly ValueSuggestion[];
  loading: boolean;
}

const NO_SUGGESTIONS: readonly ValueSuggestion[] = [];

/**
 * The values in use for `field` that contain `typed`, most used first, asked for once typing pauses. Nothing is
 * asked while `isActive` is false (the input is not focused); an empty search asks for the most used values, so a
 * focused, empty input already offers some. Answers come from the cache at once and are refreshed from the server.
 */
export function useValueSuggestions(field: SuggestionField, typed: string, isActive: boolean): ValueSuggestions {
  const [search] = useDebouncedValue(normalizeSuggestionSearch(typed), SUGGESTION_DEBOUNCE_MS);
  const options = { variables: { search: search || null, first: SUGGESTION_PAGE_SIZE }, fetchPolicy: "cache-and-network" } as const;
  const skills = useQuery(SkillSuggestionsQuery, isActive && field === "skills" ? options : skipToken);
  const industries = useQuery(IndustrySuggestionsQuery, isActive && field === "industries" ? options : skipToken);
  if (field === "skills") {
    return { suggestions: (skills.data ?? skills.previousData)?.skillSuggestions ?? NO_SUGGESTIONS, loading: skills.loading };
  }
  return { suggestions: (industries.data ?? industries.previousData)?.industrySuggestions ?? NO_SUGGESTIONS, loading: industries.loading };
}
