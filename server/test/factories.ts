import { randomBytes } from "node:crypto";
import { parseGlobalId } from "../src/common/global-id";
import { newId } from "../src/common/ids";
import { withTenantTransaction } from "../src/db/tenant-transaction";
import type { GraphQLTestClient } from "./graphql-client";
import type { TestServer } from "./test-server";

let sequence = 0;
/** A short unique suffix, so factories never collide inside one database. */
export function unique(): string {
  sequence += 1;
  return `${sequence}${randomBytes(3).toString("hex")}`;
}

export const TEST_PASSWORD = "correct horse battery staple";

/** A workspace made through `signUp`, with its admin signed in. */
export interface TestWorkspace {
  admin: GraphQLTestClient;
  workspaceId: string;
  workspaceRawId: string;
  adminId: string;
  adminEmail: string;
  server: TestServer;
}

/** Signs up a new workspace through the API and returns its signed-in admin. */
export async function signUpWorkspace(server: TestServer, name = `Workspace ${unique()}`): Promise<TestWorkspace> {
  const admin = server.client();
  const adminEmail = `admin-${unique()}@example.com`;
  const data = await admin.expectData<{ signUp: { user: { id: string }; workspace: { id: string } } }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } workspace { id } } }`,
    { input: { workspaceName: name, name: "Ada Admin", email: adminEmail, password: TEST_PASSWORD } },
  );
  return {
    admin,
    workspaceId: data.signUp.workspace.id,
    workspaceRawId: parseGlobalId(data.signUp.workspace.id)!.id,
    adminId: data.signUp.user.id,
    adminEmail,
    server,
  };
}

/** Adds a user with a role to a workspace and returns them signed in. */
export async function addUser(
  workspace: TestWorkspace,
  role: "ADMIN" | "RECRUITER" | "HIRING_MANAGER" | "ANALYST",
): Promise<{ client: GraphQLTestClient; userId: string; email: string }> {
  const email = `${role.toLowerCase()}-${unique()}@example.com`;
  const data = await workspace.admin.expectData<{ createUser: { user: { id: string } } }>(
    `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
    { input: { email, name: `${role} user`, role, password: TEST_PASSWORD } },
  );
  const client = workspace.server.client();
  await client.login(email, TEST_PASSWORD);
  return { client, userId: data.createUser.user.id, email };
}

export const CONTACT_FIELDS = `id displayName givenName familyName kind version headline currentTitle
  emails { address type isPrimary } phones { number type isPrimary } links { kind url }
  location { city region country } skills { name level years } tags { id name } customValues
  employments { companyName title isCurrent startDate endDate } yearsOfExperience source
  company { id name } owner { id name } deletedAt createdAt updatedAt`;

/** Creates a contact through the API with sensible defaults; `input` overrides them. */
export async function buildContact(client: GraphQLTestClient, input: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const suffix = unique();
  const data = await client.expectData<{ createContact: { contact: Record<string, any> } }>(
    `mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { ${CONTACT_FIELDS} } } }`,
    { input: { givenName: "Test", familyName: `Person ${suffix}`, emails: [{ address: `person-${suffix}@example.com` }], ...input } },
  );
  return data.createContact.contact;
}

/** Creates a company through the API; `input` overrides the defaults. */
export async function buildCompany(client: GraphQLTestClient, input: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const suffix = unique();
  const data = await client.expectData<{ createCompany: { company: Record<string, any> } }>(
    `mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { company { id name domain industry size version customValues } } }`,
    { input: { name: `Company ${suffix}`, domain: `company-${suffix}.example.com`, ...input } },
  );
  return data.createCompany.company;
}

/** Runs a contacts query with a filter and returns the display names, sorted. */
export async function namesMatching(
  client: GraphQLTestClient,
  filter: Record<string, unknown> | null,
  extra: Record<string, unknown> = {},
): Promise<string[]> {
  const data = await client.expectData<{ contacts: { nodes: Array<{ displayName: string }> } }>(
    `query ($filter: ContactFilter, $search: String) { contacts(filter: $filter, search: $search, first: 100) { nodes { displayName } } }`,
    { filter, ...extra },
  );
  return data.contacts.nodes.map((node) => node.displayName).sort();
}

/**
 * Inserts many contacts straight into the database (as the request role, in the workspace), for tests that need
 * volume rather than the API's normalisation. Each gets a company, an owner, tags, skills and custom values when
 * the ids are given.
 */
export async function insertContacts(
  server: TestServer,
  workspaceRawId: string,
  count: number,
  related: { companyRawId?: string; ownerRawId?: string; tagRawIds?: string[] } = {},
): Promise<void> {
  await withTenantTransaction(server.db.database.dataSource, workspaceRawId, async (manager) => {
    const rows = Array.from({ length: count }, (_item, index) => ({
      id: newId(),
      display_name: `Bulk ${String(index).padStart(5, "0")}`,
      skills: [{ name: "Go", key: "go", level: 3, years: 4 }],
      custom_values: { psychometric_test_scores: index % 100 },
      company_id: related.companyRawId ?? null,
      owner_id: related.ownerRawId ?? null,
      tag_ids: related.tagRawIds ?? [],
      created_at: new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString(),
    }));
    await manager.query(
      `INSERT INTO contact (workspace_id, id, display_name, skills, custom_values, company_id, owner_id, tag_ids, created_at, updated_at)
       SELECT $1, r.id, r.display_name, r.skills, r.custom_values, r.company_id, r.owner_id, r.tag_ids, r.created_at, r.created_at
         FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, display_name text, skills jsonb, custom_values jsonb, company_id uuid,
                                                 owner_id uuid, tag_ids uuid[], created_at timestamptz)`,
      [workspaceRawId, JSON.stringify(rows)],
    );
  });
  // Fresh statistics, as autovacuum would soon give a real database: plans on unanalysed tables are guesses.
  await server.db.database.dataSource.query(`ANALYZE contact`);
}

export const JOB_FIELDS = `id title status openings openingsFilled version isArchived stages { id name category position slaDays }`;

/** Creates a job through the API (default pipeline) and returns it with its stages. */
export async function buildJob(client: GraphQLTestClient, input: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const data = await client.expectData<{ createJob: { job: Record<string, any> } }>(
    `mutation ($input: CreateJobInput!) { createJob(input: $input) { job { ${JOB_FIELDS} } } }`,
    { input: { title: `Engineer ${unique()}`, status: "OPEN", ...input } },
  );
  return data.createJob.job;
}

export const APPLICATION_FIELDS = `id rank status version daysInStage isSlaBreached stage { id name category } rejectReason { category note }
  contact { id displayName }`;

/** Adds a contact to a job through the API. */
export async function buildApplication(
  client: GraphQLTestClient,
  jobId: string,
  contactId: string,
  input: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const data = await client.expectData<{ createApplication: { application: Record<string, any> } }>(
    `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { application { ${APPLICATION_FIELDS} } } }`,
    { input: { jobId, contactId, ...input } },
  );
  return data.createApplication.application;
}

/**
 * A new job with one card (a new contact named `displayName` in its first stage), another stage to move it to, and a
 * way to read which column the board shows the card in.
 */
export async function buildCardToMove(client: GraphQLTestClient, displayName: string) {
  const job = await buildJob(client);
  const contact = await buildContact(client, { displayName });
  const card = await buildApplication(client, job.id, contact.id);
  const target: { id: string; name: string } = job.stages.find((stage: { name: string }) => stage.name !== card.stage.name);
  const columnOfCard = async (): Promise<string | undefined> => {
    const data = await client.expectData(`query ($jobId: ID!) { pipelineBoard(jobId: $jobId) { columns { stage { name } cards { nodes { id } } } } }`, {
      jobId: job.id,
    });
    return data.pipelineBoard.columns.find((column: any) => column.cards.nodes.some((node: { id: string }) => node.id === card.id))?.stage.name;
  };
  return { job, card, target, columnOfCard };
}
