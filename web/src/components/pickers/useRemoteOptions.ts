import { skipToken, useQuery } from "@apollo/client/react";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo } from "react";
import { graphql } from "../../gql";
import { REMOTE_OPTIONS_PAGE_SIZE, REMOTE_SEARCH_DEBOUNCE_MS, type RemoteOption, type RemoteOptionKind } from "./remote-options";

const PickerJobsQuery = graphql(`
  query PickerJobs($search: String, $first: Int) {
    jobs(search: $search, first: $first, orderBy: TITLE_ASC) {
      nodes {
        id
        title
        status
      }
    }
  }
`);

const PickerStaticPoolsQuery = graphql(`
  query PickerStaticPools($search: String, $first: Int) {
    talentPools(search: $search, first: $first, kind: STATIC) {
      nodes {
        id
        name
      }
    }
  }
`);

const PickerTagsQuery = graphql(`
  query PickerTags($search: String, $first: Int) {
    tags(search: $search, first: $first) {
      nodes {
        id
        name
      }
    }
  }
`);

const PickerUsersQuery = graphql(`
  query PickerUsers($search: String, $first: Int) {
    users(search: $search, first: $first) {
      nodes {
        id
        name
      }
    }
  }
`);

const PickerSegmentsQuery = graphql(`
  query PickerSegments($search: String, $first: Int) {
    segments(search: $search, first: $first) {
      nodes {
        id
        name
        visibility
      }
    }
  }
`);

/** Headings of the job picker, in the order shown. */
export const JOB_STATUS_GROUPS: Record<string, string> = { OPEN: "Open", DRAFT: "Draft", ON_HOLD: "On hold", CLOSED: "Closed", FILLED: "Filled" };

/** Headings of the segment picker, in the order shown. */
export const SEGMENT_VISIBILITY_GROUPS: Record<string, string> = { WORKSPACE: "Shared with the workspace", PRIVATE: "Only you" };

/** What a remote picker shows: the matches (the previous search's while the next one loads). */
export interface RemoteOptions {
  options: readonly RemoteOption[];
  loading: boolean;
}

const NO_OPTIONS: readonly RemoteOption[] = [];

/**
 * The first {@link REMOTE_OPTIONS_PAGE_SIZE} `kind` records whose name contains `search`, by name, asked for once
 * typing pauses ({@link REMOTE_SEARCH_DEBOUNCE_MS}); nothing is asked while `isActive` is false (the picker is
 * closed). The lists bypass the cache: they would otherwise replace the pages' own lists of the same connection.
 */
export function useRemoteOptions(kind: RemoteOptionKind, search: string, isActive: boolean): RemoteOptions {
  const [debounced] = useDebouncedValue(search, REMOTE_SEARCH_DEBOUNCE_MS);
  const options = { variables: { search: debounced || null, first: REMOTE_OPTIONS_PAGE_SIZE }, fetchPolicy: "no-cache" } as const;
  const jobs = useQuery(PickerJobsQuery, isActive && kind === "jobs" ? options : skipToken);
  const pools = useQuery(PickerStaticPoolsQuery, isActive && kind === "staticPools" ? options : skipToken);
  const tags = useQuery(PickerTagsQuery, isActive && kind === "tags" ? options : skipToken);
  const users = useQuery(PickerUsersQuery, isActive && kind === "users" ? options : skipToken);
  const segments = useQuery(PickerSegmentsQuery, isActive && kind === "segments" ? options : skipToken);
  const isDebouncing = debounced !== search;

  const jobData = jobs.data ?? jobs.previousData;
  const poolData = pools.data ?? pools.previousData;
  const tagData = tags.data ?? tags.previousData;
  const userData = users.data ?? users.previousData;
  const segmentData = segments.data ?? segments.previousData;
  const result = useMemo((): readonly RemoteOption[] => {
    switch (kind) {
      case "jobs":
        return jobData?.jobs.nodes.map((job) => ({ value: job.id, label: job.title, group: JOB_STATUS_GROUPS[job.status] ?? job.status })) ?? NO_OPTIONS;
      case "staticPools":
        return poolData?.talentPools.nodes.map((pool) => ({ value: pool.id, label: pool.name })) ?? NO_OPTIONS;
      case "tags":
        return tagData?.tags.nodes.map((tag) => ({ value: tag.name, label: tag.name })) ?? NO_OPTIONS;
      case "users":
        return userData?.users.nodes.map((user) => ({ value: user.id, label: user.name })) ?? NO_OPTIONS;
      case "segments":
        return segmentData?.segments.nodes.map((segment) => ({ value: segment.id, label: segment.name, group: SEGMENT_VISIBILITY_GROUPS[segment.visibility] })) ?? NO_OPTIONS;
    }
  }, [kind, jobData, poolData, tagData, userData, segmentData]);
  const loading = { jobs, staticPools: pools, tags, users, segments }[kind].loading;
  return { options: result, loading: isActive && (loading || isDebouncing) };
}
