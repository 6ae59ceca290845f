import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Navigate, useLocation } from "react-router-dom";
import { Button } from "../components/ui/Button";
import { Spinner } from "../components/ui/Spinner";
import { EmptyState, ErrorState, LoadingState } from "../components/ui/states";
import { buildLoginPath } from "../features/auth/utils/redirect";
import { ContactSearchField } from "../features/contacts/components/ContactSearchField";
import { ContactsTable } from "../features/contacts/components/ContactsTable";
import { useSearchTextParam } from "../features/contacts/hooks/useSearchTextParam";
import { formatContactCount, formatCount } from "../features/contacts/utils/format";
import { graphql } from "../gql";
import { isUnauthenticatedError, readErrorMessage } from "../lib/graphql-errors";
import { AppHeader } from "./AppHeader";

/** Contacts per page; "Load more" fetches the next page of this size. */
const PAGE_SIZE = 50;

const ContactsPageQuery = graphql(`
  query ContactsPage($search: String, $first: Int!, $after: String) {
    me {
      ...AppHeader_viewer
    }
    contacts(search: $search, first: $first, after: $after) {
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
  }
`);

/** `/contacts`: the workspace's contacts, searchable (`?q=`), a page at a time. */
export function ContactsPage() {
  const location = useLocation();
  const search = useSearchTextParam();
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useQuery(ContactsPageQuery, {
    variables: { search: search.searchText || null, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });

  if (isUnauthenticatedError(error)) {
    return <Navigate to={buildLoginPath(`${location.pathname}${location.search}`)} replace />;
  }

  // While a new search loads, keep showing the previous results (marked busy) instead of a blank page.
  const shown = data ?? previousData;
  const contacts = shown?.contacts;
  const isSearching = loading && !data && Boolean(previousData);
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;

  async function handleLoadMore() {
    if (!contacts?.pageInfo.endCursor) return;
    setLoadMoreFailed(false);
    try {
      await fetchMore({ variables: { after: contacts.pageInfo.endCursor } });
    } catch {
      setLoadMoreFailed(true);
    }
  }

  let body;
  if (error) {
    body = <ErrorState title="Could not load contacts" detail={readErrorMessage(error)} onRetry={() => void refetch()} />;
  } else if (!contacts || (isSearching && contacts.edges.length === 0)) {
    body = <LoadingState label={isSearching ? "Searching…" : "Loading contacts…"} />;
  } else if (contacts.edges.length === 0) {
    body = search.searchText ? (
      <EmptyState title={`No contacts match “${search.searchText}”`}>Try fewer or different words.</EmptyState>
    ) : (
      <EmptyState title="No contacts yet" />
    );
  } else {
    body = (
      <>
        <ContactsTable contacts={contacts.edges.map((edge) => edge.node)} isBusy={isSearching} />
        <div className="list-footer">
          {contacts.pageInfo.hasNextPage && (
            <>
              <span className="muted">
                Showing {formatCount(contacts.edges.length)} of {formatCount(contacts.totalCount)}
              </span>
              <Button onClick={handleLoadMore} isBusy={isLoadingMore}>
                Load more
              </Button>
            </>
          )}
          {loadMoreFailed && (
            <span role="alert" className="inline-error">
              Could not load more contacts. Try again.
            </span>
          )}
        </div>
      </>
    );
  }

  return (
    <>
      <title>{search.searchText ? `“${search.searchText}” · Contacts · Talentlane` : "Contacts · Talentlane"}</title>
      <AppHeader viewer={shown?.me} />
      <main className="page">
        <div className="page-heading">
          <h1>Contacts</h1>
          <p className="result-count" role="status">
            {!error && contacts && formatContactCount(contacts.totalCount)}
            {isSearching && (
              <>
                <Spinner size="small" />
                <span className="visually-hidden">Searching…</span>
              </>
            )}
          </p>
        </div>
        <ContactSearchField value={search.draft} onChange={search.setDraft} onSubmit={search.commitNow} />
        {body}
      </main>
    </>
  );
}
