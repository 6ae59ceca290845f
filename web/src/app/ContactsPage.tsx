import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { Button, Group, Loader, Menu, Stack, Text } from "@mantine/core";
import { useCallback, useMemo, useRef, useState } from "react";
import { PageHeader } from "../components/ui/PageHeader";
import { EmptyState, ErrorState, LoadingState } from "../components/ui/states";
import { BulkActionBar } from "../features/contacts/components/BulkActionBar";
import { ContactSearchField } from "../features/contacts/components/ContactSearchField";
import { ContactsTable } from "../features/contacts/components/ContactsTable";
import { useSearchTextParam } from "../features/contacts/hooks/useSearchTextParam";
import { formatContactCount, formatCount } from "../features/contacts/utils/format";
import {
  canSelectAllMatching,
  NO_SELECTION,
  reconcileSelection,
  selectAllMatching,
  tickedIds,
  toggleAllRows,
  toggleRow,
  type ContactQuery,
  type ContactSelection,
  type StoredSelection,
} from "../features/contacts/utils/selection";
import { FilterBuilder } from "../features/filters/components/FilterBuilder";
import { SegmentPicker } from "../features/filters/components/SegmentPicker";
import { useFilterBuilderOptions } from "../features/filters/hooks/useFilterBuilderOptions";
import { useFilterLookups } from "../features/filters/hooks/useFilterLookups";
import { useUrlFilter } from "../features/filters/hooks/useUrlFilter";
import { describeFilterState } from "../features/filters/utils/describe-filter";
import { filterToState } from "../features/filters/utils/filter-to-state";
import { readSingleSegment } from "../features/filters/utils/single-segment";
import { CreatePoolModal } from "../features/pools/components/CreatePoolModal";
import { SaveSegmentModal } from "../features/segments/components/SaveSegmentModal";

import { graphql } from "../gql";
import { describeError, readErrorCode } from "../lib/graphql-errors";
import { useCanWrite } from "../lib/viewer-context";

/** Contacts per page; scrolling near the end loads the next page of this size. */
const PAGE_SIZE = 50;

const ContactsPageQuery = graphql(`
  query ContactsPage($filter: ContactFilter, $search: String, $first: Int!, $after: String) {
    contacts(filter: $filter, search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
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
    ...FilterBuilder_query
    ...ContactBulkActions_query
  }
`);

/**
 * The next page of the same list: only the connection, merged into the cache by its field policy, which keeps the
 * first page's total. Not asking for `totalCount` again spares the API a pass over every match per page: the first
 * page counts in the pass that finds it, a later page would count in a statement of its own.
 */
const ContactsPageNextQuery = graphql(`
  query ContactsPageNext($filter: ContactFilter, $search: String, $first: Int!, $after: String) {
    contacts(filter: $filter, search: $search, first: $first, after: $after) {
      edges {
        cursor
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
`);

/**
 * `/contacts`: every contact, searchable (`?q=`) and filterable (`?f=`), in a virtualised table that loads
 * more as you scroll. Viewers who may write can select contacts (or, once every loaded row is ticked, every
 * contact that matches, Gmail style) to tag them or add them to a pool or a job, and
 * save the filter as a segment or a dynamic pool; for the others the list has no selection at all, since it
 * serves nothing but those actions.
 */
export function ContactsPage() {
  const canWrite = useCanWrite();
  const search = useSearchTextParam();
  const urlFilter = useUrlFilter();
  const [openModal, setOpenModal] = useState<"segment" | "pool" | null>(null);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const isFetchingMore = useRef(false);
  const variables = { filter: urlFilter.filter, search: search.searchText || null, first: PAGE_SIZE };
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useQuery(ContactsPageQuery, { variables, notifyOnNetworkStatusChange: true });

  // A new search or filter is a new list: what was selected in the old one, "all matching" above all, no
  // longer means what the user saw. The selection remembers its list and lapses when the list changes.
  const query: ContactQuery = useMemo(() => ({ filter: urlFilter.filter, search: search.searchText || null }), [urlFilter.filter, search.searchText]);
  const [storedSelection, setStoredSelection] = useState<StoredSelection>(() => ({ query, selection: NO_SELECTION }));
  const reconciled = reconcileSelection(storedSelection, query);
  // React's "adjust state while rendering": the lapse is stored at once, before anything shows the old selection.
  if (reconciled !== storedSelection) setStoredSelection(reconciled);
  const selection = reconciled.selection;
  const changeSelection = (change: (current: ContactSelection) => ContactSelection) =>
    setStoredSelection((stored) => ({ query, selection: change(reconcileSelection(stored, query).selection) }));

  // While a new search or filter loads, keep showing the previous results (marked busy).
  const shown = data ?? previousData;
  const contacts = shown?.contacts;
  const isReplacing = loading && networkStatus !== NetworkStatus.fetchMore && Boolean(shown);
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const rows = useMemo(() => (contacts?.edges ?? []).map((edge) => ({ id: edge.node.id, contact: edge.node })), [contacts]);
  const loadedIds = useMemo(() => rows.map((row) => row.id), [rows]);

  const handleLoadMore = useCallback(async () => {
    const endCursor = contacts?.pageInfo.endCursor;
    if (!endCursor || !contacts?.pageInfo.hasNextPage || isFetchingMore.current) return;
    isFetchingMore.current = true;
    setLoadMoreFailed(false);
    try {
      await fetchMore({ query: ContactsPageNextQuery, variables: { ...variables, after: endCursor } });
    } catch {
      setLoadMoreFailed(true);
    } finally {
      isFetchingMore.current = false;
    }
  }, [contacts, fetchMore, variables.filter, variables.search]); // eslint-disable-line react-hooks/exhaustive-deps

  const options = useFilterBuilderOptions();
  const filterState = useMemo(() => filterToState(urlFilter.filter), [urlFilter.filter]);
  const lookups = useFilterLookups(filterState, options.lookups);
  const filterSummary = useMemo(() => describeFilterState(filterState, lookups), [filterState, lookups]);
  const appliedSegmentId = readSingleSegment(urlFilter.filter);
  const hasFilter = urlFilter.filter !== null;

  let body;
  if (error && !isReplacing) {
    const isBadFilter = readErrorCode(error) === "BAD_USER_INPUT" && hasFilter;
    body = (
      <ErrorState
        title={isBadFilter ? "This filter cannot be used" : "Could not load contacts"}
        detail={describeError(error)}
        onRetry={() => void refetch()}
        action={
          hasFilter ? (
            <Button size="xs" variant="default" onClick={() => urlFilter.replaceFilter(null)}>
              Clear filter
            </Button>
          ) : undefined
        }
      />
    );
  } else if (!contacts) {
    body = <LoadingState label="Loading contacts…" />;
  } else if (contacts.edges.length === 0) {
    body = isReplacing ? (
      <LoadingState label="Searching…" />
    ) : search.searchText ? (
      <EmptyState title={`No contacts match “${search.searchText}”`}>Try fewer or different words{hasFilter ? ", or loosen the filter" : ""}.</EmptyState>
    ) : hasFilter ? (
      <EmptyState
        title="No contacts match this filter"
        action={
          <Button size="xs" variant="default" onClick={() => urlFilter.replaceFilter(null)}>
            Clear filter
          </Button>
        }
      >
        Remove a condition or loosen one.
      </EmptyState>
    ) : (
      <EmptyState title="No contacts yet">Contacts added through the API or an import show up here.</EmptyState>
    );
  } else {
    body = (
      <>
        {canWrite && (
          <BulkActionBar
            selection={selection}
            // While another list loads, the rows and count shown are the old list's.
            allMatchingCount={!isReplacing && canSelectAllMatching(selection, loadedIds, contacts.totalCount) ? contacts.totalCount : null}
            onSelectAllMatching={() => changeSelection(() => selectAllMatching(query, contacts.totalCount))}
            onClearSelection={() => changeSelection(() => NO_SELECTION)}
          />
        )}
        <ContactsTable
          caption="Contacts"
          rows={rows}
          selection={
            canWrite
              ? {
                  selectedIds: tickedIds(selection, loadedIds),
                  onToggle: (id) => changeSelection((current) => toggleRow(current, id, loadedIds)),
                  onToggleAll: () => changeSelection((current) => toggleAllRows(current, loadedIds)),
                }
              : undefined
          }
          hasMore={contacts.pageInfo.hasNextPage}
          isLoadingMore={isLoadingMore}
          onEndReached={loadMoreFailed ? undefined : () => void handleLoadMore()}
          isBusy={isReplacing}
        />
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed">
            Showing {formatCount(contacts.edges.length)} of {formatCount(contacts.totalCount)}
          </Text>
          {loadMoreFailed && (
            <Text size="sm" c="red" role="alert">
              Could not load more contacts.
            </Text>
          )}
          {contacts.pageInfo.hasNextPage && (
            <Button size="xs" variant="default" onClick={() => void handleLoadMore()} loading={isLoadingMore}>
              Load more
            </Button>
          )}
        </Group>
      </>
    );
  }

  return (
    <Stack gap="sm">
      <title>{search.searchText ? `“${search.searchText}” · Contacts · Talentlane` : "Contacts · Talentlane"}</title>
      <PageHeader
        title="Contacts"
        subtitle={
          <Group gap={6} role="status">
            {!error && contacts && <span>{formatContactCount(contacts.totalCount)}</span>}
            {(isReplacing || urlFilter.isPending) && (
              <>
                <Loader size={12} aria-hidden="true" />
                <span className="visually-hidden">Updating…</span>
              </>
            )}
          </Group>
        }
        actions={
          canWrite && (
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" disabled={!hasFilter}>
                  Save filter
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => setOpenModal("segment")}>As a segment…</Menu.Item>
                <Menu.Item onClick={() => setOpenModal("pool")}>As a dynamic pool…</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )
        }
      />
      <Group gap="xs" align="flex-start" wrap="wrap">
        <ContactSearchField value={search.draft} onChange={search.setDraft} onSubmit={search.commitNow} />
        <SegmentPicker appliedSegmentId={appliedSegmentId} onApply={(segmentId) => urlFilter.replaceFilter({ segments: { anyOf: [segmentId] } })} />
      </Group>
      <FilterBuilder value={urlFilter.draft} onChange={urlFilter.setDraft} label="Filter contacts" />
      {body}
      {canWrite && (
        <>
          <SaveSegmentModal opened={openModal === "segment"} onClose={() => setOpenModal(null)} filter={urlFilter.filter} />
          <CreatePoolModal opened={openModal === "pool"} onClose={() => setOpenModal(null)} initialKind="DYNAMIC" lockKind filter={urlFilter.filter} filterSummary={filterSummary} />
        </>
      )}
    </Stack>
  );
}
