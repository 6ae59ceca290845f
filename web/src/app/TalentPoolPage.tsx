import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { Anchor, Breadcrumbs, Button, Group, Loader, Stack, Table, Text } from "@mantine/core";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { PageHeader } from "../components/ui/PageHeader";
import { EmptyState, ErrorState, LoadingState } from "../components/ui/states";
import { ContactSearchField } from "../features/contacts/components/ContactSearchField";
import { ContactsTable } from "../features/contacts/components/ContactsTable";
import { useSearchTextParam } from "../features/contacts/hooks/useSearchTextParam";
import { toggleAll, toggleId } from "../features/contacts/utils/selection";
import { FilterBuilder } from "../features/filters/components/FilterBuilder";
import { SegmentPicker } from "../features/filters/components/SegmentPicker";
import { useFilterBuilderOptions } from "../features/filters/hooks/useFilterBuilderOptions";
import { useFilterLookups } from "../features/filters/hooks/useFilterLookups";
import { useUrlFilter } from "../features/filters/hooks/useUrlFilter";
import { describeFilterState } from "../features/filters/utils/describe-filter";
import type { FilterGroup } from "../features/filters/utils/filter-state";
import { filterToState } from "../features/filters/utils/filter-to-state";
import { readSingleSegment } from "../features/filters/utils/single-segment";
import { sanitizeContactFilter } from "../features/filters/utils/sanitize-filter";
import { stateToFilter } from "../features/filters/utils/state-to-filter";
import { PoolFilterCard } from "../features/pools/components/PoolFilterCard";
import { PoolFilterDrawer } from "../features/pools/components/PoolFilterDrawer";
import { PoolMembersBulkBar } from "../features/pools/components/PoolMembersBulkBar";
import { PoolKindBadge } from "../features/pools/components/PoolsTable";
import { SaveSegmentModal } from "../features/segments/components/SaveSegmentModal";
import { formatDate, formatMemberCount } from "../features/pools/utils/pool-format";
import { graphql } from "../gql";
import { describeError, isNotFoundError } from "../lib/graphql-errors";
import { useCanWrite } from "../lib/viewer-context";

const PAGE_SIZE = 50;

const TalentPoolPageQuery = graphql(`
  query TalentPoolPage($id: ID!, $filter: ContactFilter, $search: String, $first: Int!, $after: String) {
    talentPool(id: $id) {
      id
      name
      description
      kind
      filter
      version
      createdAt
      owner {
        id
        name
      }
      allMembers: members(first: 0) {
        totalCount
      }
      members(filter: $filter, search: $search, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          addedAt
          note
          addedBy {
            id
            name
          }
          node {
            id
            ...ContactRow_contact
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
    ...FilterBuilder_query
  }
`);

/** The next page of members; the first page's total stays (see ContactsPageNext). */
const TalentPoolPageNextQuery = graphql(`
  query TalentPoolPageNext($id: ID!, $filter: ContactFilter, $search: String, $first: Int!, $after: String) {
    talentPool(id: $id) {
      id
      members(filter: $filter, search: $search, first: $first, after: $after) {
        edges {
          cursor
          addedAt
          note
          addedBy {
            id
            name
          }
          node {
            id
            ...ContactRow_contact
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const MEMBER_COLUMNS = [
  { key: "addedAt", header: "Added", width: 110 },
  { key: "addedBy", header: "Added by", width: 130 },
  { key: "note", header: "Note", width: 160 },
];

/**
 * `/pools/:poolId`: a pool's members, narrowed by search (`?q=`) and the filter builder (`?f=`), in a
 * virtualised table. Static pools: select members to remove them. Dynamic pools: see and edit the filter that
 * defines the members. Viewers who may not write see the members and the filter, without selection or editing.
 */
export function TalentPoolPage() {
  const { poolId = "" } = useParams();
  const canWrite = useCanWrite();
  const search = useSearchTextParam();
  const urlFilter = useUrlFilter();
  const options = useFilterBuilderOptions();
  const [selectedIds, setSelectedIds] = useState<Set<string>>(() => new Set());
  const [isEditingFilter, setIsEditingFilter] = useState(false);
  const [isSavingSegment, setIsSavingSegment] = useState(false);
  const [poolFilterDraft, setPoolFilterDraft] = useState<FilterGroup | null>(null);
  const isFetchingMore = useRef(false);
  const variables = { id: poolId, filter: urlFilter.filter, search: search.searchText || null, first: PAGE_SIZE };
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useQuery(TalentPoolPageQuery, { variables, notifyOnNetworkStatusChange: true });

  const listKey = JSON.stringify([poolId, variables.filter, variables.search]);
  useEffect(() => setSelectedIds(new Set()), [listKey]);

  const shown = data ?? (previousData?.talentPool.id === poolId ? previousData : undefined);
  const pool = shown?.talentPool;
  const members = pool?.members;
  const isReplacing = loading && networkStatus !== NetworkStatus.fetchMore && Boolean(shown);
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const isNarrowed = Boolean(urlFilter.filter || search.searchText);
  const poolFilter = useMemo(() => sanitizeContactFilter(pool?.filter), [pool?.filter]);
  const poolFilterState = useMemo(() => filterToState(poolFilter), [poolFilter]);
  const poolLookups = useFilterLookups(poolFilterState, options.lookups);
  const poolFilterLines = useMemo(() => describeFilterState(poolFilterState, poolLookups), [poolFilterState, poolLookups]);

  const rows = useMemo(
    () =>
      (members?.edges ?? []).map((edge) => ({
        id: edge.node.id,
        contact: edge.node,
        extraCells:
          pool?.kind === "STATIC" ? (
            <>
              <Table.Td>{formatDate(edge.addedAt)}</Table.Td>
              <Table.Td>{edge.addedBy?.name ?? ""}</Table.Td>
              <Table.Td title={edge.note ?? undefined}>{edge.note ?? ""}</Table.Td>
            </>
          ) : undefined,
      })),
    [members, pool?.kind],
  );

  const handleLoadMore = useCallback(async () => {
    if (!members?.pageInfo.hasNextPage || !members.pageInfo.endCursor || isFetchingMore.current) return;
    isFetchingMore.current = true;
    try {
      await fetchMore({ query: TalentPoolPageNextQuery, variables: { ...variables, after: members.pageInfo.endCursor } });
    } finally {
      isFetchingMore.current = false;
    }
  }, [members, fetchMore, listKey]); // eslint-disable-line react-hooks/exhaustive-deps

  if (error && isNotFoundError(error)) {
    return (
      <EmptyState title="This talent pool does not exist" action={<Anchor component={Link} to="/pools">All talent pools</Anchor>}>
        It may have been deleted, or the link is wrong.
      </EmptyState>
    );
  }
  if (error && !pool) return <ErrorState title="Could not load the talent pool" detail={describeError(error)} onRetry={() => void refetch()} />;
  if (!pool || !members) return <LoadingState label="Loading the talent pool…" />;

  let body;
  if (error) {
    body = (
      <ErrorState
        title="Could not load the members"
        detail={describeError(error)}
        onRetry={() => void refetch()}
        action={urlFilter.filter ? <Button size="xs" variant="default" onClick={() => urlFilter.replaceFilter(null)}>Clear filter</Button> : undefined}
      />
    );
  } else if (members.edges.length === 0) {
    body = isNarrowed ? (
      <EmptyState title="No members match" action={<Button size="xs" variant="default" onClick={() => urlFilter.replaceFilter(null)}>Clear filter</Button>}>
        Loosen the filter or the search.
      </EmptyState>
    ) : pool.kind === "STATIC" && canWrite ? (
      <EmptyState title="This pool has no members yet" action={<Anchor component={Link} to="/contacts">Go to contacts</Anchor>}>
        On the Contacts page, select contacts and choose “Add to pool…”.
      </EmptyState>
    ) : pool.kind === "STATIC" ? (
      <EmptyState title="This pool has no members yet">Members are added to it by hand.</EmptyState>
    ) : (
      <EmptyState title="No contact matches this pool's filter yet">Contacts that match it join the pool by themselves.</EmptyState>
    );
  } else {
    // Selecting members serves only removing them, so only static pools, for viewers who may write, have it.
    const canSelect = pool.kind === "STATIC" && canWrite;
    body = (
      <>
        {canSelect && (
          <PoolMembersBulkBar poolId={pool.id} poolName={pool.name} selectedIds={[...selectedIds]} onClearSelection={() => setSelectedIds(new Set())} />
        )}
        <ContactsTable
          caption="Members"
          rows={rows}
          extraColumns={pool.kind === "STATIC" ? MEMBER_COLUMNS : []}
          selection={
            canSelect
              ? {
                  selectedIds,
                  onToggle: (id) => setSelectedIds((current) => toggleId(current, id)),
                  onToggleAll: () => setSelectedIds((current) => toggleAll(current, rows.map((row) => row.id))),
                }
              : undefined
          }
          hasMore={members.pageInfo.hasNextPage}
          isLoadingMore={isLoadingMore}
          onEndReached={() => void handleLoadMore()}
          isBusy={isReplacing}
        />
        <Text size="sm" c="dimmed">
          Showing {members.edges.length.toLocaleString("en-US")} of {members.totalCount.toLocaleString("en-US")}
        </Text>
      </>
    );
  }

  return (
    <Stack gap="sm">
      <title>{`${pool.name} · Talent pools · Talentlane`}</title>
      <PageHeader
        above={
          <Breadcrumbs>
            <Anchor component={Link} to="/pools" size="sm">
              Talent pools
            </Anchor>
            <Text size="sm">{pool.name}</Text>
          </Breadcrumbs>
        }
        title={
          <Group gap="xs" component="span">
            {pool.name} <PoolKindBadge kind={pool.kind} />
          </Group>
        }
        subtitle={
          <Stack gap={2}>
            {pool.description && <Text size="sm">{pool.description}</Text>}
            <Group gap={6} role="status">
              <span>{formatMemberCount(members.totalCount, pool.allMembers.totalCount, isNarrowed)}</span>
              {(isReplacing || urlFilter.isPending) && <Loader size={12} aria-label="Updating" />}
            </Group>
            <Text size="xs" c="dimmed">
              {pool.owner ? `Owned by ${pool.owner.name} · ` : ""}created {formatDate(pool.createdAt)}
            </Text>
          </Stack>
        }
      />
      {pool.kind === "DYNAMIC" && (
        <PoolFilterCard
          lines={poolFilterLines}
          onEdit={
            canWrite
              ? () => {
                  setPoolFilterDraft(filterToState(poolFilter));
                  setIsEditingFilter(true);
                }
              : undefined
          }
        />
      )}
      <Group gap="xs" align="flex-start" wrap="wrap">
        <ContactSearchField value={search.draft} onChange={search.setDraft} onSubmit={search.commitNow} label="Search members" />
        <SegmentPicker appliedSegmentId={readSingleSegment(urlFilter.filter)} onApply={(segmentId) => urlFilter.replaceFilter({ segments: { anyOf: [segmentId] } })} />
        {canWrite && (
          <Button variant="default" disabled={!urlFilter.filter} onClick={() => setIsSavingSegment(true)}>
            Save filter as segment
          </Button>
        )}
      </Group>
      <FilterBuilder value={urlFilter.draft} onChange={urlFilter.setDraft} label="Filter members" />
      {body}
      {canWrite && <SaveSegmentModal opened={isSavingSegment} onClose={() => setIsSavingSegment(false)} filter={urlFilter.filter} />}
      {canWrite && pool.kind === "DYNAMIC" && poolFilterDraft && (
        <PoolFilterDrawer
          opened={isEditingFilter}
          onClose={() => setIsEditingFilter(false)}
          poolId={pool.id}
          version={pool.version}
          filter={stateToFilter(poolFilterDraft)}
          onConflict={() => void refetch().then((result) => setPoolFilterDraft(filterToState(sanitizeContactFilter(result.data?.talentPool.filter))))}
        >
          <FilterBuilder value={poolFilterDraft} onChange={setPoolFilterDraft} label="Pool filter" />
        </PoolFilterDrawer>
      )}
    </Stack>
  );
}
