import type { ApolloCache } from "@apollo/client";

/** The cache id of a stage's column (columns are keyed by their stage; see the BoardColumn policy in lib/apollo.ts). */
export function boardColumnCacheId(cache: ApolloCache, stageId: string): string | undefined {
  return cache.identify({ __typename: "BoardColumn", stage: { __typename: "Stage", id: stageId } });
}
