import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { buildContact, namesMatching, signUpWorkspace } from "../../test/factories";
import { startTestServer, type TestServer } from "../../test/test-server";
import { migrateDatabase, openDatabase } from "./database";
import { withTenantTransaction } from "./tenant-transaction";

/*
 * The embedded database (PGlite) runs the same migrations and SQL as PostgreSQL. These tests run on it whatever
 * DATABASE_URL says, so both modes are covered in every run.
 */
describe("the embedded database", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ embedded: true });
  });
  afterAll(async () => {
    await server.close();
  });

  it("serves the API: sign-up, contacts, filters and search", async () => {
    expect(server.db.database.mode).toBe("embedded");
    const workspace = await signUpWorkspace(server);
    await buildContact(workspace.admin, { givenName: "Lin", familyName: "Embedded", skills: [{ name: "Rust", level: 4 }], location: { country: "SE" } });
    await buildContact(workspace.admin, { givenName: "Other", familyName: "Person", location: { country: "NO" } });
    expect(await namesMatching(workspace.admin, { skills: { allOf: [{ name: "rust", minLevel: 3 }] }, location: { country: { equalTo: "se" } } })).toEqual([
      "Lin Embedded",
    ]);
    expect(await namesMatching(workspace.admin, null, { search: "embeded" })).toEqual(["Lin Embedded"]);
  });

  it("enforces row-level security under the request role, though PGlite's own user is a superuser", async () => {
    const first = await signUpWorkspace(server);
    const second = await signUpWorkspace(server);
    await buildContact(second.admin, { givenName: "Hidden" });
    const visible = await withTenantTransaction(server.db.database.dataSource, first.workspaceRawId, async (manager) =>
      manager.query(`SELECT display_name FROM contact WHERE display_name LIKE 'Hidden%'`),
    );
    expect(visible).toEqual([]);
  });
});

describe("embedded data on disk", () => {
  it("survives closing and reopening the database folder", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "talentlane-pglite-"));
    const logger = pino({ level: "silent" });
    try {
      const first = await openDatabase({ embeddedDataDir: dataDir, poolSize: 1, logger });
      await migrateDatabase(first);
      await first.dataSource.query(`INSERT INTO workspace (id, name) VALUES ('0190b7a0-0000-7000-8000-000000000001', 'Persisted')`);
      await first.close();
      const second = await openDatabase({ embeddedDataDir: dataDir, poolSize: 1, logger });
      await migrateDatabase(second);
      const rows = await second.dataSource.query(`SELECT name FROM workspace`);
      await second.close();
      expect(rows).toEqual([{ name: "Persisted" }]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
