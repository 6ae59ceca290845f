import { buildCompany, buildContact, signUpWorkspace, type TestWorkspace } from "../../test/factories";
import { startTestServer, type TestServer } from "../../test/test-server";
import { findLeakyFilterFunctions } from "./filter-operator-functions";
import { APP_ROLE, REQUEST_SETTINGS, withTenantTransaction } from "./tenant-transaction";

let server: TestServer;
let alpha: TestWorkspace;
let beta: TestWorkspace;
let betaContact: Record<string, any>;

beforeAll(async () => {
  server = await startTestServer();
  alpha = await signUpWorkspace(server, "Alpha");
  beta = await signUpWorkspace(server, "Beta");
  await buildContact(alpha.admin, { givenName: "Alpha", familyName: "Only", tags: ["shared-tag"] });
  betaContact = await buildContact(beta.admin, { givenName: "Beta", familyName: "Secret", tags: ["shared-tag"] });
  await buildCompany(beta.admin, { name: "Beta Corp" });
});
afterAll(async () => {
  await server.close();
});

const dataSource = () => server.db.database.dataSource;

describe("isolation through the API", () => {
  it("lists, counts and searches only the caller's workspace", async () => {
    const list = await alpha.admin.expectData(`query { contacts(search: "Secret") { totalCount nodes { displayName } } companies { totalCount } tags { nodes { name } } }`);
    expect(list.contacts).toEqual({ totalCount: 0, nodes: [] });
    expect(list.companies.totalCount).toBe(0);
    const all = await alpha.admin.expectData(`query { contacts { totalCount nodes { displayName } } }`);
    expect(all.contacts.nodes.map((node: { displayName: string }) => node.displayName)).toEqual(["Alpha Only"]);
  });

  it("does not read, change or tag another workspace's contact by id", async () => {
    expect((await alpha.admin.expectError(`query ($id: ID!) { contact(id: $id) { id } }`, { id: betaContact.id })).extensions?.code).toBe("NOT_FOUND");
    expect((await alpha.admin.expectData(`query ($id: ID!) { node(id: $id) { id } }`, { id: betaContact.id })).node).toBeNull();
    const update = await alpha.admin.expectError(`mutation ($id: ID!) { updateContact(input: { id: $id, headline: "pwned" }) { contact { id } } }`, { id: betaContact.id });
    expect(update.extensions?.code).toBe("NOT_FOUND");
    const tag = await alpha.admin.expectError(`mutation ($id: ID!) { tagContacts(input: { contactIds: [$id], tags: ["x"] }) { affectedCount } }`, { id: betaContact.id });
    expect(tag.extensions?.code).toBe("NOT_FOUND");
    const untouched = await beta.admin.expectData(`query ($id: ID!) { contact(id: $id) { headline version tags { name } } }`, { id: betaContact.id });
    expect(untouched.contact).toEqual({ headline: null, version: 1, tags: [{ name: "shared-tag" }] });
  });

  it("tags by filter only inside the caller's workspace", async () => {
    const result = await alpha.admin.expectData(`mutation { tagContacts(input: { filter: {}, tags: ["everyone"] }) { affectedCount } }`);
    expect(result.tagContacts.affectedCount).toBe(1);
    const beta = await betaClientContactTags();
    expect(beta).toEqual(["shared-tag"]);
  });
});

async function betaClientContactTags(): Promise<string[]> {
  const data = await beta.admin.expectData(`query ($id: ID!) { contact(id: $id) { tags { name } } }`, { id: betaContact.id });
  return data.contact.tags.map((tag: { name: string }) => tag.name);
}

describe("row-level security under the request role", () => {
  it("hides other workspaces from a query that forgets its own filter", async () => {
    const counts = await withTenantTransaction(dataSource(), alpha.workspaceRawId, async (manager) => {
      const [contacts] = await manager.query(`SELECT count(*) AS n FROM contact`);
      const [companies] = await manager.query(`SELECT count(*) AS n FROM company`);
      const [users] = await manager.query(`SELECT count(*) AS n FROM app_user`);
      const [workspaces] = await manager.query(`SELECT count(*) AS n FROM workspace`);
      const [role] = await manager.query(`SELECT current_user AS name`);
      return { contacts: contacts.n, companies: companies.n, users: users.n, workspaces: workspaces.n, role: role.name };
    });
    expect(counts).toEqual({ contacts: 1, companies: 0, users: 1, workspaces: 1, role: APP_ROLE });
  });

  it("gives a request's statements their own settings (memory, no JIT), and leaves none behind on the connection", async () => {
    const read = `SELECT current_setting('work_mem') AS work_mem, current_setting('jit') AS jit, current_user AS role`;
    const [before] = await dataSource().query(read);
    expect(before.work_mem).not.toBe(REQUEST_SETTINGS.work_mem);
    const inside = await withTenantTransaction(dataSource(), alpha.workspaceRawId, async (manager) => {
      const [row] = await manager.query(`${read}, current_setting('app.workspace_id') AS workspace`);
      return row;
    });
    expect(inside).toEqual({ ...REQUEST_SETTINGS, role: APP_ROLE, workspace: alpha.workspaceRawId });
    const [after] = await dataSource().query(read);
    expect(after).toEqual(before);
  });

  it("refuses to write a row into another workspace", async () => {
    await expect(
      withTenantTransaction(dataSource(), alpha.workspaceRawId, (manager) =>
        manager.query(`INSERT INTO tag (workspace_id, id, name) VALUES ($1, gen_random_uuid(), 'smuggled')`, [beta.workspaceRawId]),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withTenantTransaction(dataSource(), alpha.workspaceRawId, async (manager) => {
        const result = await manager.query(`UPDATE contact SET headline = 'pwned' WHERE workspace_id = $1`, [beta.workspaceRawId]);
        return result[1];
      }),
    ).resolves.toBe(0);
  });

  it("sees nothing at all when no workspace is set", async () => {
    const count = await withTenantTransaction(dataSource(), null, async (manager) => (await manager.query(`SELECT count(*) AS n FROM contact`))[0].n);
    expect(count).toBe(0);
  });

  it("runs requests under a role that is no superuser, owns nothing and cannot bypass row-level security", async () => {
    const [role] = await dataSource().query(`SELECT rolsuper, rolbypassrls, rolcreaterole, rolcanlogin FROM pg_roles WHERE rolname = $1`, [APP_ROLE]);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcanlogin: false });
    const owned = await dataSource().query(
      `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`,
      [APP_ROLE],
    );
    expect(owned).toEqual([]);
  });
});

describe("the catalog", () => {
  /** Tables that exist before a tenant is known (the tenant itself, failed logins, the migration ledger). */
  const GLOBAL_TABLES = ["workspace", "login_attempt", "schema_migration"];

  async function tenantTables(): Promise<string[]> {
    const rows = await dataSource().query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    return rows.map((row: { table_name: string }) => row.table_name).filter((name: string) => !GLOBAL_TABLES.includes(name));
  }

  it("gives every tenant table a workspace_id leading its primary key", async () => {
    const tables = await tenantTables();
    expect(tables.length).toBeGreaterThanOrEqual(8);
    for (const table of tables) {
      const [key] = await dataSource().query(
        `SELECT array_agg(a.attname::text ORDER BY k.ordinality) AS columns
           FROM pg_constraint c CROSS JOIN unnest(c.conkey) WITH ORDINALITY AS k(attnum, ordinality)
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
          WHERE c.conrelid = $1::regclass AND c.contype = 'p'`,
        [table],
      );
      expect({ table, first: key?.columns?.[0] }).toEqual({ table, first: "workspace_id" });
    }
  });

  it("includes workspace_id in every unique constraint and unique index of a tenant table", async () => {
    for (const table of await tenantTables()) {
      const indexes = await dataSource().query(
        `SELECT i.indexrelid::regclass::text AS name,
                EXISTS (SELECT 1 FROM unnest(i.indkey) AS k(attnum) JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                         WHERE a.attname = 'workspace_id') AS has_tenant
           FROM pg_index i WHERE i.indrelid = $1::regclass AND i.indisunique`,
        [table],
      );
      for (const index of indexes) expect({ table, index: index.name, hasTenant: index.has_tenant }).toEqual({ table, index: index.name, hasTenant: true });
    }
  });

  it("makes every foreign key between tenant tables carry workspace_id", async () => {
    const keys = await dataSource().query(
      `SELECT c.conname, c.conrelid::regclass::text AS source, c.confrelid::regclass::text AS target,
              (SELECT array_agg(a.attname::text ORDER BY k.ordinality) FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ordinality) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns
         FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
    );
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) {
      const ok = key.target === "workspace" ? key.columns.includes("workspace_id") : key.columns[0] === "workspace_id" && key.columns.length > 1;
      expect({ key: key.conname, ok }).toEqual({ key: key.conname, ok: true });
    }
  });

  it("enables and forces row-level security with a tenant policy on every tenant table and on the workspace", async () => {
    for (const table of [...(await tenantTables()), "workspace"]) {
      const [row] = await dataSource().query(
        `SELECT c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
                EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = c.relname AND p.policyname = 'tenant_isolation') AS has_policy
           FROM pg_class c WHERE c.oid = $1::regclass`,
        [table],
      );
      expect({ table, ...row }).toEqual({ table, enabled: true, forced: true, has_policy: true });
    }
  });

  it("marks the functions filters apply to rows LEAKPROOF, so indexes serve filters under row-level security", async () => {
    expect(await findLeakyFilterFunctions(dataSource())).toEqual([]);
  });
});
