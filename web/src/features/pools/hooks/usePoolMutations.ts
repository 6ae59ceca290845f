import { useApolloClient, useMutation } from "@apollo/client/react";
import { LIMITS, type ContactFilter } from "@talentlane/shared";
import { graphql } from "../../../gql";
import { appendToRootConnection } from "../../../lib/cache-updates";

const CreateTalentPoolMutation = graphql(`
  mutation CreateTalentPool($input: CreateTalentPoolInput!) {
    createTalentPool(input: $input) {
      talentPool {
        id
        name
        kind
        description
        filter
        version
        updatedAt
      }
    }
  }
`);

const UpdateTalentPoolMutation = graphql(`
  mutation UpdateTalentPool($input: UpdateTalentPoolInput!) {
    updateTalentPool(input: $input) {
      talentPool {
        id
        name
        description
        filter
        version
        updatedAt
      }
    }
  }
`);

const RemoveFromTalentPoolMutation = graphql(`
  mutation RemoveFromTalentPool($input: PoolMembersInput!) {
    removeFromTalentPool(input: $input) {
      affectedCount
      talentPool {
        id
      }
    }
  }
`);

/** Creating, changing and emptying talent pools; member lists are read again after a change. */
export function usePoolMutations() {
  const client = useApolloClient();
  const [create, createState] = useMutation(CreateTalentPoolMutation);
  const [update, updateState] = useMutation(UpdateTalentPoolMutation);
  const [remove, removeState] = useMutation(RemoveFromTalentPoolMutation);

  function forgetMembers(poolId: string) {
    client.cache.evict({ id: client.cache.identify({ __typename: "TalentPool", id: poolId }), fieldName: "members" });
    client.cache.gc();
  }

  /** Creates a pool; DYNAMIC pools need `filter`. Resolves with the new pool's id. */
  async function createPool(input: { name: string; description: string | null; kind: "STATIC" | "DYNAMIC"; filter: ContactFilter | null }): Promise<string> {
    const { data } = await create({
      variables: { input: { name: input.name, description: input.description, kind: input.kind, filter: input.kind === "DYNAMIC" ? input.filter : null } },
    });
    const pool = data!.createTalentPool.talentPool;
    appendToRootConnection(client.cache, "talentPools", "TalentPoolEdge", { __typename: "TalentPool", id: pool.id });
    return pool.id;
  }

  /** Saves a dynamic pool's new filter (a CONFLICT if someone changed the pool since `expectedVersion`). */
  async function updatePoolFilter(poolId: string, filter: ContactFilter, expectedVersion: number): Promise<void> {
    await update({ variables: { input: { id: poolId, filter, expectedVersion } } });
    forgetMembers(poolId);
  }

  /** Removes contacts from a static pool; resolves with how many left it. */
  async function removeMembers(poolId: string, contactIds: readonly string[]): Promise<number> {
    let removed = 0;
    for (let start = 0; start < contactIds.length; start += LIMITS.bulkIdsMax) {
      const { data } = await remove({ variables: { input: { poolId, contactIds: contactIds.slice(start, start + LIMITS.bulkIdsMax) } } });
      removed += data?.removeFromTalentPool.affectedCount ?? 0;
    }
    forgetMembers(poolId);
    return removed;
  }

  return {
    createPool,
    updatePoolFilter,
    removeMembers,
    isCreating: createState.loading,
    isUpdating: updateState.loading,
    isRemoving: removeState.loading,
  };
}
