import { skipToken, useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { graphql } from "../../../gql";
import type { FilterLookups } from "../utils/describe-filter";
import type { FilterGroup } from "../utils/filter-state";
import { missingReferences, referencedRecords, withReferencedRecords, type ReferencedRecord } from "../utils/filter-references";

const FilterReferencesQuery = graphql(`
  query FilterReferences($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Job {
        title
        stages {
          id
          name
        }
      }
      ... on Segment {
        name
      }
    }
  }
`);

/**
 * Lookups that name every job, stage and segment `state` refers to: the page's `lookups` (the first jobs and
 * segments, read with the page), plus, in one request, those it does not know (a job past the first page, a segment
 * someone else shared). Until they arrive, and for a record the viewer cannot see, the description shows the id.
 */
export function useFilterLookups(state: FilterGroup, lookups: FilterLookups): FilterLookups {
  const missing = useMemo(() => missingReferences(referencedRecords(state), lookups), [state, lookups]);
  const { data } = useQuery(FilterReferencesQuery, missing.length > 0 ? { variables: { ids: missing } } : skipToken);
  return useMemo(() => {
    const records: ReferencedRecord[] = [];
    for (const node of data?.nodes ?? []) {
      if (node?.__typename === "Job") records.push({ kind: "job", id: node.id, title: node.title, stages: node.stages });
      else if (node?.__typename === "Segment") records.push({ kind: "segment", id: node.id, name: node.name });
    }
    return withReferencedRecords(lookups, records);
  }, [data, lookups]);
}
