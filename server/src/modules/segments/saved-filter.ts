import { contactFilterSchema, type ContactFilter } from "@talentlane/shared";
import { badInput, type FieldPath } from "../../common/errors";
import { readFilter } from "../../common/read-filter";
import type { RequestContext } from "../../graphql/context";
import { parseGlobalId } from "../../common/global-id";
import { compileContactSelection } from "../contacts/contact.service";
import { loadFilterReferences } from "./filter-references";

/**
 * Reads a filter to be saved (on a segment or a dynamic pool): validated like any filter, and compiled once so that
 * what it refers to (pools, segments, custom fields) exists and does not loop back on `selfGlobalId`. Returns the
 * plain AST to store.
 */
export async function readSavedFilter(context: RequestContext, input: unknown, path: FieldPath, selfGlobalId: string | null): Promise<ContactFilter> {
  const filter = readFilter(contactFilterSchema, input, path) ?? {};
  if (selfGlobalId) {
    // Everything the new filter reaches, through other saved filters too, must not include the filter's owner.
    const self = parseGlobalId(selfGlobalId);
    const reachable = await loadFilterReferences(context, filter);
    if (self && (reachable.segments.has(self.id) || reachable.pools.has(self.id))) {
      throw badInput(path, "refers back to itself, directly or through other segments or pools");
    }
  }
  await compileContactSelection(context, { filter }, path.slice(0, -1));
  return filter;
}

/** Saved filters in the database that mention a pool's or segment's id (so it cannot be deleted under them). */
export async function findFiltersReferring(context: RequestContext, globalId: string): Promise<string[]> {
  const workspaceId = context.requireViewer().workspaceId;
  const rows = (await context.db.query(
    `SELECT name FROM segment WHERE workspace_id = $1 AND filter::text LIKE $2
     UNION ALL
     SELECT name FROM talent_pool WHERE workspace_id = $1 AND filter::text LIKE $2`,
    [workspaceId, `%"${globalId}"%`],
  )) as Array<{ name: string }>;
  return rows.map((row) => row.name);
}
