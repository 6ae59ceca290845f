import type { UserRole } from "@talentlane/shared";
import { DomainError, ErrorCode, FieldProblems, notFound, type FieldPath } from "../../common/errors";
import { fromGlobalId } from "../../common/global-id";
import { newId } from "../../common/ids";
import { normalizeEmail } from "../../common/normalize/email";
import { readPageRequest, type PaginationArgs } from "../../common/pagination/page";
import { runPagedQuery } from "../../common/pagination/paged-query";
import { escapeLike, SqlParameters } from "../../common/sql";
import type { RequestContext } from "../../graphql/context";
import { checkNewPassword, hashPassword } from "../auth/passwords";
import { assertEmailUnregistered } from "./email-registry";
import { UserEntity } from "./user.entity";
import type { CreateUserInput } from "./user.inputs";
import { toUserType, USER_COLUMNS, type UserRow } from "./user.mapper";
import { UserConnection } from "./user.connection";
import type { UserType } from "./user.type";

const USER_ORDERING = { key: "NAME_ASC", columns: [{ expression: "lower(u.name)", castTo: "text" as const }], descending: false, idExpression: "u.id" };

/**
 * The workspace's users by name; deactivated ones only when asked; with `search`, only those whose name or email
 * contains it, ignoring case (a workspace has few users, so the match needs no index of its own).
 */
export async function listUsers(context: RequestContext, args: PaginationArgs & { includeInactive?: boolean | null; search?: string | null }): Promise<UserConnection> {
  const viewer = context.requireViewer();
  const page = readPageRequest(args, USER_ORDERING.key, 1);
  const params = new SqlParameters([viewer.workspaceId]);
  const conditions = ["u.workspace_id = $1"];
  if (!args.includeInactive) conditions.push("u.is_active");
  const search = args.search?.trim();
  if (search) {
    const pattern = params.add(`%${escapeLike(search)}%`);
    conditions.push(`(u.name ILIKE ${pattern} OR u.email ILIKE ${pattern})`);
  }
  const where = conditions.join(" AND ");
  return runPagedQuery<UserRow, UserType, UserConnection>(
    context.db,
    { select: USER_COLUMNS, from: "app_user u", where, params, ordering: USER_ORDERING, page },
    UserConnection,
    toUserType,
  );
}

/** One user of the workspace. */
export async function getUser(context: RequestContext, userId: string): Promise<UserType> {
  const user = await context.loaders.usersById.load(userId);
  if (!user) throw new DomainError(ErrorCode.NOT_FOUND, "No such user");
  return user;
}

/** Adds a user with an initial password. Their email must not be registered anywhere in the install. */
export async function createUser(context: RequestContext, input: CreateUserInput): Promise<UserType> {
  const viewer = context.requireViewer();
  const problems = new FieldProblems();
  const email = normalizeEmail(input.email);
  if (!email) problems.add(["input", "email"], "is not a valid email address");
  if (input.name.trim().length === 0) problems.add(["input", "name"], "must not be empty");
  checkNewPassword(input.password, ["input", "password"], problems);
  problems.throwIfAny();
  await assertEmailUnregistered(context.db, email!, ["input", "email"]);
  const id = newId();
  await context.db.insert(UserEntity, {
    workspaceId: viewer.workspaceId,
    id,
    email: email!,
    name: input.name.trim(),
    role: input.role,
    passwordHash: await hashPassword(input.password),
    isActive: true,
    lastLoginAt: null,
    updatedAt: new Date(),
  });
  return getUser(context, id);
}

/** Changes a user's role; the workspace always keeps at least one active admin. */
export async function updateUserRole(context: RequestContext, userGlobalId: string, role: UserRole): Promise<UserType> {
  const user = await lockUser(context, userGlobalId, ["input", "userId"]);
  if (user.role === "ADMIN" && role !== "ADMIN" && user.isActive) await assertAnotherActiveAdmin(context, user.id, "role");
  await context.db.update(UserEntity, { workspaceId: user.workspaceId, id: user.id }, { role, updatedAt: new Date() });
  context.loaders.usersById.clear(user.id);
  return getUser(context, user.id);
}

/**
 * Deactivates (or reactivates) a user. A deactivated user cannot sign in: their sessions are revoked and the API keys
 * they created stop working. The last active admin cannot be deactivated.
 */
export async function setUserActive(context: RequestContext, userGlobalId: string, active: boolean): Promise<UserType> {
  const user = await lockUser(context, userGlobalId, ["input", "userId"]);
  if (!active && user.isActive && user.role === "ADMIN") await assertAnotherActiveAdmin(context, user.id, "userId");
  await context.db.update(UserEntity, { workspaceId: user.workspaceId, id: user.id }, { isActive: active, updatedAt: new Date() });
  if (!active) {
    await context.db.query(`UPDATE session SET revoked_at = now() WHERE workspace_id = $1 AND user_id = $2 AND revoked_at IS NULL`, [
      user.workspaceId,
      user.id,
    ]);
  }
  context.loaders.usersById.clear(user.id);
  return getUser(context, user.id);
}

async function lockUser(context: RequestContext, globalId: string, path: FieldPath): Promise<UserEntity> {
  const viewer = context.requireViewer();
  const id = fromGlobalId(globalId, "User", path);
  const user = await context.db.findOne(UserEntity, { where: { workspaceId: viewer.workspaceId, id }, lock: { mode: "pessimistic_write" } });
  if (!user) throw notFound(path, "user");
  return user;
}

async function assertAnotherActiveAdmin(context: RequestContext, exceptUserId: string, field: string): Promise<void> {
  const viewer = context.requireViewer();
  // Lock the admins so two concurrent demotions cannot both see the other as the remaining admin.
  const others = (await context.db.query(
    `SELECT id FROM app_user WHERE workspace_id = $1 AND role = 'ADMIN' AND is_active AND id <> $2 FOR UPDATE`,
    [viewer.workspaceId, exceptUserId],
  )) as unknown[];
  if (others.length === 0) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `input.${field}: the workspace must keep at least one active admin`, {
      fields: [{ path: ["input", field], message: "the workspace must keep at least one active admin" }],
    });
  }
}
