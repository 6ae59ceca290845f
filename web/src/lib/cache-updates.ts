import type { ApolloCache, Reference } from "@apollo/client";

interface StoredConnection {
  edges?: ReadonlyArray<{ cursor?: string; node?: Reference }>;
  totalCount?: number;
  [field: string]: unknown;
}

/**
 * Adds a newly created object (already written to the cache, e.g. by its mutation's payload) to every cached
 * page of a root connection, such as `segments` or `talentPools`, so pickers and lists show it without
 * refetching the page (which would reset a scrolled list). Lists filtered by arguments get it too: a new
 * segment or pool is shown rather than hidden until the next load.
 */
export function appendToRootConnection(cache: ApolloCache, fieldName: string, edgeTypename: string, node: { __typename: string; id: string }): void {
  const id = cache.identify(node);
  if (!id) return;
  cache.modify({
    id: "ROOT_QUERY",
    fields: {
      [fieldName](existing: StoredConnection | Reference, { isReference }) {
        if (isReference(existing) || !existing || !Array.isArray(existing.edges)) return existing;
        if (existing.edges.some((edge) => edge.node?.__ref === id)) return existing;
        return {
          ...existing,
          edges: [...existing.edges, { __typename: edgeTypename, cursor: "", node: { __ref: id } }],
          ...(typeof existing.totalCount === "number" ? { totalCount: existing.totalCount + 1 } : {}),
        };
      },
    },
  });
}

/**
 * Drops `fieldNames` from every cached object of type `typename` without notifying the components that show
 * them, so the next query that needs those fields reads them from the API again. For writes to a set of records
 * the client cannot name (a bulk mutation by filter); the caller must then refetch the queries on screen, which
 * replaces what they show.
 */
export function forgetCachedFields(cache: ApolloCache, typename: string, fieldNames: readonly string[]): void {
  const prefix = `${typename}:`;
  // The normalised store's keys are the cache ids (`Contact:<id>`); extract() is the only way to list them.
  for (const id of Object.keys(cache.extract() as Record<string, unknown>)) {
    if (!id.startsWith(prefix)) continue;
    for (const fieldName of fieldNames) cache.evict({ id, fieldName, broadcast: false });
  }
}
