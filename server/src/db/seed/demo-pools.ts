import { faker } from "@faker-js/faker";
import { checkFilter, contactFilterSchema, type ContactFilter } from "@talentlane/shared";
import { DEMO_SEGMENTS, DYNAMIC_POOL, FRONTEND_COMMUNITY_POOL, SILVER_MEDALIST_POOL, type DemoPoolSpec } from "./demo-ats-data";
import type { PoolMembershipRow, SegmentRow, TalentPoolRow } from "./demo-ats-tables";
import type { DemoApplication } from "./demo-applications";
import type { ContactContext } from "./demo-contacts";
import { betweenMs, DAY_MS, iso, REFERENCE_DATE, withIdsInCreationOrder } from "./demo-random";
import type { DemoUsers } from "./demo-users";

const HOUR_MS = 3_600_000;

export interface DemoPoolRows {
  pools: TalentPoolRow[];
  memberships: PoolMembershipRow[];
  segments: SegmentRow[];
}

/**
 * Three talent pools and the saved segments. The static pools are hand-picked: silver medalists (candidates
 * rejected late in a process, added after their rejection) and a community of frontend people; the dynamic pool and
 * the segments hold a contact filter, checked against the shared filter schema so a bad filter can never be
 * stored. Ids follow creation order.
 */
export function generatePoolsAndSegments(
  workspaceId: string,
  users: DemoUsers,
  contacts: ContactContext[],
  applications: DemoApplication[],
): DemoPoolRows {
  const memberships: PoolMembershipRow[] = [];
  const pool = (spec: DemoPoolSpec, filter: ContactFilter | null): TalentPoolRow => {
    const createdAt = iso(new Date(REFERENCE_DATE.getTime() - spec.createdDaysAgo * DAY_MS));
    return {
      workspace_id: workspaceId,
      id: "",
      name: spec.name,
      description: spec.description,
      kind: filter ? "DYNAMIC" : "STATIC",
      filter: filter ? validFilter(filter, spec.name) : null,
      owner_id: users[spec.owner].id,
      created_at: createdAt,
      updated_at: createdAt,
      version: 1,
    };
  };
  const silverMedalists = pool(SILVER_MEDALIST_POOL, null);
  const frontendCommunity = pool(FRONTEND_COMMUNITY_POOL, null);
  const pools = withIdsInCreationOrder([silverMedalists, frontendCommunity, pool(DYNAMIC_POOL, DYNAMIC_POOL.filter)], (row) => row);

  // Nearly hired: rejected from an interview or an offer for reasons that say nothing against them.
  const nearMisses = new Map<string, DemoApplication>();
  for (const application of applications) {
    const { row, lastActiveStage } = application;
    const isLate = lastActiveStage.category === "INTERVIEW" || lastActiveStage.category === "OFFER";
    const isNearMiss = row.reject_category === "POSITION_FILLED" || row.reject_category === "EXPERIENCE" || row.reject_category === "COMPENSATION";
    if (row.status === "REJECTED" && isLate && isNearMiss && !nearMisses.has(row.contact_id)) nearMisses.set(row.contact_id, application);
  }
  const silverPicks = faker.helpers.arrayElements([...nearMisses.values()], Math.min(SILVER_MEDALIST_POOL.size, nearMisses.size));
  for (const application of silverPicks) {
    const after = Math.max(Date.parse(application.row.closed_at!), Date.parse(silverMedalists.created_at));
    memberships.push(
      membership(silverMedalists, application.contact, application.recruiterId, betweenMs(after + HOUR_MS, Math.min(after + 5 * DAY_MS, REFERENCE_DATE.getTime())), SILVER_MEDALIST_POOL.notes),
    );
  }

  const community = contacts.filter((contact) => contact.kind === "CANDIDATE" && FRONTEND_COMMUNITY_POOL.families.includes(contact.family.key));
  for (const contact of faker.helpers.arrayElements(community, Math.min(FRONTEND_COMMUNITY_POOL.size, community.length))) {
    const addedBy = faker.datatype.boolean(0.7) ? users[FRONTEND_COMMUNITY_POOL.owner].id : users.recruiter.id;
    const after = Math.max(Date.parse(contact.row.created_at), Date.parse(frontendCommunity.created_at));
    memberships.push(membership(frontendCommunity, contact, addedBy, betweenMs(after + HOUR_MS, REFERENCE_DATE.getTime()), FRONTEND_COMMUNITY_POOL.notes));
  }
  for (const row of pools) {
    const added = memberships.filter((member) => member.pool_id === row.id).map((member) => member.added_at);
    row.updated_at = added.reduce((latest, at) => (at > latest ? at : latest), row.updated_at);
  }

  const segments = withIdsInCreationOrder(
    DEMO_SEGMENTS.map((spec): SegmentRow => {
      const createdAt = iso(new Date(REFERENCE_DATE.getTime() - spec.createdDaysAgo * DAY_MS));
      return {
        workspace_id: workspaceId,
        id: "",
        name: spec.name,
        description: spec.description,
        filter: validFilter(spec.filter, spec.name),
        visibility: spec.visibility,
        owner_id: users[spec.owner].id,
        created_at: createdAt,
        updated_at: createdAt,
        version: 1,
      };
    }),
    (row) => row,
  );
  return { pools, memberships, segments };
}

function membership(pool: TalentPoolRow, contact: ContactContext, addedById: string, addedAt: number, notes: readonly string[]): PoolMembershipRow {
  return {
    workspace_id: pool.workspace_id,
    pool_id: pool.id,
    contact_id: contact.row.id,
    added_by_id: addedById,
    added_at: iso(new Date(addedAt)),
    note: faker.datatype.boolean(0.35) ? faker.helpers.arrayElement(notes) : null,
  };
}

/** The filter, if the shared schema (the API's `ContactFilter` input) accepts it; a bad demo filter is a bug. */
function validFilter(filter: ContactFilter, name: string): ContactFilter {
  const check = checkFilter(contactFilterSchema, filter);
  if (!check.ok) {
    throw new Error(`demo filter of "${name}" is invalid: ${check.problems.map((problem) => `${problem.path.join(".") || "(root)"} ${problem.message}`).join("; ")}`);
  }
  return filter;
}
