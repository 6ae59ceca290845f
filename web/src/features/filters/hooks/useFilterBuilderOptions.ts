import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import { useMemo } from "react";
import { graphql } from "../../../gql";
import { EMPTY_FILTER_OPTIONS, type FilterOptions } from "../components/filter-options";

/**
 * What the filter builder (and the pickers beside it) know up front: CONTACT custom fields, and the first jobs
 * (with their stages), saved segments and users, whose names describe a filter in plain words and label the
 * pickers' chosen values without a request of their own. Spread it into the page's query; the builder reads it
 * from the cache. The lists are capped (the API's query-cost limit charges every item of a literal `first`): the
 * pickers themselves search every job, segment, tag and user on the server as the user types
 * (`components/pickers`), and read a chosen value missing here by id.
 */
export const FilterBuilder_query = graphql(`
  fragment FilterBuilder_query on Query {
    customFieldDefinitions(entity: CONTACT) {
      id
      key
      label
      type
      isArchived
      options {
        value
        label
        isArchived
      }
    }
    jobs(first: 50) {
      edges {
        node {
          id
          title
          status
          stages {
            id
            name
          }
        }
      }
    }
    segments(first: 50) {
      edges {
        node {
          id
          name
          visibility
        }
      }
    }
    users(first: 25) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** The page query's root, whose `...FilterBuilder_query` spread the builder reads. */
export type FilterBuilderQueryRef = FragmentType<typeof FilterBuilder_query>;

/** Reads the builder's choices from the cache (the page query must spread `FilterBuilder_query`). */
export function useFilterBuilderOptions(): FilterOptions {
  const { data, complete } = useFragment({ fragment: FilterBuilder_query, from: "ROOT_QUERY" });
  return useMemo(() => {
    if (!complete) return EMPTY_FILTER_OPTIONS;
    const customFields = data.customFieldDefinitions.map((field) => ({
      key: field.key,
      label: field.label,
      type: field.type,
      isArchived: field.isArchived,
      options: field.options,
    }));
    const jobs = data.jobs.edges.map(({ node }) => ({ id: node.id, title: node.title, status: node.status, stages: node.stages }));
    const segments = data.segments.edges.map(({ node }) => node);
    const users = data.users.edges.map(({ node }) => node);
    return {
      customFields,
      jobs,
      segments,
      users,
      lookups: {
        customFields: new Map(customFields.map((field) => [field.key, field])),
        segments: new Map(segments.map((segment) => [segment.id, segment.name])),
        jobs: new Map(jobs.map((job) => [job.id, { title: job.title, stages: new Map(job.stages.map((stage) => [stage.id, stage.name])) }])),
        users: new Map(users.map((user) => [user.id, user.name])),
      },
    };
  }, [data, complete]);
}
