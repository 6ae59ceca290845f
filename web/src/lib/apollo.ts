import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";

/**
 * Cache policies. Connections are merged page by page (Relay style); every argument except the page
 * window (`first`/`after`/`last`/`before`) names a different list.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          contacts: relayStylePagination(["filter", "search", "orderBy", "deleted"]),
        },
      },
      // One viewer per session; keep it as a singleton so `me` refreshes in place.
      Viewer: { keyFields: [] },
    },
  });
}

/**
 * The app's Apollo Client: POSTs to the same-origin `/graphql` with the session cookie, and masks data so
 * each component sees only the fields its own fragment asks for.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: "/graphql", credentials: "same-origin" }),
    cache: createCache(),
    dataMasking: true,
  });
}
