import { badInput, DomainError, ErrorCode, notFound, type FieldPath } from "../../common/errors";
import { fromGlobalId, toGlobalId } from "../../common/global-id";
import { newId } from "../../common/ids";
import { readPageRequest, type PaginationArgs } from "../../common/pagination/page";
import { runPagedQuery } from "../../common/pagination/paged-query";
import { escapeLike, SqlParameters } from "../../common/sql";
import type { RequestContext } from "../../graphql/context";
import { SegmentEntity } from "./segment.entity";
import type { CreateSegmentInput, UpdateSegmentInput } from "./segment.inputs";
import { SegmentConnection, SegmentType } from "./segment.type";
import { findFiltersReferring, readSavedFilter } from "./saved-filter";

const SEGMENT_COLUMNS = "s.id, s.name, s.description, s.filter, s.visibility, s.owner_id, s.created_at, s.updated_at, s.version";
const SEGMENT_ORDERING = { key: "NAME_ASC", columns: [{ expression: "lower(s.name)", castTo: "text" as const }], descending: false, idExpression: "s.id" };

interface SegmentRow {
  id: string;
  name: string;
  description: string | null;
  filter: Record<string, unknown>;
  visibility: SegmentType["visibility"];
  owner_id: string;
  created_at: Date;
  updated_at: Date;
  version: number;
}

function toSegmentType(row: SegmentRow): SegmentType {
  return Object.assign(new SegmentType(), {
    id: toGlobalId("Segment", row.id),
    rawId: row.id,
    ownerRawId: row.owner_id,
    name: row.name,
    description: row.description,
    filter: row.filter,
    visibility: row.visibility,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  });
}

/**
 * The segments the viewer may use: the workspace's shared ones and their own private ones, by name; with `search`,
 * only those whose name contains it, ignoring case (segments are few per workspace: no index of their own).
 */
export async function listSegments(context: RequestContext, args: PaginationArgs & { search?: string | null }): Promise<SegmentConnection> {
  const viewer = context.requireViewer();
  const page = readPageRequest(args, SEGMENT_ORDERING.key, 1);
  const params = new SqlParameters([viewer.workspaceId, viewer.userId]);
  const conditions = ["s.workspace_id = $1", "(s.visibility = 'WORKSPACE' OR s.owner_id = $2)"];
  const search = args.search?.trim();
  if (search) conditions.push(`s.name ILIKE ${params.add(`%${escapeLike(search)}%`)}`);
  return runPagedQuery<SegmentRow, SegmentType, SegmentConnection>(
    context.db,
    { select: SEGMENT_COLUMNS, from: "segment s", where: conditions.join(" AND "), params, ordering: SEGMENT_ORDERING, page },
    SegmentConnection,
    toSegmentType,
  );
}

/** One segment the viewer may use; NOT_FOUND naming `path` otherwise. */
export async function getSegment(context: RequestContext, globalId: string, path: FieldPath): Promise<SegmentType> {
  const viewer = context.requireViewer();
  const id = fromGlobalId(globalId, "Segment", path);
  const [row] = (await context.db.query(
    `SELECT ${SEGMENT_COLUMNS} FROM segment s WHERE s.workspace_id = $1 AND s.id = $2 AND (s.visibility = 'WORKSPACE' OR s.owner_id = $3)`,
    [viewer.workspaceId, id, viewer.userId],
  )) as SegmentRow[];
  if (!row) throw notFound(path, "segment");
  return toSegmentType(row);
}

/** Saves a filter as a segment, after checking it compiles (its pools, segments and custom fields exist). */
export async function createSegment(context: RequestContext, input: CreateSegmentInput): Promise<SegmentType> {
  const viewer = context.requireViewer();
  const filter = await readSavedFilter(context, input.filter, ["input", "filter"], null);
  const id = newId();
  // Written with SQL: TypeORM's partial-entity types cannot describe a recursive JSON filter.
  await context.db.query(
    `INSERT INTO segment (workspace_id, id, name, description, filter, visibility, owner_id) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)`,
    [viewer.workspaceId, id, input.name.trim(), input.description?.trim() || null, JSON.stringify(filter), input.visibility ?? "PRIVATE", viewer.userId],
  );
  return getSegment(context, toGlobalId("Segment", id), ["input", "id"]);
}

/** Changes a segment; only its owner (or an admin, for shared ones) may. */
export async function updateSegment(context: RequestContext, input: UpdateSegmentInput): Promise<SegmentType> {
  const segment = await lockOwnSegment(context, input.id);
  if (input.expectedVersion != null && input.expectedVersion !== segment.version) {
    throw new DomainError(ErrorCode.CONFLICT, `The segment was changed by someone else (version ${segment.version})`, {
      current: await getSegment(context, input.id, ["input", "id"]),
    });
  }
  const filter = input.filter != null ? await readSavedFilter(context, input.filter, ["input", "filter"], input.id) : null;
  await context.db.query(
    `UPDATE segment SET name = $3, description = $4, visibility = $5, filter = coalesce($6::jsonb, filter), updated_at = now(), version = version + 1
      WHERE workspace_id = $1 AND id = $2`,
    [
      segment.workspaceId,
      segment.id,
      input.name?.trim() || segment.name,
      input.description !== undefined ? input.description?.trim() || null : segment.description,
      input.visibility ?? segment.visibility,
      filter ? JSON.stringify(filter) : null,
    ],
  );
  return getSegment(context, input.id, ["input", "id"]);
}

/** Deletes a segment no other saved filter uses. */
export async function deleteSegment(context: RequestContext, globalId: string): Promise<SegmentType> {
  const segment = await getSegment(context, globalId, ["input", "id"]);
  await lockOwnSegment(context, globalId);
  const users = await findFiltersReferring(context, globalId);
  if (users.length > 0) throw badInput(["input", "id"], `is used by ${users.map((name) => `"${name}"`).join(", ")}; change those first`);
  await context.db.delete(SegmentEntity, { workspaceId: context.requireViewer().workspaceId, id: segment.rawId });
  return segment;
}

async function lockOwnSegment(context: RequestContext, globalId: string): Promise<SegmentEntity> {
  const viewer = context.requireViewer();
  const id = fromGlobalId(globalId, "Segment", ["input", "id"]);
  const segment = await context.db.findOne(SegmentEntity, { where: { workspaceId: viewer.workspaceId, id }, lock: { mode: "pessimistic_write" } });
  const visible = segment && (segment.visibility === "WORKSPACE" || segment.ownerId === viewer.userId);
  if (!segment || !visible) throw notFound(["input", "id"], "segment");
  if (segment.ownerId !== viewer.userId && viewer.role !== "ADMIN") {
    throw new DomainError(ErrorCode.FORBIDDEN, "Only the segment's owner or an admin may change it");
  }
  return segment;
}
