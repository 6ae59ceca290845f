import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { toUserType, USER_COLUMNS, type UserRow } from "./user.mapper";
import type { UserType } from "./user.type";

/** Users by id, one query per batch, results in key order (null where no such user). */
export function createUsersByIdLoader(db: EntityManager, workspaceId: string) {
  return new DataLoader<string, UserType | null>(async (ids) => {
    const rows = (await db.query(`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.workspace_id = $1 AND u.id = ANY($2::uuid[])`, [
      workspaceId,
      [...ids],
    ])) as UserRow[];
    const byId = new Map(rows.map((row) => [row.id, toUserType(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
