import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import { createBusyRetryLink } from "./busy-retry-link";

/**
 * Cache policies. Connections are merged page by page (Relay style), so infinite lists fetch only the next
 * page; every argument except the page window (`first`/`after`/`last`/`before`) names a different list.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          contacts: relayStylePagination(["filter", "search", "orderBy", "deleted"]),
          talentPools: relayStylePagination(["search", "kind"]),
          segments: relayStylePagination(["search"]),
          jobs: relayStylePagination(["filter", "search", "orderBy"]),
          tags: relayStylePagination(["search"]),
          users: relayStylePagination(["includeInactive", "search"]),
        },
      },
      Contact: {
        fields: {
          timeline: relayStylePagination(["channels"]),
          // Custom values are a JSON object: a new one replaces the old one whole.
          customValues: { merge: false },
        },
      },
      // A board's columns are normalised by their stage, so a card move can edit the two columns it touches and
      // each column component reads its own fragment; a column's cards are one list however the board paged it
      // (it appends pages itself), and a newer read replaces it.
      BoardColumn: {
        keyFields: ["stage", ["id"]],
        fields: { cards: { keyArgs: false, merge: false } },
      },
      // A job's stages, counts and team are whole lists every answer replaces (a removed stage leaves one shorter).
      Job: {
        fields: {
          stages: { merge: false },
          stageCounts: { merge: false },
          hiringTeam: { merge: false },
        },
      },
      TalentPool: {
        fields: {
          members: relayStylePagination(["filter", "search", "orderBy"]),
        },
      },
      // Value objects without ids: replace them whole when a contact is saved.
      Location: { keyFields: false },
      Consent: { keyFields: false },
      Compensation: { keyFields: false },
      // One viewer per session; keep it as a singleton so `me` refreshes in place.
      Viewer: { keyFields: [] },
    },
  });
}

/**
 * The app's Apollo Client: POSTs to the same-origin `/graphql` with the session cookie, sends again what the API
 * was too busy to run (busy-retry-link.ts), and masks data so each component sees only the fields its own
 * fragment asks for.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([createBusyRetryLink(), new HttpLink({ uri: "/graphql", credentials: "same-origin" })]),
    cache: createCache(),
    dataMasking: true,
  });
}
