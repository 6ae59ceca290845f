import type { PoolKind } from "@talentlane/shared";
import { badInput, DomainError, ErrorCode, notFound, type FieldPath } from "../../common/errors";
import { fromGlobalId, toGlobalId } from "../../common/global-id";
import { newId } from "../../common/ids";
import { slicePage } from "../../common/pagination/connection.types";
import { encodeCursor } from "../../common/pagination/cursor";
import { buildKeyset, sortValuesOf, type KeysetOrdering } from "../../common/pagination/keyset";
import { readPageRequest, type PaginationArgs } from "../../common/pagination/page";
import { countsInPage, rowsStatement, runPagedQuery, totalOfPage, type PagedQuery } from "../../common/pagination/paged-query";
import { escapeLike, queryReturning, SqlParameters } from "../../common/sql";
import type { RequestContext } from "../../graphql/context";
import { ContactOrderBy, type ContactFilter } from "../contacts/contact-filter.inputs";
import { toContactType, type ContactRow } from "../contacts/contact.mapper";
import { compileContactSelection, readContactIds } from "../contacts/contact.service";
import { CONTACT_COLUMNS, CONTACT_ORDERINGS } from "../contacts/contact.sql";
import { findFiltersReferring, readSavedFilter } from "../segments/saved-filter";
import { TalentPoolEntity } from "./talent-pool.entity";
import type { CreateTalentPoolInput, PoolMembersInput, UpdateTalentPoolInput } from "./talent-pool.inputs";
import { TalentPoolConnection, TalentPoolMemberConnection, TalentPoolMemberEdge, TalentPoolType } from "./talent-pool.type";

const POOL_COLUMNS = "p.id, p.name, p.description, p.kind, p.filter, p.owner_id, p.created_at, p.updated_at, p.version";
const POOL_ORDERING: KeysetOrdering = { key: "NAME_ASC", columns: [{ expression: "lower(p.name)", castTo: "text" }], descending: false, idExpression: "p.id" };

interface PoolRow {
  id: string;
  name: string;
  description: string | null;
  kind: TalentPoolType["kind"];
  filter: Record<string, unknown> | null;
  owner_id: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

function toTalentPoolType(row: PoolRow): TalentPoolType {
  return Object.assign(new TalentPoolType(), {
    id: toGlobalId("TalentPool", row.id),
    rawId: row.id,
    ownerRawId: row.owner_id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    filter: row.filter,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  });
}

/** The workspace's talent pools by name, optionally only those whose name contains `search`, and of one `kind`. */
export async function listTalentPools(context: RequestContext, args: PaginationArgs & { search?: string | null; kind?: PoolKind | null }): Promise<TalentPoolConnection> {
  const viewer = context.requireViewer();
  const page = readPageRequest(args, POOL_ORDERING.key, 1);
  const params = new SqlParameters([viewer.workspaceId]);
  const conditions = ["p.workspace_id = $1"];
  if (args.search?.trim()) conditions.push(`lower(p.name) LIKE ${params.add(`%${escapeLike(args.search.trim().toLowerCase())}%`)}`);
  if (args.kind) conditions.push(`p.kind = ${params.add(args.kind)}`);
  return runPagedQuery<PoolRow, TalentPoolType, TalentPoolConnection>(
    context.db,
    { select: POOL_COLUMNS, from: "talent_pool p", where: conditions.join(" AND "), params, ordering: POOL_ORDERING, page },
    TalentPoolConnection,
    toTalentPoolType,
  );
}

/** One pool; NOT_FOUND naming `path` otherwise. */
export async function getTalentPool(context: RequestContext, globalId: string, path: FieldPath): Promise<TalentPoolType> {
  const viewer = context.requireViewer();
  const id = fromGlobalId(globalId, "TalentPool", path);
  const [row] = (await context.db.query(`SELECT ${POOL_COLUMNS} FROM talent_pool p WHERE p.workspace_id = $1 AND p.id = $2`, [viewer.workspaceId, id])) as PoolRow[];
  if (!row) throw notFound(path, "talent pool");
  return toTalentPoolType(row);
}

export interface PoolMembersArgs extends PaginationArgs {
  filter?: ContactFilter | null;
  search?: string | null;
  orderBy?: ContactOrderBy | null;
}

/**
 * A page of a pool's members, narrowed further by the usual contact filter and search. STATIC pools read their
 * member list (with who added each and why); DYNAMIC pools evaluate their saved filter live.
 */
export async function listPoolMembers(
  context: RequestContext,
  pool: TalentPoolType,
  args: PoolMembersArgs,
  { withTotal = false }: { withTotal?: boolean } = {},
): Promise<TalentPoolMemberConnection> {
  const filter = { and: [{ pools: { anyOf: [pool.id] } }, ...(args.filter ? [args.filter] : [])] } as ContactFilter;
  const selection = await compileContactSelection(context, { filter, search: args.search });
  const ordering = CONTACT_ORDERINGS[(args.orderBy && args.orderBy !== ContactOrderBy.RELEVANCE ? args.orderBy : ContactOrderBy.CREATED_AT_DESC) as keyof typeof CONTACT_ORDERINGS];
  const page = readPageRequest(args, ordering.key, ordering.columns.length);
  const params = selection.params;
  const countValues = [...params.values];
  const poolParam = params.add(pool.rawId);
  // A pool can hold a large share of the contacts: sort the members' keys, then read the page's rows with who
  // added each and why (paged-query.ts, keysFirst).
  const query: PagedQuery = {
    select: `${CONTACT_COLUMNS}, pm.added_at AS member_added_at, pm.added_by_id AS member_added_by_id, pm.note AS member_note`,
    from: "contact c",
    where: selection.where,
    params,
    ordering,
    page,
    withTotal,
    keysFirst: {
      table: `(contact c LEFT JOIN pool_membership pm ON pm.workspace_id = c.workspace_id AND pm.contact_id = c.id AND pm.pool_id = ${poolParam}::uuid)`,
      key: ["c.workspace_id", "c.id"],
    },
  };
  const rows = (await context.db.query(rowsStatement(query, buildKeyset(ordering, page.direction, page.cursor, params)), params.values)) as Array<ContactRow & { member_added_at: Date | null; member_added_by_id: string | null; member_note: string | null } & Record<string, unknown>>;
  let total: Promise<number> | null = countsInPage(query) ? Promise.resolve(totalOfPage(rows)) : null;
  const countTotal = () =>
    (total ??= context.db
      .query(`SELECT count(*) AS total FROM contact c WHERE ${selection.where}`, countValues)
      .then((result: Array<{ total: number }>) => result[0].total));
  const slice = slicePage(rows, page, (row) => encodeCursor(ordering.key, sortValuesOf(row, ordering, row.id)));
  const connection = new TalentPoolMemberConnection();
  connection.edges = slice.rows.map((row, index) =>
    Object.assign(new TalentPoolMemberEdge(), {
      cursor: slice.cursors[index],
      node: toContactType(row),
      addedAt: row.member_added_at,
      addedByRawId: row.member_added_by_id,
      note: row.member_note,
    }),
  );
  connection.nodes = connection.edges.map((edge) => edge.node);
  connection.pageInfo = slice.pageInfo;
  connection.countTotal = countTotal;
  return connection;
}

/** Creates a pool; a DYNAMIC pool needs a filter, and its filter is checked like a segment's. */
export async function createTalentPool(context: RequestContext, input: CreateTalentPoolInput): Promise<TalentPoolType> {
  const viewer = context.requireViewer();
  await assertNameFree(context, input.name, null);
  if (input.kind === "DYNAMIC" && !input.filter) throw badInput(["input", "filter"], "a DYNAMIC pool needs a filter");
  if (input.kind === "STATIC" && input.filter) throw badInput(["input", "filter"], "a STATIC pool has members, not a filter");
  const filter = input.kind === "DYNAMIC" ? await readSavedFilter(context, input.filter, ["input", "filter"], null) : null;
  const id = newId();
  // Written with SQL: TypeORM's partial-entity types cannot describe a recursive JSON filter.
  await context.db.query(
    `INSERT INTO talent_pool (workspace_id, id, name, description, kind, filter, owner_id) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
    [viewer.workspaceId, id, input.name.trim(), input.description?.trim() || null, input.kind, filter ? JSON.stringify(filter) : null, viewer.userId],
  );
  return getTalentPool(context, toGlobalId("TalentPool", id), ["input", "id"]);
}

/** Renames a pool, changes its description or (DYNAMIC) its filter. */
export async function updateTalentPool(context: RequestContext, input: UpdateTalentPoolInput): Promise<TalentPoolType> {
  const pool = await lockPool(context, input.id, ["input", "id"]);
  if (input.expectedVersion != null && input.expectedVersion !== pool.version) {
    throw new DomainError(ErrorCode.CONFLICT, `The pool was changed by someone else (version ${pool.version})`, {
      current: await getTalentPool(context, input.id, ["input", "id"]),
    });
  }
  if (input.name != null) await assertNameFree(context, input.name, pool.id);
  if (input.filter != null && pool.kind === "STATIC") throw badInput(["input", "filter"], "a STATIC pool has members, not a filter");
  const filter = input.filter != null ? await readSavedFilter(context, input.filter, ["input", "filter"], input.id) : null;
  await context.db.query(
    `UPDATE talent_pool SET name = $3, description = $4, filter = coalesce($5::jsonb, filter), updated_at = now(), version = version + 1
      WHERE workspace_id = $1 AND id = $2`,
    [
      pool.workspaceId,
      pool.id,
      input.name?.trim() || pool.name,
      input.description !== undefined ? input.description?.trim() || null : pool.description,
      filter ? JSON.stringify(filter) : null,
    ],
  );
  return getTalentPool(context, input.id, ["input", "id"]);
}

/** Deletes a pool (and its member list) that no saved filter uses. */
export async function deleteTalentPool(context: RequestContext, globalId: string): Promise<TalentPoolType> {
  const pool = await getTalentPool(context, globalId, ["input", "id"]);
  await lockPool(context, globalId, ["input", "id"]);
  const users = await findFiltersReferring(context, globalId);
  if (users.length > 0) throw badInput(["input", "id"], `is used by ${users.map((name) => `"${name}"`).join(", ")}; change those first`);
  await context.db.delete(TalentPoolEntity, { workspaceId: context.requireViewer().workspaceId, id: pool.rawId });
  return pool;
}

/** Adds contacts to a STATIC pool (by ids or by filter); those already in it keep their original membership. */
export async function addToTalentPool(context: RequestContext, input: PoolMembersInput): Promise<{ pool: TalentPoolType; count: number }> {
  const { pool, select } = await readMembersInput(context, input);
  const viewer = context.requireViewer();
  const added = await queryReturning<{ contact_id: string }>(
    context.db,
    `INSERT INTO pool_membership (workspace_id, pool_id, contact_id, added_by_id, note)
     SELECT $1, ${select.poolParam}::uuid, c.id, ${select.params.add(viewer.userId)}::uuid, ${select.params.add(input.note?.trim() || null)}
       FROM contact c WHERE ${select.where}
     ON CONFLICT (workspace_id, pool_id, contact_id) DO NOTHING
     RETURNING contact_id`,
    select.params.values,
  );
  await touchPool(context, pool.workspaceId, pool.id);
  return { pool: await getTalentPool(context, input.poolId, ["input", "poolId"]), count: added.length };
}

/** Removes contacts from a STATIC pool (by ids or by filter). */
export async function removeFromTalentPool(context: RequestContext, input: PoolMembersInput): Promise<{ pool: TalentPoolType; count: number }> {
  const { pool, select } = await readMembersInput(context, input);
  const removed = await queryReturning<{ contact_id: string }>(
    context.db,
    `DELETE FROM pool_membership pm USING contact c
      WHERE pm.workspace_id = $1 AND pm.pool_id = ${select.poolParam}::uuid AND c.workspace_id = pm.workspace_id AND c.id = pm.contact_id
        AND ${select.where}
      RETURNING pm.contact_id`,
    select.params.values,
  );
  await touchPool(context, pool.workspaceId, pool.id);
  return { pool: await getTalentPool(context, input.poolId, ["input", "poolId"]), count: removed.length };
}

async function readMembersInput(context: RequestContext, input: PoolMembersInput) {
  const pool = await lockPool(context, input.poolId, ["input", "poolId"]);
  if (pool.kind !== "STATIC") throw badInput(["input", "poolId"], "is a DYNAMIC pool: change its filter instead");
  const byIds = input.contactIds != null;
  if (byIds === (input.filter != null)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "input: name the contacts by contactIds or by filter, not both or neither", {
      fields: [{ path: ["input", "contactIds"], message: "give contactIds or filter, not both or neither" }],
    });
  }
  let where: string;
  let params: SqlParameters;
  if (byIds) {
    const ids = await readContactIds(context, input.contactIds ?? [], ["input", "contactIds"]);
    params = new SqlParameters([pool.workspaceId]);
    where = `c.workspace_id = $1 AND c.id = ANY(${params.add(ids)}::uuid[])`;
  } else {
    const selection = await compileContactSelection(context, { filter: input.filter, search: input.search }, ["input"]);
    params = selection.params;
    where = selection.where;
  }
  return { pool, select: { where, params, poolParam: params.add(pool.id) } };
}

async function lockPool(context: RequestContext, globalId: string, path: FieldPath): Promise<TalentPoolEntity> {
  const viewer = context.requireViewer();
  const id = fromGlobalId(globalId, "TalentPool", path);
  const pool = await context.db.findOne(TalentPoolEntity, { where: { workspaceId: viewer.workspaceId, id }, lock: { mode: "pessimistic_write" } });
  if (!pool) throw notFound(path, "talent pool");
  return pool;
}

async function touchPool(context: RequestContext, workspaceId: string, id: string): Promise<void> {
  await context.db.query(`UPDATE talent_pool SET updated_at = now(), version = version + 1 WHERE workspace_id = $1 AND id = $2`, [workspaceId, id]);
}

async function assertNameFree(context: RequestContext, name: string, exceptId: string | null): Promise<void> {
  const rows = (await context.db.query(
    `SELECT 1 FROM talent_pool WHERE workspace_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3`,
    [context.requireViewer().workspaceId, name.trim(), exceptId],
  )) as unknown[];
  if (rows.length > 0) throw badInput(["input", "name"], "another talent pool has this name");
}
