import { LIMITS } from "@talentlane/shared";
import { addUser, buildApplication, buildCompany, buildContact, buildJob, insertContacts, signUpWorkspace, type TestWorkspace } from "../../../test/factories";
import type { GraphQLTestClient } from "../../../test/graphql-client";
import { startTestServer, type TestServer } from "../../../test/test-server";
import { withTenantTransaction } from "../../db/tenant-transaction";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const SKILLS = `query ($search: String, $first: Int) { skillSuggestions(search: $search, first: $first) { value count } }`;
const INDUSTRIES = `query ($search: String, $first: Int) { industrySuggestions(search: $search, first: $first) { value count } }`;
const UPDATE = `mutation ($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }`;

type Suggestion = { value: string; count: number };

async function skillSuggestions(client: GraphQLTestClient, variables: { search?: string | null; first?: number } = {}): Promise<Suggestion[]> {
  return (await client.expectData<{ skillSuggestions: Suggestion[] }>(SKILLS, variables)).skillSuggestions;
}

async function industrySuggestions(client: GraphQLTestClient, variables: { search?: string | null; first?: number } = {}): Promise<Suggestion[]> {
  return (await client.expectData<{ industrySuggestions: Suggestion[] }>(INDUSTRIES, variables)).industrySuggestions;
}

const skills = (...names: string[]) => names.map((name) => ({ name }));

describe("skill suggestions", () => {
  let workspace: TestWorkspace;
  beforeEach(async () => {
    workspace = await signUpWorkspace(server);
  });

  it("counts the contacts having each skill, most used first then by name, one suggestion per skill whatever its case", async () => {
    await buildContact(workspace.admin, { skills: skills("TypeScript", "Go") });
    await buildContact(workspace.admin, { skills: skills("typescript ", "Rust") });
    await buildContact(workspace.admin, { skills: skills("TypeScript", "Ada") });
    expect(await skillSuggestions(workspace.admin)).toEqual([
      { value: "TypeScript", count: 3 },
      { value: "Ada", count: 1 },
      { value: "Go", count: 1 },
      { value: "Rust", count: 1 },
    ]);
    expect(await skillSuggestions(workspace.admin, { first: 2 })).toEqual([
      { value: "TypeScript", count: 3 },
      { value: "Ada", count: 1 },
    ]);
  });

  it("follows skill edits: the skills removed lose the contact, the skills added gain it, and unused skills disappear", async () => {
    const contact = await buildContact(workspace.admin, { skills: skills("Python", "Django") });
    await buildContact(workspace.admin, { skills: skills("Python") });
    await workspace.admin.expectData(UPDATE, { input: { id: contact.id, skills: [{ name: "Python", level: 5 }, { name: "FastAPI" }] } });
    expect(await skillSuggestions(workspace.admin)).toEqual([
      { value: "Python", count: 2 },
      { value: "FastAPI", count: 1 },
    ]);
    await workspace.admin.expectData(UPDATE, { input: { id: contact.id, skills: [] } });
    expect(await skillSuggestions(workspace.admin)).toEqual([{ value: "Python", count: 1 }]);
  });

  it("stops counting a deleted contact and counts it again once restored", async () => {
    const contact = await buildContact(workspace.admin, { skills: skills("Kotlin", "Swift") });
    await buildContact(workspace.admin, { skills: skills("Kotlin") });
    await workspace.admin.expectData(`mutation ($id: ID!) { deleteContact(input: { id: $id }) { contact { id } } }`, { id: contact.id });
    expect(await skillSuggestions(workspace.admin)).toEqual([{ value: "Kotlin", count: 1 }]);
    await workspace.admin.expectData(`mutation ($id: ID!) { restoreContact(input: { id: $id }) { contact { id } } }`, { id: contact.id });
    expect(await skillSuggestions(workspace.admin)).toEqual([
      { value: "Kotlin", count: 2 },
      { value: "Swift", count: 1 },
    ]);
  });

  it("counts contacts inserted in bulk, and is not moved by bulk updates that leave skills alone", async () => {
    await insertContacts(server, workspace.workspaceRawId, 120);
    await buildContact(workspace.admin, { skills: skills("Go", "Elixir") });
    expect(await skillSuggestions(workspace.admin)).toEqual([
      { value: "Go", count: 121 },
      { value: "Elixir", count: 1 },
    ]);
    const tagged = await workspace.admin.expectData(`mutation { tagContacts(input: { filter: {}, tags: ["bulk"] }) { affectedCount } }`);
    expect(tagged.tagContacts.affectedCount).toBe(121);
    expect(await skillSuggestions(workspace.admin, { search: "go" })).toEqual([{ value: "Go", count: 121 }]);
  });

  it("applies a statement that edits, deletes and restores several contacts at once", async () => {
    await insertContacts(server, workspace.workspaceRawId, 10);
    const count = await withTenantTransaction(server.db.database.dataSource, workspace.workspaceRawId, async (manager) => {
      // One statement: the first four lose Go for Scala, the next three are soft-deleted, the rest stay.
      await manager.query(
        `UPDATE contact SET skills = CASE WHEN display_name < 'Bulk 00004' THEN '[{"name": "Scala", "key": "scala"}]'::jsonb ELSE skills END,
                            deleted_at = CASE WHEN display_name >= 'Bulk 00004' AND display_name < 'Bulk 00007' THEN now() END
          WHERE workspace_id = $1`,
        [workspace.workspaceRawId],
      );
      const first = await manager.query(`SELECT name, contact_count FROM skill_usage ORDER BY name_key`);
      await manager.query(`UPDATE contact SET deleted_at = NULL, skills = skills || '[{"name": "Go", "key": "go"}]'::jsonb WHERE workspace_id = $1`, [workspace.workspaceRawId]);
      const second = await manager.query(`SELECT name, contact_count FROM skill_usage ORDER BY name_key`);
      await manager.query(`DELETE FROM contact WHERE workspace_id = $1 AND display_name >= 'Bulk 00008'`, [workspace.workspaceRawId]);
      const third = await manager.query(`SELECT name, contact_count FROM skill_usage ORDER BY name_key`);
      return { first, second, third };
    });
    expect(count.first).toEqual([
      { name: "Go", contact_count: 3 },
      { name: "Scala", contact_count: 4 },
    ]);
    // Restored contacts count again; a skill listed twice on one contact counts it once.
    expect(count.second).toEqual([
      { name: "Go", contact_count: 10 },
      { name: "Scala", contact_count: 4 },
    ]);
    expect(count.third).toEqual([
      { name: "Go", contact_count: 8 },
      { name: "Scala", contact_count: 4 },
    ]);
  });

  it("keeps counts exact when many contacts sharing skills are created at once", async () => {
    const orders = [skills("React", "Go", "SQL"), skills("SQL", "React"), skills("Go", "SQL", "React"), skills("SQL", "Go")];
    await Promise.all(Array.from({ length: 16 }, (_unused, index) => buildContact(workspace.admin, { skills: orders[index % orders.length] })));
    expect(await skillSuggestions(workspace.admin)).toEqual([
      { value: "SQL", count: 16 },
      { value: "Go", count: 12 },
      { value: "React", count: 12 },
    ]);
  });

  it("narrows to skills containing the search, by prefix or inside a word, ignoring case and taking wildcards literally", async () => {
    await buildContact(workspace.admin, { skills: skills("PostgreSQL", "MySQL", "C++", "Spring Boot") });
    await buildContact(workspace.admin, { skills: skills("PostgreSQL", "SQLite") });
    const values = async (search: string) => (await skillSuggestions(workspace.admin, { search })).map((suggestion) => suggestion.value);
    expect(await values("post")).toEqual(["PostgreSQL"]);
    expect(await values("SQL")).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
    expect(await values("  spring   boot ")).toEqual(["Spring Boot"]);
    expect(await values("boo")).toEqual(["Spring Boot"]);
    expect(await values("c++")).toEqual(["C++"]);
    expect(await values("%")).toEqual([]);
    expect(await values("_ql")).toEqual([]);
    expect(await values("   ")).toHaveLength(5);
  });

  it("never shows another workspace's skills, through the API or to a query that forgets its own filter", async () => {
    const other = await signUpWorkspace(server);
    await buildContact(other.admin, { skills: skills("Secret Sauce", "Go") });
    await buildContact(workspace.admin, { skills: skills("Go") });
    expect(await skillSuggestions(workspace.admin)).toEqual([{ value: "Go", count: 1 }]);
    expect(await skillSuggestions(workspace.admin, { search: "secret" })).toEqual([]);
    const rows = await withTenantTransaction(server.db.database.dataSource, workspace.workspaceRawId, (manager) =>
      manager.query(`SELECT workspace_id, name, contact_count FROM skill_usage`),
    );
    expect(rows).toEqual([{ workspace_id: workspace.workspaceRawId, name: "Go", contact_count: 1 }]);
    await expect(
      withTenantTransaction(server.db.database.dataSource, workspace.workspaceRawId, (manager) =>
        manager.query(`INSERT INTO skill_usage (workspace_id, name_key, name, contact_count) VALUES ($1, 'planted', 'Planted', 99)`, [other.workspaceRawId]),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await skillSuggestions(other.admin)).toEqual([
      { value: "Go", count: 1 },
      { value: "Secret Sauce", count: 1 },
    ]);
  });

  it("answers analysts and read-only API keys", async () => {
    await buildContact(workspace.admin, { skills: skills("Figma") });
    const analyst = await addUser(workspace, "ANALYST");
    expect(await skillSuggestions(analyst.client)).toEqual([{ value: "Figma", count: 1 }]);
    const key = await workspace.admin.expectData(`mutation { createApiKey(input: { name: "reader", scopes: [READ] }) { secret } }`);
    const integrator = server.client().useApiKey(key.createApiKey.secret);
    expect(await skillSuggestions(integrator)).toEqual([{ value: "Figma", count: 1 }]);
    expect((await server.client().expectError(SKILLS)).extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("gives a hiring manager only the skills of the candidates they may see", async () => {
    const manager = await addUser(workspace, "HIRING_MANAGER");
    const theirs = await buildJob(workspace.admin, { hiringTeam: [{ userId: manager.userId, role: "HIRING_MANAGER" }] });
    const another = await buildJob(workspace.admin);
    const candidate = await buildContact(workspace.admin, { skills: skills("Terraform", "AWS") });
    const second = await buildContact(workspace.admin, { skills: skills("AWS") });
    const hidden = await buildContact(workspace.admin, { skills: skills("Hidden Skill", "AWS") });
    await buildContact(workspace.admin, { skills: skills("Nobody's Job") });
    await buildApplication(workspace.admin, theirs.id, candidate.id);
    await buildApplication(workspace.admin, theirs.id, second.id);
    await buildApplication(workspace.admin, another.id, candidate.id);
    await buildApplication(workspace.admin, another.id, hidden.id);
    expect(await skillSuggestions(manager.client)).toEqual([
      { value: "AWS", count: 2 },
      { value: "Terraform", count: 1 },
    ]);
    expect(await skillSuggestions(manager.client, { search: "hidden" })).toEqual([]);
    expect(await skillSuggestions(workspace.admin, { first: 1 })).toEqual([{ value: "AWS", count: 3 }]);
  });

  it("refuses a page size outside 1 to 50 and an overlong search, naming each argument", async () => {
    for (const first of [0, -1, LIMITS.suggestionsMax + 1]) {
      const error = await workspace.admin.expectError(SKILLS, { first });
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: ["first"] }] });
    }
    const both = await workspace.admin.expectError(SKILLS, { first: 0, search: "x".repeat(LIMITS.searchMaxLength + 1) });
    expect(both.extensions?.code).toBe("BAD_USER_INPUT");
    expect(both.extensions?.fields.map((field: { path: string[] }) => field.path)).toEqual([["first"], ["search"]]);
    expect(await skillSuggestions(workspace.admin, { first: LIMITS.suggestionsMax, search: "x".repeat(LIMITS.searchMaxLength) })).toEqual([]);
  });
});

describe("industry suggestions", () => {
  let workspace: TestWorkspace;
  beforeEach(async () => {
    workspace = await signUpWorkspace(server);
  });

  it("counts live companies per industry ignoring case, most used first, and narrows by search", async () => {
    await buildCompany(workspace.admin, { industry: "Healthcare" });
    await buildCompany(workspace.admin, { industry: "healthcare" });
    await buildCompany(workspace.admin, { industry: "Healthcare" });
    await buildCompany(workspace.admin, { industry: "Fintech" });
    await buildCompany(workspace.admin, { industry: "Health Insurance" });
    await buildCompany(workspace.admin);
    const gone = await buildCompany(workspace.admin, { industry: "Retail" });
    await workspace.admin.expectData(`mutation ($id: ID!) { deleteCompany(input: { id: $id }) { company { id } } }`, { id: gone.id });
    expect(await industrySuggestions(workspace.admin)).toEqual([
      { value: "Healthcare", count: 3 },
      { value: "Fintech", count: 1 },
      { value: "Health Insurance", count: 1 },
    ]);
    expect(await industrySuggestions(workspace.admin, { search: "HEALTH" })).toEqual([
      { value: "Healthcare", count: 3 },
      { value: "Health Insurance", count: 1 },
    ]);
    expect(await industrySuggestions(workspace.admin, { search: "tech" })).toEqual([{ value: "Fintech", count: 1 }]);
    expect(await industrySuggestions(workspace.admin, { first: 1 })).toEqual([{ value: "Healthcare", count: 3 }]);
  });

  it("never shows another workspace's industries", async () => {
    const other = await signUpWorkspace(server);
    await buildCompany(other.admin, { industry: "Secret Industry" });
    await buildCompany(workspace.admin, { industry: "Logistics" });
    expect(await industrySuggestions(workspace.admin)).toEqual([{ value: "Logistics", count: 1 }]);
  });

  it("refuses a page size outside 1 to 50, naming the argument", async () => {
    const error = await workspace.admin.expectError(INDUSTRIES, { first: 51 });
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: ["first"] }] });
  });
});
