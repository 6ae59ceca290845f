import { skipToken, useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { graphql } from "../../gql";
import type { RemoteOptionKind } from "./remote-options";

const PickerLabelsQuery = graphql(`
  query PickerLabels($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Job {
        title
      }
      ... on TalentPool {
        name
      }
      ... on Segment {
        name
      }
      ... on User {
        name
      }
    }
  }
`);

/** Labels of chosen values: known ones, then those read by id; `null` for an id the API does not return. */
export interface OptionLabels {
  labelOf: (value: string) => string | null | undefined;
  loading: boolean;
}

/**
 * The labels of the chosen `values` of a picker: from `known` (what the page or the picker already knows), else
 * read by id in one request (`nodes`) for the rest. Tags are picked by name, which is their label. A value the API
 * does not return (deleted, or not visible to the viewer) gets `null`; one still loading `undefined`.
 */
export function useOptionLabels(kind: RemoteOptionKind, values: readonly string[], known: ReadonlyMap<string, string>): OptionLabels {
  const missing = kind === "tags" ? [] : values.filter((value) => !known.has(value));
  const { data, loading } = useQuery(PickerLabelsQuery, missing.length > 0 ? { variables: { ids: missing } } : skipToken);
  const fetched = useMemo(() => {
    const labels = new Map<string, string>();
    for (const node of data?.nodes ?? []) {
      if (!node) continue;
      const label = "title" in node ? node.title : "name" in node ? node.name : null;
      if (typeof label === "string") labels.set(node.id, label);
    }
    return labels;
  }, [data]);
  const isAnswered = data !== undefined && !loading;
  return {
    labelOf: (value) => {
      if (kind === "tags") return value;
      const label = known.get(value) ?? fetched.get(value);
      if (label !== undefined) return label;
      return isAnswered && missing.includes(value) ? null : undefined;
    },
    loading,
  };
}
