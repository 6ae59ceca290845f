import { toGlobalId } from "../../common/global-id";
import { UserType } from "./user.type";

/** The columns the API reads of a user. */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: UserType["role"];
  is_active: boolean;
  last_login_at: Date | null;
  created_at: Date;
}

export const USER_COLUMNS = "u.id, u.email, u.name, u.role, u.is_active, u.last_login_at, u.created_at";

/** Maps a user row to its GraphQL type; the password hash never leaves the service. */
export function toUserType(row: UserRow): UserType {
  return Object.assign(new UserType(), {
    id: toGlobalId("User", row.id),
    rawId: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    isActive: row.is_active,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
  });
}
