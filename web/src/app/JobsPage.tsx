import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router-dom";
import { JobListFilters } from "../features/jobs/components/JobListFilters";
import { JobsTable } from "../features/jobs/components/JobsTable";
import { useJobListParams } from "../features/jobs/hooks/useJobListParams";
import { formatJobCount } from "../features/jobs/utils/job-format";
import { graphql } from "../gql";
import { describeError } from "../lib/graphql-errors";
import { useCanWrite } from "../lib/viewer-context";

/** Jobs per page; "Load more" fetches the next page of this size. */
const PAGE_SIZE = 50;

const JobsPageQuery = graphql(`
  query JobsPage($filter: JobFilter, $search: String, $first: Int!, $after: String) {
    jobs(filter: $filter, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...JobRow_job
        }
      }
    }
  }
`);

/**
 * `/jobs`: the workspace's jobs with their pipelines at a glance, filtered by status and searched by title, and
 * "New job" for those who may write.
 */
export function JobsPage() {
  const canWrite = useCanWrite();
  const { state, queryArguments, setState } = useJobListParams();
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useQuery(JobsPageQuery, {
    variables: { ...queryArguments, first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const jobs = (data ?? previousData)?.jobs;
  const isChanging = loading && !data && Boolean(previousData);

  async function handleLoadMore() {
    if (!jobs?.pageInfo.endCursor) return;
    setLoadMoreFailed(false);
    try {
      // The cache's `jobs` policy (lib/apollo.ts) appends the page to the list.
      await fetchMore({ variables: { after: jobs.pageInfo.endCursor } });
    } catch {
      setLoadMoreFailed(true);
    }
  }

  let body;
  if (error && !jobs) {
    body = (
      <Alert color="red" title="Could not load jobs" role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{describeError(error)}</Text>
          <Button size="xs" onClick={() => void refetch()}>
            Try again
          </Button>
        </Stack>
      </Alert>
    );
  } else if (!jobs) {
    body = (
      <Center h={160} role="status">
        <Loader size="sm" mr="sm" />
        <Text size="sm">Loading jobs…</Text>
      </Center>
    );
  } else if (jobs.edges.length === 0) {
    body = (
      <Stack align="center" gap="xs" py="xl" role="status">
        <Text fw={600}>{state.search || state.status !== "ALL" ? "No jobs match" : "No jobs yet"}</Text>
        <Text size="sm" c="dimmed">
          {state.search || state.status !== "ALL"
            ? "Try another status or search."
            : canWrite
              ? "Create the first job to start a pipeline."
              : "Jobs show up here once someone creates them."}
        </Text>
      </Stack>
    );
  } else {
    body = (
      <>
        <JobsTable jobs={jobs.edges.map((edge) => edge.node)} isBusy={isChanging} />
        {jobs.pageInfo.hasNextPage && (
          <Group justify="center">
            <Text size="sm" c="dimmed">
              Showing {jobs.edges.length} of {jobs.totalCount}
            </Text>
            <Button variant="default" onClick={() => void handleLoadMore()} loading={networkStatus === NetworkStatus.fetchMore}>
              Load more
            </Button>
          </Group>
        )}
        {loadMoreFailed && (
          <Text size="sm" c="red" role="alert">
            Could not load more jobs. Try again.
          </Text>
        )}
      </>
    );
  }

  return (
    <Stack gap="md">
      <title>Jobs · Talentlane</title>
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={1} size="h2">
            Jobs
          </Title>
          <Text size="sm" c="dimmed" role="status" data-testid="jobs-count">
            {jobs ? formatJobCount(jobs.totalCount) : " "}
          </Text>
        </Stack>
        {canWrite && (
          <Button component={Link} to="/jobs/new">
            New job
          </Button>
        )}
      </Group>
      <JobListFilters value={state} onChange={setState} />
      {body}
    </Stack>
  );
}
