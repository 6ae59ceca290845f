import { parseGlobalId } from "../common/global-id";
import { buildCardToMove, signUpWorkspace, type TestWorkspace } from "../../test/factories";
import { startTestServer, whileLocked, type TestServer } from "../../test/test-server";

let server: TestServer;
let workspace: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  workspace = await signUpWorkspace(server);
});
afterAll(async () => {
  await server.close();
});

const MOVE = `mutation ($input: MoveApplicationInput!) { moveApplication(input: $input) { application { id stage { name } } } }`;

/** How many of the product's connections to this test's database wait for a lock. */
async function requestsWaitingForLocks(): Promise<number> {
  const [row] = await server.db.database.dataSource.query(
    `SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'talentlane' AND wait_event_type = 'Lock'`,
  );
  return row.waiting;
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe("a request whose client goes away", () => {
  it("has its running statement cancelled, and changes nothing", async () => {
    const { job, card, target, columnOfCard } = await buildCardToMove(workspace.admin, "Gone Away");

    // Another transaction holds the job's row lock, so the move waits for it (the statement timeout is a minute).
    await whileLocked(server, `SELECT 1 FROM job WHERE id = $1 FOR UPDATE`, [parseGlobalId(job.id)!.id], async () => {
      const controller = new AbortController();
      const sent = fetch(server.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: workspace.admin.cookieHeader() },
        body: JSON.stringify({ query: MOVE, variables: { input: { id: card.id, toStageId: target.id } } }),
        signal: controller.signal,
      }).then(
        () => "answered",
        () => "aborted",
      );
      expect(await waitUntil(async () => (await requestsWaitingForLocks()) === 1)).toBe(true);
      controller.abort();
      expect(await sent).toBe("aborted");
      // The lock is still held: only the cancellation can have ended the wait.
      expect(await waitUntil(async () => (await requestsWaitingForLocks()) === 0)).toBe(true);
    });

    expect(await columnOfCard()).toBe(card.stage.name);
    const moved = (await workspace.admin.expectData(MOVE, { input: { id: card.id, toStageId: target.id } })).moveApplication.application;
    expect(moved.stage.name).toBe(target.name);
  });
});
