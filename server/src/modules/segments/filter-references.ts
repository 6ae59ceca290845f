import { contactFilterSchema, type ContactFilter, type MembershipFilter } from "@talentlane/shared";
import type { FilterReferences } from "../../common/filter-sql";
import { parseGlobalId } from "../../common/global-id";
import type { RequestContext } from "../../graphql/context";
import { MAX_SAVED_FILTER_DEPTH } from "../contacts/contact-filter.sql";

/** The pool and segment ids a filter names directly (in any and/or/not group). */
export function collectReferences(filter: ContactFilter | null | undefined, into = { pools: new Set<string>(), segments: new Set<string>() }) {
  if (!filter) return into;
  const add = (membership: MembershipFilter | null | undefined, typeName: string, target: Set<string>) => {
    for (const globalId of [...(membership?.anyOf ?? []), ...(membership?.allOf ?? []), ...(membership?.noneOf ?? [])]) {
      const parsed = parseGlobalId(globalId);
      if (parsed?.typeName === typeName) target.add(parsed.id);
    }
  };
  add(filter.pools, "TalentPool", into.pools);
  add(filter.segments, "Segment", into.segments);
  for (const child of [...(filter.and ?? []), ...(filter.or ?? []), ...(filter.not ? [filter.not] : [])]) collectReferences(child, into);
  return into;
}

/**
 * Loads the talent pools and segments a filter refers to, and those their own saved filters refer to, level by level
 * (one query per kind and level). Private segments of other users are not found. Saved filters are re-checked
 * against the schema; one that no longer parses is left out, and compiling then reports it at the reference.
 */
export async function loadFilterReferences(context: RequestContext, filter: ContactFilter | null): Promise<FilterReferences> {
  const viewer = context.requireViewer();
  const references: FilterReferences = { pools: new Map(), segments: new Map() };
  let wanted = collectReferences(filter);
  for (let level = 0; level <= MAX_SAVED_FILTER_DEPTH && (wanted.pools.size > 0 || wanted.segments.size > 0); level += 1) {
    const next = { pools: new Set<string>(), segments: new Set<string>() };
    const poolIds = [...wanted.pools].filter((id) => !references.pools.has(id));
    const segmentIds = [...wanted.segments].filter((id) => !references.segments.has(id));
    if (poolIds.length > 0) {
      const pools = (await context.db.query(`SELECT id, name, kind, filter FROM talent_pool WHERE workspace_id = $1 AND id = ANY($2::uuid[])`, [
        viewer.workspaceId,
        poolIds,
      ])) as Array<{ id: string; name: string; kind: "STATIC" | "DYNAMIC"; filter: unknown }>;
      for (const pool of pools) {
        const saved = pool.kind === "DYNAMIC" ? contactFilterSchema.safeParse(pool.filter) : null;
        if (saved && !saved.success) continue;
        references.pools.set(pool.id, { kind: pool.kind, name: pool.name, filter: saved?.data ?? null });
        collectReferences(saved?.data, next);
      }
    }
    if (segmentIds.length > 0) {
      const segments = (await context.db.query(
        `SELECT id, name, filter FROM segment WHERE workspace_id = $1 AND id = ANY($2::uuid[]) AND (visibility = 'WORKSPACE' OR owner_id = $3)`,
        [viewer.workspaceId, segmentIds, viewer.userId],
      )) as Array<{ id: string; name: string; filter: unknown }>;
      for (const segment of segments) {
        const saved = contactFilterSchema.safeParse(segment.filter);
        if (!saved.success) continue;
        references.segments.set(segment.id, { name: segment.name, filter: saved.data });
        collectReferences(saved.data, next);
      }
    }
    wanted = next;
  }
  return references;
}

/** Whether a filter (as plain JSON) names pools or segments, so they must be loaded before compiling. */
export function mentionsReferences(filter: unknown): boolean {
  if (filter === null || filter === undefined) return false;
  const text = JSON.stringify(filter);
  return text.includes('"pools"') || text.includes('"segments"');
}
