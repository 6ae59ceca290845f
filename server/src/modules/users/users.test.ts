import { signUpWorkspace, TEST_PASSWORD, unique } from "../../../test/factories";
import { startTestServer, type TestServer } from "../../../test/test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const USERS = `query ($search: String, $includeInactive: Boolean) { users(first: 10, search: $search, includeInactive: $includeInactive) { nodes { name } } }`;

describe("users(search)", () => {
  it("returns the users whose name or email contains the text, ignoring case", async () => {
    const workspace = await signUpWorkspace(server);
    const suffix = unique();
    for (const [name, email] of [
      ["Priya Raman", `priya-${suffix}@example.com`],
      ["Tom Price", `tom-${suffix}@example.com`],
      ["Zed Other", `zed.pricing-${suffix}@example.com`],
    ]) {
      await workspace.admin.expectData(`mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
        input: { email, name, role: "RECRUITER", password: TEST_PASSWORD },
      });
    }
    const names = async (search: string) => (await workspace.admin.expectData(USERS, { search })).users.nodes.map((user: { name: string }) => user.name);
    expect(await names("PRI")).toEqual(["Priya Raman", "Tom Price", "Zed Other"]);
    expect(await names("raman")).toEqual(["Priya Raman"]);
    expect(await names("  ")).toHaveLength(4);
  });

  it("matches % and _ literally, and leaves other workspaces' users out", async () => {
    const workspace = await signUpWorkspace(server);
    const other = await signUpWorkspace(server);
    await other.admin.expectData(`mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
      input: { email: `x-${unique()}@example.com`, name: "Outsider 100%", role: "RECRUITER", password: TEST_PASSWORD },
    });
    await workspace.admin.expectData(`mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
      input: { email: `y-${unique()}@example.com`, name: "Insider 100%", role: "RECRUITER", password: TEST_PASSWORD },
    });
    const names = async (search: string) => (await workspace.admin.expectData(USERS, { search })).users.nodes.map((user: { name: string }) => user.name);
    expect(await names("100%")).toEqual(["Insider 100%"]);
    expect(await names("%")).toEqual(["Insider 100%"]);
    expect(await names("_")).toEqual([]);
    expect(await names("outsider")).toEqual([]);
  });

  it("refuses a search longer than the limit", async () => {
    const workspace = await signUpWorkspace(server);
    const error = await workspace.admin.expectError(USERS, { search: "x".repeat(1000) });
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("segments(search)", () => {
  const CREATE = `mutation ($input: CreateSegmentInput!) { createSegment(input: $input) { segment { id } } }`;
  const SEGMENTS = `query ($search: String) { segments(first: 10, search: $search) { nodes { name } } }`;

  it("returns the usable segments whose name contains the text, ignoring case, escaping wildcards", async () => {
    const workspace = await signUpWorkspace(server);
    for (const name of ["Senior Go", "Go_getters", "Rust seniors"]) {
      await workspace.admin.expectData(CREATE, { input: { name, filter: { kind: { equalTo: "CANDIDATE" } }, visibility: "WORKSPACE" } });
    }
    const names = async (search: string) => (await workspace.admin.expectData(SEGMENTS, { search })).segments.nodes.map((segment: { name: string }) => segment.name);
    expect(await names("SENIOR")).toEqual(["Rust seniors", "Senior Go"]);
    expect(await names("o_g")).toEqual(["Go_getters"]);
    expect(await names("")).toHaveLength(3);
  });

  it("does not find another user's private segment", async () => {
    const workspace = await signUpWorkspace(server);
    await workspace.admin.expectData(CREATE, { input: { name: "Admin's secret list", filter: { kind: { equalTo: "CANDIDATE" } } } });
    const email = `colleague-${unique()}@example.com`;
    await workspace.admin.expectData(`mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
      input: { email, name: "Colleague", role: "RECRUITER", password: TEST_PASSWORD },
    });
    const colleague = server.client();
    await colleague.login(email, TEST_PASSWORD);
    expect((await colleague.expectData(SEGMENTS, { search: "secret" })).segments.nodes).toEqual([]);
    expect((await workspace.admin.expectData(SEGMENTS, { search: "secret" })).segments.nodes).toEqual([{ name: "Admin's secret list" }]);
  });
});
