import { randomUUID } from "node:crypto";
import { OperationTypeNode } from "graphql";
import pino from "pino";
import { parseGlobalId } from "../common/global-id";
import { signUpWorkspace, type TestWorkspace } from "../../test/factories";
import { startTestServer, type TestServer } from "../../test/test-server";
import { RequestContext } from "./context";
import { createLoaders } from "./loaders";
import { finishRequestTransaction, openRequestTransaction } from "./request-transaction";

let server: TestServer;
let workspace: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  workspace = await signUpWorkspace(server);
});
afterAll(async () => {
  await server.close();
});

/** A request context as the endpoint makes one, for a request carrying the admin's session cookie. */
function adminRequestContext(): RequestContext {
  const request = { ip: "127.0.0.1", userAgent: "jest", cookieHeader: workspace.admin.cookieHeader(), authorization: null };
  return new RequestContext(randomUUID(), server.config, pino({ level: "silent" }), request, createLoaders);
}

async function workspaceName(): Promise<string> {
  const { data } = await workspace.admin.request<{ me: { workspace: { name: string } } }>(`{ me { workspace { name } } }`);
  return data!.me.workspace.name;
}

describe("the transaction a request runs in", () => {
  const dataSource = () => server.db.database.dataSource;

  it("is READ ONLY for a query: a write in it fails and changes nothing", async () => {
    const before = await workspaceName();
    const context = adminRequestContext();
    await openRequestTransaction(dataSource(), context, OperationTypeNode.QUERY);
    expect(context.viewer?.workspaceId).toBe(parseGlobalId(workspace.workspaceId)!.id);
    expect(await context.db.query(`SHOW transaction_read_only`)).toEqual([{ transaction_read_only: "on" }]);
    await expect(context.db.query(`UPDATE workspace SET name = 'Written By A Query'`)).rejects.toMatchObject({ code: "25006" });
    await finishRequestTransaction(dataSource(), context, false);
    expect(await workspaceName()).toBe(before);
  });

  it("can write for a mutation", async () => {
    const context = adminRequestContext();
    await openRequestTransaction(dataSource(), context, OperationTypeNode.MUTATION);
    expect(await context.db.query(`SHOW transaction_read_only`)).toEqual([{ transaction_read_only: "off" }]);
    await context.db.query(`UPDATE workspace SET name = 'Written By A Mutation'`);
    expect((await finishRequestTransaction(dataSource(), context, true)).committed).toBe(true);
    expect(await workspaceName()).toBe("Written By A Mutation");
  });
});
