import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { Button, Group, Stack, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import { PageHeader } from "../components/ui/PageHeader";
import { EmptyState, ErrorState, LoadingState } from "../components/ui/states";
import { FilterBuilder } from "../features/filters/components/FilterBuilder";
import { emptyFilterState, type FilterGroup } from "../features/filters/utils/filter-state";
import { stateToFilter } from "../features/filters/utils/state-to-filter";
import { CreatePoolModal } from "../features/pools/components/CreatePoolModal";
import { PoolsTable } from "../features/pools/components/PoolsTable";
import { graphql } from "../gql";
import { describeError } from "../lib/graphql-errors";
import { useCanWrite } from "../lib/viewer-context";

const TalentPoolsPageQuery = graphql(`
  query TalentPoolsPage($first: Int!, $after: String) {
    talentPools(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...PoolRow_pool
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    ...FilterBuilder_query
  }
`);

const PAGE_SIZE = 50;

/** `/pools`: the workspace's talent pools (name, kind, members), and "New pool" for those who may write. */
export function TalentPoolsPage() {
  const canWrite = useCanWrite();
  const [isCreating, setIsCreating] = useState(false);
  const [newPoolFilter, setNewPoolFilter] = useState<FilterGroup>(emptyFilterState);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(TalentPoolsPageQuery, { variables: { first: PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  const pools = data?.talentPools;
  const filter = useMemo(() => stateToFilter(newPoolFilter), [newPoolFilter]);

  let body;
  if (error) body = <ErrorState title="Could not load talent pools" detail={describeError(error)} onRetry={() => void refetch()} />;
  else if (!pools) body = <LoadingState label="Loading talent pools…" />;
  else if (pools.edges.length === 0)
    body = (
      <EmptyState title="No talent pools yet" action={canWrite && <Button onClick={() => setIsCreating(true)}>New pool</Button>}>
        Pools keep candidates for future openings: hand-picked (static) or everyone a filter matches (dynamic).
      </EmptyState>
    );
  else
    body = (
      <>
        <PoolsTable pools={pools.edges.map((edge) => edge.node)} />
        {pools.pageInfo.hasNextPage && (
          <Group justify="center">
            <Button variant="default" loading={networkStatus === NetworkStatus.fetchMore} onClick={() => void fetchMore({ variables: { after: pools.pageInfo.endCursor } })}>
              Load more pools
            </Button>
          </Group>
        )}
      </>
    );

  return (
    <Stack gap="sm">
      <title>Talent pools · Talentlane</title>
      <PageHeader
        title="Talent pools"
        subtitle={
          <Text size="sm" c="dimmed" role="status">
            {pools ? `${pools.totalCount.toLocaleString("en-US")} ${pools.totalCount === 1 ? "pool" : "pools"}` : ""}
          </Text>
        }
        actions={canWrite && <Button onClick={() => setIsCreating(true)}>New pool</Button>}
      />
      {body}
      {canWrite && (
        <CreatePoolModal
          opened={isCreating}
          onClose={() => setIsCreating(false)}
          filter={filter}
          filterEditor={<FilterBuilder value={newPoolFilter} onChange={setNewPoolFilter} label="Pool filter" />}
        />
      )}
    </Stack>
  );
}
