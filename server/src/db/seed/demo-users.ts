import { faker } from "@faker-js/faker";
import type { UserRole } from "@talentlane/shared";
import { newId } from "../../common/ids";
import { iso, REFERENCE_DATE } from "./demo-random";
import type { UserRow } from "./demo-tables";

export type DemoUserKey = "admin" | "recruiter" | "recruiter2" | "hiringManager" | "analyst";
export type DemoUsers = Record<DemoUserKey, { id: string; email: string; name: string; role: UserRole }>;

/** The demo team: one user per role, two recruiters. */
export const DEMO_USERS: ReadonlyArray<{ key: DemoUserKey; email: string; name: string; role: UserRole }> = [
  { key: "admin", email: "admin@demo.talentlane.dev", name: "Avery Admin", role: "ADMIN" },
  { key: "recruiter", email: "recruiter@demo.talentlane.dev", name: "Riley Recruiter", role: "RECRUITER" },
  { key: "recruiter2", email: "recruiter2@demo.talentlane.dev", name: "Jordan Recruiter", role: "RECRUITER" },
  { key: "hiringManager", email: "hiring.manager@demo.talentlane.dev", name: "Morgan Manager", role: "HIRING_MANAGER" },
  { key: "analyst", email: "analyst@demo.talentlane.dev", name: "Quinn Analyst", role: "ANALYST" },
];

/**
 * The demo users (new ids) and their rows, all with `passwordHash` and created at `createdAt`. Recruiters and the
 * admin signed in during the last three days; the others never have.
 */
export function generateUsers(workspaceId: string, passwordHash: string, createdAt: string): { users: DemoUsers; rows: UserRow[] } {
  const users = {} as DemoUsers;
  for (const { key, email, name, role } of DEMO_USERS) users[key] = { id: newId(), email, name, role };
  const rows = DEMO_USERS.map(({ key }): UserRow => {
    const user = users[key];
    const hasSignedIn = user.role === "ADMIN" || user.role === "RECRUITER";
    return {
      workspace_id: workspaceId,
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      password_hash: passwordHash,
      is_active: true,
      last_login_at: hasSignedIn ? iso(new Date(REFERENCE_DATE.getTime() - faker.number.int({ min: 1, max: 72 }) * 3_600_000)) : null,
      created_at: createdAt,
      updated_at: createdAt,
    };
  });
  return { users, rows };
}
