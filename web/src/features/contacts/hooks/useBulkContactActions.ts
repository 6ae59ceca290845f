import { useApolloClient, useMutation } from "@apollo/client/react";
import { LIMITS } from "@talentlane/shared";
import { graphql } from "../../../gql";
import { appendToRootConnection } from "../../../lib/cache-updates";
import { chunk } from "../utils/selection";

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
 * The contacts list's bulk actions on selected ids: tag, add to a talent pool (optionally a new static one),
 * add to a job. Large selections are sent in batches the API accepts; each function resolves with the total.
 */
export function useBulkContactActions() {
  const client = useApolloClient();
  const [tagContacts, tagState] = useMutation(TagContactsMutation);
  const [addToTalentPool, poolState] = useMutation(AddToTalentPoolMutation);
  const [createPool, createPoolState] = useMutation(CreateStaticPoolMutation);
  const [addContactsToJob, jobState] = useMutation(AddContactsToJobMutation);

  async function tag(contactIds: readonly string[], tags: readonly string[]): Promise<number> {
    let affected = 0;
    for (const ids of chunk(contactIds, TAG_BATCH)) {
      const { data } = await tagContacts({ variables: { input: { contactIds: ids, tags: [...tags] } } });
      affected += data?.tagContacts.affectedCount ?? 0;
    }
    return affected;
  }

  /** Adds to `pool` (an id), or first creates a static pool named `pool.newName`. */
  async function addToPool(contactIds: readonly string[], pool: { id: string } | { newName: string }, note: string | null) {
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
    for (const ids of chunk(contactIds, LIMITS.bulkIdsMax)) {
      const { data } = await addToTalentPool({ variables: { input: { poolId, contactIds: ids, note: note || null } } });
      added += data?.addToTalentPool.affectedCount ?? 0;
      poolName = data?.addToTalentPool.talentPool.name ?? poolName;
    }
    // The pool's member lists (and counts) are stale now; they are read again when next shown.
    client.cache.evict({ id: client.cache.identify({ __typename: "TalentPool", id: poolId }), fieldName: "members" });
    client.cache.gc();
    return { added, poolId, poolName };
  }

  async function addToJob(contactIds: readonly string[], jobId: string, stageId: string | null) {
    let added = 0;
    let skipped = 0;
    for (const ids of chunk(contactIds, LIMITS.bulkIdsMax)) {
      const { data } = await addContactsToJob({ variables: { input: { jobId, contactIds: ids, stageId } } });
      added += data?.addContactsToJob.addedCount ?? 0;
      skipped += data?.addContactsToJob.skippedCount ?? 0;
    }
    // Applications changed: the contacts' records, the job's board and counts must be read again.
    for (const id of contactIds) client.cache.evict({ id: client.cache.identify({ __typename: "Contact", id }), fieldName: "applications" });
    const jobRef = client.cache.identify({ __typename: "Job", id: jobId });
    client.cache.evict({ id: jobRef, fieldName: "stageCounts" });
    client.cache.evict({ id: jobRef, fieldName: "applications" });
    client.cache.evict({ id: "ROOT_QUERY", fieldName: "pipelineBoard" });
    client.cache.gc();
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
