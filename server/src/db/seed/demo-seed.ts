import { faker } from "@faker-js/faker";
import type { UserRole } from "@talentlane/shared";
import type { DataSource, EntityManager } from "typeorm";
import { newId } from "../../common/ids";
import type { Logger } from "../../common/logger";
import { hashPassword } from "../../modules/auth/passwords";
import { createDefaultCustomFields } from "../../modules/custom-fields/default-custom-fields";
import { withTenantTransaction } from "../tenant-transaction";
import { generateAtsRows, insertAtsRows, type DemoAtsRows } from "./demo-ats";
import { DEMO_JOBS, DEMO_SEGMENTS } from "./demo-ats-data";
import { generateCompanies } from "./demo-companies";
import { generateContacts } from "./demo-contacts";
import { DEMO_TAGS } from "./demo-data";
import { insertRows } from "./demo-insert";
import { generateInteractions } from "./demo-interactions";
import { DAY_MS, FAKER_SEED, HISTORY_START, iso, REFERENCE_DATE } from "./demo-random";
import {
  COMPANY_TABLE,
  CONTACT_TABLE,
  INTERACTION_TABLE,
  TAG_TABLE,
  USER_TABLE,
  WORKSPACE_TABLE,
  type CompanyRow,
  type ContactRow,
  type InteractionRow,
  type TagRow,
  type UserRow,
  type WorkspaceRow,
} from "./demo-tables";
import { DEMO_USERS, generateUsers } from "./demo-users";

// The demo workspace is generated in memory by the demo-*.ts generators (users, companies, contacts with their
// careers, interactions, then the ATS: jobs, applications, pools and segments) and written here in one transaction.

/** The password of every demo user. Public on purpose: the demo workspace is for trying the product out. */
export const DEMO_PASSWORD = "talentlane-demo";

/** The demo users' sign-in details, for the README, the login page hint and tests. */
export const DEMO_CREDENTIALS: ReadonlyArray<{ email: string; role: UserRole; password: string }> = DEMO_USERS.map(
  ({ email, role }) => ({ email, role, password: DEMO_PASSWORD }),
);

const DEMO_ADMIN_EMAIL = "admin@demo.talentlane.dev";

/** How much of everything the demo workspace holds. */
export const DEMO_COUNTS = {
  companies: 300,
  contacts: 2_000,
  interactions: 10_000,
  jobs: 12,
  applications: 3_000,
  pools: 3,
  segments: 4,
} as const;

/** "Today" in the demo workspace: every demo date is relative to it, never to the clock. */
export const DEMO_REFERENCE_DATE = REFERENCE_DATE;

/**
 * Creates the demo workspace ("Demo Recruiting Co": five users, 300 companies, 2,000 contacts, 10,000 interactions,
 * 12 jobs with 3,000 applications and their stage histories, three talent pools and four segments) unless its
 * admin already exists, in which case nothing is written. The data is generated from a fixed seed and dated from a
 * fixed reference date, so every run produces the same workspace; only the ids differ. Everything is written in
 * one transaction as the request role, so row-level security checks every row, and with one statement per chunk
 * of rows, so seeding takes seconds. An advisory lock makes two servers starting at once against the same database
 * seed only once.
 */
export async function seedDemoWorkspace(dataSource: DataSource, logger: Logger): Promise<void> {
  const startedAt = performance.now();
  const workspaceId = newId();
  const counts = await withTenantTransaction(dataSource, workspaceId, async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('talentlane.demo-seed'))`);
    if (await isDemoSeeded(manager)) return null;

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const rows = generateDemoRows(workspaceId, passwordHash);
    await insertRows(manager, WORKSPACE_TABLE, [rows.workspace]);
    await insertRows(manager, USER_TABLE, rows.users);
    await insertRows(manager, COMPANY_TABLE, rows.companies);
    await insertRows(manager, TAG_TABLE, rows.tags);
    await createDefaultCustomFields(manager, workspaceId);
    await insertRows(manager, CONTACT_TABLE, rows.contacts);
    await insertRows(manager, INTERACTION_TABLE, rows.interactions);
    await insertAtsRows(manager, workspaceId, rows.ats);
    return {
      users: rows.users.length,
      companies: rows.companies.length,
      tags: rows.tags.length,
      contacts: rows.contacts.length,
      interactions: rows.interactions.length,
      jobs: rows.ats.jobs.length,
      applications: rows.ats.applications.length,
      stageTransitions: rows.ats.transitions.length,
      pools: rows.ats.pools.length,
      poolMembers: rows.ats.memberships.length,
      segments: rows.ats.segments.length,
    };
  });
  if (!counts) {
    logger.info("demo data already present");
    return;
  }
  logger.info({ workspaceId, ...counts, elapsedMs: Math.round(performance.now() - startedAt) }, "demo workspace seeded");
}

/** Whether the demo admin exists. Its email is the one user row the login policy lets an unscoped role see. */
async function isDemoSeeded(manager: EntityManager): Promise<boolean> {
  await manager.query(`SELECT set_config('app.login_email', $1, true)`, [DEMO_ADMIN_EMAIL]);
  const found: unknown[] = await manager.query(`SELECT 1 FROM app_user WHERE email = $1`, [DEMO_ADMIN_EMAIL]);
  return found.length > 0;
}

interface DemoRows {
  workspace: WorkspaceRow;
  users: UserRow[];
  companies: CompanyRow[];
  tags: TagRow[];
  contacts: ContactRow[];
  interactions: InteractionRow[];
  ats: DemoAtsRows;
}

/** Generates every row of the demo workspace from the fixed seed: the same rows on every run, ids apart. */
function generateDemoRows(workspaceId: string, passwordHash: string): DemoRows {
  faker.seed(FAKER_SEED);
  const createdAt = iso(new Date(HISTORY_START.getTime() - 7 * DAY_MS));
  const workspace: WorkspaceRow = {
    id: workspaceId,
    name: "Demo Recruiting Co",
    settings: { defaultCountry: "US" },
    created_at: createdAt,
    updated_at: createdAt,
  };
  const { users, rows: userRows } = generateUsers(workspaceId, passwordHash, createdAt);
  const companies = generateCompanies(workspaceId, users.admin.id, DEMO_COUNTS.companies);
  const tags = DEMO_TAGS.map(({ name, color }): TagRow => ({ workspace_id: workspaceId, id: newId(), name, color, created_at: createdAt }));
  const contacts = generateContacts(workspaceId, users, companies, tags, DEMO_COUNTS.contacts);
  const interactions = generateInteractions(workspaceId, users, contacts, DEMO_COUNTS.interactions);
  const ats = generateAtsRows(workspaceId, users, companies, contacts, createdAt);
  assertAtsCounts(ats);
  return { workspace, users: userRows, companies, tags, contacts: contacts.map((contact) => contact.row), interactions, ats };
}

/** The hand-written job and segment lists must add up to DEMO_COUNTS, which the README and tests quote. */
function assertAtsCounts(ats: DemoAtsRows): void {
  const actual = { jobs: ats.jobs.length, applications: ats.applications.length, pools: ats.pools.length, segments: ats.segments.length };
  const expected = { jobs: DEMO_JOBS.length, applications: DEMO_COUNTS.applications, pools: DEMO_COUNTS.pools, segments: DEMO_SEGMENTS.length };
  for (const key of Object.keys(actual) as Array<keyof typeof actual>) {
    if (actual[key] !== expected[key] || actual[key] !== DEMO_COUNTS[key]) {
      throw new Error(`the demo data has ${actual[key]} ${key}; DEMO_COUNTS says ${DEMO_COUNTS[key]}`);
    }
  }
}
