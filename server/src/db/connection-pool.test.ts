import type { Pool } from "pg";
import { loadConfig } from "../config/config";
import { signUpWorkspace, type TestWorkspace } from "../../test/factories";
import { startTestServer, type TestServer } from "../../test/test-server";

/** The product's node-postgres pool. */
function poolOf(server: TestServer): Pool {
  return (server.db.database.dataSource.driver as unknown as { master: Pool }).master;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readContacts(workspace: TestWorkspace): Promise<void> {
  await workspace.admin.expectData(`{ contacts(first: 5) { nodes { id } } }`);
}

describe("the database connections between requests", () => {
  // node-postgres closes a connection after 10 s unused; the next request then waits for a new one (a contact read
  // 61-69 ms instead of 13-16), which a recruiter pausing between clicks would meet on nearly every click.
  it("are kept for ten minutes unless configured otherwise", () => {
    expect(loadConfig({}, []).databasePoolIdleTimeoutMs).toBe(10 * 60 * 1000);
    expect(() => loadConfig({ DATABASE_POOL_IDLE_TIMEOUT_MS: "10" }, [])).toThrow(/DATABASE_POOL_IDLE_TIMEOUT_MS/);
  });

  it("are closed once unused for DATABASE_POOL_IDLE_TIMEOUT_MS", async () => {
    const server = await startTestServer({ environment: { DATABASE_POOL_IDLE_TIMEOUT_MS: "1000" } });
    try {
      const workspace = await signUpWorkspace(server);
      await readContacts(workspace);
      expect(poolOf(server).totalCount).toBeGreaterThan(0);
      await sleep(1_800);
      expect(poolOf(server).totalCount).toBe(0);
    } finally {
      await server.close();
    }
  });
});
