import type { Pool } from "pg";
import { parseGlobalId } from "../common/global-id";
import { buildCardToMove, signUpWorkspace, type TestWorkspace } from "../../test/factories";
import { startTestServer, whileLocked, type TestServer } from "../../test/test-server";

// Two connections: the lock holder takes one, a request waiting for the lock the other; a third request has to queue.
const POOL_WAIT_MS = 2_000;
let server: TestServer;
let workspace: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer({ environment: { DATABASE_POOL_SIZE: "2", DATABASE_POOL_WAIT_MS: String(POOL_WAIT_MS) } });
  workspace = await signUpWorkspace(server);
});
afterAll(async () => {
  await server.close();
});

const MOVE = `mutation ($input: MoveApplicationInput!) { moveApplication(input: $input) { application { id stage { name } } } }`;

/** The product's node-postgres pool. */
function pool(): Pool {
  return (server.db.database.dataSource.driver as unknown as { master: Pool }).master;
}

async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

function postMove(input: { id: string; toStageId: string }, signal?: AbortSignal): Promise<Response> {
  return fetch(server.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: workspace.admin.cookieHeader() },
    body: JSON.stringify({ query: MOVE, variables: { input } }),
    signal,
  });
}

describe("when every database connection stays busy", () => {
  it("answers 503 with Retry-After once the pool's wait limit passes, and runs nothing of the request", async () => {
    const first = await buildCardToMove(workspace.admin, "Holds A Connection");
    const second = await buildCardToMove(workspace.admin, "Finds None Free");

    await whileLocked(server, `SELECT 1 FROM job WHERE id = $1 FOR UPDATE`, [parseGlobalId(first.job.id)!.id], async () => {
      const waiting = postMove({ id: first.card.id, toStageId: first.target.id });
      expect(await waitUntil(() => pool().idleCount === 0 && pool().totalCount === 2)).toBe(true);

      const started = Date.now();
      const busy = await postMove({ id: second.card.id, toStageId: second.target.id });
      const waited = Date.now() - started;
      expect(busy.status).toBe(503);
      expect(busy.headers.get("retry-after")).toBe("5");
      const body = (await busy.json()) as { errors: Array<{ message: string; extensions: unknown }> };
      expect(body.errors[0].extensions).toEqual({ code: "SERVICE_UNAVAILABLE", retryAfterSeconds: 5 });
      expect(body.errors[0].message).toMatch(/too busy.*nothing of it ran/);
      expect(waited).toBeGreaterThanOrEqual(POOL_WAIT_MS - 50);
      // Still answered the same way after the wait: the security headers every API answer carries.
      expect(busy.headers.get("cache-control")).toBe("no-store");
      // Wrapped: a promise returned bare would be awaited inside the lock it waits for.
      return { waiting };
    }).then(async ({ waiting }) => expect((await waiting).status).toBe(200));

    // The refused move never ran; the request that held a connection did.
    expect(await second.columnOfCard()).toBe(second.card.stage.name);
    expect(await first.columnOfCard()).toBe(first.target.name);
  });

  it("drops the request of a client that went away while it waited for a connection", async () => {
    const first = await buildCardToMove(workspace.admin, "Keeps The Line Busy");
    const second = await buildCardToMove(workspace.admin, "Left The Queue");

    const held = whileLocked(server, `SELECT 1 FROM job WHERE id = $1 FOR UPDATE`, [parseGlobalId(first.job.id)!.id], async () => {
      const waiting = postMove({ id: first.card.id, toStageId: first.target.id });
      expect(await waitUntil(() => pool().idleCount === 0 && pool().totalCount === 2)).toBe(true);
      const controller = new AbortController();
      const abandoned = postMove({ id: second.card.id, toStageId: second.target.id }, controller.signal).then(
        () => "answered",
        () => "aborted",
      );
      expect(await waitUntil(() => pool().waitingCount === 1)).toBe(true);
      controller.abort();
      expect(await abandoned).toBe("aborted");
      return { waiting };
    });
    // The lock is gone: the first move finishes, and the abandoned request gets its connection well within the limit.
    expect((await (await held).waiting).status).toBe(200);
    expect(await waitUntil(() => pool().waitingCount === 0 && pool().idleCount === pool().totalCount)).toBe(true);

    expect(await first.columnOfCard()).toBe(first.target.name);
    expect(await second.columnOfCard()).toBe(second.card.stage.name);
    // The same move, asked for again by a client that waits for it, is made.
    const moved = (await workspace.admin.expectData(MOVE, { input: { id: second.card.id, toStageId: second.target.id } })).moveApplication.application;
    expect(moved.stage.name).toBe(second.target.name);
  });
});
