import { parseGlobalId } from "../common/global-id";
import { buildCardToMove, buildContact, signUpWorkspace, type TestWorkspace } from "../../test/factories";
import { startTestServer, whileLocked, type TestServer } from "../../test/test-server";

let server: TestServer;
let workspace: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer({ environment: { STATEMENT_TIMEOUT_MS: "300", MUTATION_STATEMENT_TIMEOUT_MS: "1500" } });
  workspace = await signUpWorkspace(server);
});
afterAll(async () => {
  await server.close();
});

const MOVE = `mutation ($input: MoveApplicationInput!) { moveApplication(input: $input) { application { id version stage { name } } } }`;

describe("the statement timeout of API requests", () => {
  it("stops a mutation's statement that waits past MUTATION_STATEMENT_TIMEOUT_MS, answers TIMEOUT and changes nothing", async () => {
    const { job, card, target, columnOfCard } = await buildCardToMove(workspace.admin, "Held Up");

    // Another transaction holds the job's row lock (as a long edit of the job would); the move waits for it.
    await whileLocked(server, `SELECT 1 FROM job WHERE id = $1 FOR UPDATE`, [parseGlobalId(job.id)!.id], async () => {
      const started = Date.now();
      const error = await workspace.admin.expectError(MOVE, { input: { id: card.id, toStageId: target.id } });
      expect(error.extensions?.code).toBe("TIMEOUT");
      expect(error.message).toMatch(/ran longer than the server allows and was stopped; nothing was changed/);
      // Stopped at the mutations' limit: not at the queries' shorter one, nor when the lock was released.
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    expect(await columnOfCard()).toBe(card.stage.name);
    const moved = (await workspace.admin.expectData(MOVE, { input: { id: card.id, toStageId: target.id } })).moveApplication.application;
    expect(moved.stage.name).toBe(target.name);
    expect(await columnOfCard()).toBe(target.name);
  });

  it("stops a query's statement that waits past STATEMENT_TIMEOUT_MS", async () => {
    await buildContact(workspace.admin, { displayName: "Behind A Lock" });
    // Another transaction locks the whole contact table (as a migration might); reading contacts waits for it.
    await whileLocked(server, `LOCK TABLE contact IN ACCESS EXCLUSIVE MODE`, [], async () => {
      const started = Date.now();
      const error = await workspace.admin.expectError(`{ contacts(first: 5) { totalCount nodes { displayName } } }`);
      expect(error.extensions?.code).toBe("TIMEOUT");
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });

  it("lets requests that finish in time run as before", async () => {
    const data = await workspace.admin.expectData(`{ contacts(first: 5) { totalCount } }`);
    expect(data.contacts.totalCount).toBeGreaterThan(0);
  });
});
