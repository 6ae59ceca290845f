import { LIMITS } from "@talentlane/shared";
import { badInput, FieldProblems, type FieldPath } from "../../common/errors";
import { newId } from "../../common/ids";
import { readPageRequest, type PaginationArgs } from "../../common/pagination/page";
import { runPagedQuery } from "../../common/pagination/paged-query";
import { escapeLike, SqlParameters } from "../../common/sql";
import type { RequestContext } from "../../graphql/context";
import { toTagType, type TagRow } from "./tag.mapper";
import { TagConnection, type TagType } from "./tag.type";

const TAG_ORDERING = { key: "NAME_ASC", columns: [{ expression: "lower(t.name)", castTo: "text" as const }], descending: false, idExpression: "t.id" };

/** The workspace's tags by name, optionally those whose name contains `search`. */
export async function listTags(context: RequestContext, args: PaginationArgs & { search?: string | null }): Promise<TagConnection> {
  const viewer = context.requireViewer();
  const page = readPageRequest(args, TAG_ORDERING.key, 1);
  const params = new SqlParameters([viewer.workspaceId]);
  const conditions = ["t.workspace_id = $1"];
  if (args.search?.trim()) conditions.push(`lower(t.name) LIKE ${params.add(`%${escapeLike(args.search.trim().toLowerCase())}%`)}`);
  return runPagedQuery<TagRow, TagType, TagConnection>(
    context.db,
    { select: "t.id, t.name, t.color", from: "tag t", where: conditions.join(" AND "), params, ordering: TAG_ORDERING, page },
    TagConnection,
    toTagType,
  );
}

/** Reads tag names from input: trimmed, 1-100 characters, de-duplicated ignoring case. */
export function readTagNames(names: string[], path: FieldPath): string[] {
  const problems = new FieldProblems();
  if (names.length > LIMITS.tagsPerRequest) problems.add(path, `names more than ${LIMITS.tagsPerRequest} tags`);
  const byKey = new Map<string, string>();
  names.forEach((raw, index) => {
    const name = raw.trim().replace(/\s+/g, " ");
    if (name.length === 0 || name.length > 100) problems.add([...path, index], "must be 1 to 100 characters");
    else if (!byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
  });
  problems.throwIfAny();
  return [...byKey.values()];
}

/**
 * Returns the ids of the named tags, creating those that do not exist yet (names match ignoring case; a new tag
 * keeps the spelling given). Two statements whatever the number of tags.
 */
export async function ensureTags(context: RequestContext, names: string[], path: FieldPath): Promise<string[]> {
  const viewer = context.requireViewer();
  const wanted = readTagNames(names, path);
  if (wanted.length === 0) return [];
  const ids = wanted.map(() => newId());
  await context.db.query(
    `INSERT INTO tag (workspace_id, id, name)
     SELECT $1, new.id, new.name FROM unnest($2::uuid[], $3::text[]) AS new(id, name)
     ON CONFLICT (workspace_id, lower(name)) DO NOTHING`,
    [viewer.workspaceId, ids, wanted],
  );
  const rows = (await context.db.query(`SELECT id, lower(name) AS key FROM tag WHERE workspace_id = $1 AND lower(name) = ANY($2::text[])`, [
    viewer.workspaceId,
    wanted.map((name) => name.toLowerCase()),
  ])) as Array<{ id: string; key: string }>;
  const byKey = new Map(rows.map((row) => [row.key, row.id]));
  return wanted.map((name) => byKey.get(name.toLowerCase())).filter((id): id is string => Boolean(id));
}

/** Tags by name, for payloads. */
export async function loadTagsByIds(context: RequestContext, ids: string[]): Promise<TagType[]> {
  const viewer = context.requireViewer();
  const rows = (await context.db.query(`SELECT id, name, color FROM tag WHERE workspace_id = $1 AND id = ANY($2::uuid[]) ORDER BY lower(name)`, [
    viewer.workspaceId,
    ids,
  ])) as TagRow[];
  return rows.map(toTagType);
}

/** Refuses a tag colour that is not #rrggbb. */
export function readColor(color: string | null | undefined, path: FieldPath): string | null {
  if (color === null || color === undefined || color === "") return null;
  const normalized = color.trim().toLowerCase();
  if (!/^#[0-9a-f]{6}$/.test(normalized)) throw badInput(path, "must be a colour written #rrggbb");
  return normalized;
}
