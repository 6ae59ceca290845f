import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Badge, Breadcrumbs, Grid, Group, Stack, Text } from "@mantine/core";
import { useCallback, useRef } from "react";
import { Link, useParams } from "react-router-dom";
import { PageHeader } from "../components/ui/PageHeader";
import { EmptyState, ErrorState, LoadingState } from "../components/ui/states";
import { ApplicationsCard } from "../features/contacts/components/record/ApplicationsCard";
import { ContactDetails } from "../features/contacts/components/record/ContactDetails";
import { ContactTagsEditor } from "../features/contacts/components/record/ContactTagsEditor";
import { CustomValuesCard } from "../features/contacts/components/record/CustomValuesCard";
import { TimelineCard } from "../features/contacts/components/record/TimelineCard";
import { graphql } from "../gql";
import { describeError, isNotFoundError } from "../lib/graphql-errors";
import { CONTACT_KIND_LABELS } from "../lib/labels";

/** Interactions per page of the timeline. */
const TIMELINE_PAGE_SIZE = 20;

const ContactPageQuery = graphql(`
  query ContactPage($id: ID!, $timelineFirst: Int!) {
    contact(id: $id) {
      id
      displayName
      headline
      kind
      deletedAt
      ...ContactDetails_contact
      ...ContactCustomValues_contact
      ...ContactApplications_contact
      ...ContactTags_contact
      timeline(first: $timelineFirst) {
        totalCount
        edges {
          cursor
          node {
            id
            ...TimelineItem_interaction
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
    ...ContactCustomValues_query
    users(first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const ContactTimelineNextQuery = graphql(`
  query ContactTimelineNext($id: ID!, $timelineFirst: Int!, $after: String) {
    contact(id: $id) {
      id
      timeline(first: $timelineFirst, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            ...TimelineItem_interaction
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

/**
 * `/contacts/:contactId`: the whole record (details, custom fields, tags, applications) with its timeline.
 * Everything is editable in place and interactions are logged from the timeline, by viewers who may write; the
 * cards hide those controls from the others.
 */
export function ContactPage() {
  const { contactId = "" } = useParams();
  const isFetchingMore = useRef(false);
  const variables = { id: contactId, timelineFirst: TIMELINE_PAGE_SIZE };
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(ContactPageQuery, { variables, notifyOnNetworkStatusChange: true });
  const contact = data?.contact.id === contactId ? data.contact : undefined;
  const timeline = contact?.timeline;

  const handleLoadMore = useCallback(async () => {
    if (!timeline?.pageInfo.hasNextPage || isFetchingMore.current) return;
    isFetchingMore.current = true;
    try {
      await fetchMore({ query: ContactTimelineNextQuery, variables: { ...variables, after: timeline.pageInfo.endCursor } });
    } finally {
      isFetchingMore.current = false;
    }
  }, [timeline, fetchMore, contactId]); // eslint-disable-line react-hooks/exhaustive-deps

  if (error && isNotFoundError(error)) {
    return (
      <EmptyState title="This contact does not exist" action={<Anchor component={Link} to="/contacts">All contacts</Anchor>}>
        It may have been deleted for good, or the link is wrong.
      </EmptyState>
    );
  }
  if (error && !contact) return <ErrorState title="Could not load the contact" detail={describeError(error)} onRetry={() => void refetch()} />;
  if (!contact || !timeline || !data) return <LoadingState label="Loading the contact…" />;

  const users = data.users.edges.map(({ node }) => node);
  const reload = () => refetch();

  return (
    <Stack gap="md">
      <title>{`${contact.displayName} · Contacts · Talentlane`}</title>
      <PageHeader
        above={
          <Breadcrumbs>
            <Anchor component={Link} to="/contacts" size="sm">
              Contacts
            </Anchor>
            <Text size="sm">{contact.displayName}</Text>
          </Breadcrumbs>
        }
        title={
          <Group gap="xs" component="span">
            {contact.displayName}
            <Badge variant="light" color="gray">
              {CONTACT_KIND_LABELS[contact.kind]}
            </Badge>
          </Group>
        }
        subtitle={contact.headline}
      />
      {contact.deletedAt && (
        <Alert color="yellow" role="status">
          This contact is in the trash. It can still be read and restored through the API.
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <ContactDetails contact={contact} users={users} onReload={reload} />
            <CustomValuesCard contact={contact} users={users} onReload={reload} />
            <TimelineCard
              contactId={contact.id}
              interactions={timeline.edges.map((edge) => edge.node)}
              totalCount={timeline.totalCount}
              hasMore={timeline.pageInfo.hasNextPage}
              isLoadingMore={networkStatus === NetworkStatus.fetchMore}
              onLoadMore={() => void handleLoadMore()}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <ContactTagsEditor contact={contact} />
            <ApplicationsCard contact={contact} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
