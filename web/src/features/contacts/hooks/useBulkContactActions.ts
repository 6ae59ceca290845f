import { useApolloClient, useMutation } from "@apollo/client/react";
import { LIMITS } from "@talentlane/shared";
import { graphql } from "../../../gql";
import { appendToRootConnection, forgetCachedFields } from "../../../lib/cache-updates";
import { chunk, type BulkTarget } from "../utils/selection";

const TagContactsMutation = graphql(`
  mutation TagContacts($input: BulkTagInput!) {
    tagContacts(input: $input) {
      affectedCount
      contacts {
        id
        tags {
          id
          name
        }
      }
    }
  }
`);

const AddToTalentPoolMutation = graphql(`
  mutation AddToTalentPool($input: PoolMembersInput!) {
    addToTalentPool(input: $input) {
      affectedCount
      talentPool {
        id
        name
      }
    }
  }
`);

const CreateStaticPoolMutation = graphql(`
  mutation CreateStaticPool($input: CreateTalentPoolInput!) {
    createTalentPool(input: $input) {
      talentPool {
        id
        name
        kind
      }
    }
  }
`);

const AddContactsToJobMutation = graphql(`
  mutation AddContactsToJob($input: AddContactsToJobInput!) {
    addContactsToJob(input: $input) {
      addedCount
      skippedCount
    }
  }
`);

/**
 * Tagging returns the changed contacts (at most 100 per call) so the rows update in place: batches of 100
 * keep every selected row current.
 */
const TAG_BATCH = 100;

/**
 * The contacts list's bulk actions: tag, add to a talent pool (optionally a new static one), add to a job. Each
 * takes a {@link BulkTarget}: picked ids are sent in batches the API accepts; "all matching" is one call with
 * the list's filter and search, which the API applies to every contact they select. Each function resolves with
 * the API's counts, and rejects (with the API's error) when a call fails.
 */
export function useBulkContactActions() {
  const client = useApolloClient();
  const [tagContacts, tagState] = useMutation(TagContactsMutation);
  const [addToTalentPool, poolState] = useMutation(AddToTalentPoolMutation);
  const [createPool, createPoolState] = useMutation(CreateStaticPoolMutation);
  const [addContactsToJob, jobState] = useMutation(AddContactsToJobMutation);

  /**
   * After a write by filter the client cannot tell which contacts changed: forget `fields` of every cached
   * contact and read the lists on screen again (the page's list returns to its first page). A failed refetch
   * shows as that list's own error; the write itself succeeded.
   */
  function refreshAfterWriteByFilter(fields: readonly string[]) {
    forgetCachedFields(client.cache, "Contact", fields);
    client.refetchQueries({ include: "active" }).catch(() => undefined);
  }

  async function tag(target: BulkTarget, tags: readonly string[]): Promise<number> {
    if (target.kind === "matching") {
      const { filter, search } = target;
      const { data } = await tagContacts({ variables: { input: { filter, search, tags: [...tags] } } });
      refreshAfterWriteByFilter(["tags"]);
      return data?.tagContacts.affectedCount ?? 0;
    }
    let affected = 0;
    for (const ids of chunk(target.contactIds, TAG_BATCH)) {
      const { data } = await tagContacts({ variables: { input: { contactIds: ids, tags: [...tags] } } });
      affected += data?.tagContacts.affectedCount ?? 0;
    }
    return affected;
  }

  /** Adds to `pool` (an id), or first creates a static pool named `pool.newName`. */
  async function addToPool(target: BulkTarget, pool: { id: string } | { newName: string }, note: string | null) {
    let poolId: string;
    let poolName: string | null = null;
    if ("id" in pool) {
      poolId = pool.id;
    } else {
      const { data } = await createPool({ variables: { input: { kind: "STATIC", name: pool.newName } } });
      const created = data!.createTalentPool.talentPool;
      poolId = created.id;
      poolName = created.name;
      appendToRootConnection(client.cache, "talentPools", "TalentPoolEdge", { __typename: "TalentPool", id: created.id });
    }
    let added = 0;
    const inputs =
      target.kind === "matching"
        ? [{ poolId, filter: target.filter, search: target.search, note: note || null }]
        : chunk(target.contactIds, LIMITS.bulkIdsMax).map((ids) => ({ poolId, contactIds: ids, note: note || null }));
    for (const input of inputs) {
      const { data } = await addToTalentPool({ variables: { input } });
      added += data?.addToTalentPool.affectedCount ?? 0;
      poolName = data?.addToTalentPool.talentPool.name ?? poolName;
    }
    // The pool's member lists (and counts) are stale now; they are read again when next shown.
    client.cache.evict({ id: client.cache.identify({ __typename: "TalentPool", id: poolId }), fieldName: "members" });
    client.cache.gc();
    // The list may be filtered by pool membership.
    if (target.kind === "matching") refreshAfterWriteByFilter([]);
    return { added, poolId, poolName };
  }

  async function addToJob(target: BulkTarget, jobId: string, stageId: string | null) {
    let added = 0;
    let skipped = 0;
    const inputs =
      target.kind === "matching"
        ? [{ jobId, filter: target.filter, search: target.search, stageId }]
        : chunk(target.contactIds, LIMITS.bulkIdsMax).map((ids) => ({ jobId, contactIds: ids, stageId }));
    for (const input of inputs) {
      const { data } = await addContactsToJob({ variables: { input } });
      added += data?.addContactsToJob.addedCount ?? 0;
      skipped += data?.addContactsToJob.skippedCount ?? 0;
    }
    // Applications changed: the contacts' records, the job's board and counts must be read again.
    if (target.kind === "ids") {
      for (const id of target.contactIds) client.cache.evict({ id: client.cache.identify({ __typename: "Contact", id }), fieldName: "applications" });
    }
    const jobRef = client.cache.identify({ __typename: "Job", id: jobId });
    client.cache.evict({ id: jobRef, fieldName: "stageCounts" });
    client.cache.evict({ id: jobRef, fieldName: "applications" });
    client.cache.evict({ id: "ROOT_QUERY", fieldName: "pipelineBoard" });
    client.cache.gc();
    if (target.kind === "matching") refreshAfterWriteByFilter(["applications"]);
    return { added, skipped };
  }

  return {
    tag,
    addToPool,
    addToJob,
    isTagging: tagState.loading,
    isAddingToPool: poolState.loading || createPoolState.loading,
    isAddingToJob: jobState.loading,
  };
}
