import { addUser, signUpWorkspace, TEST_PASSWORD } from "../../../test/factories";
import { startTestServer, type TestServer } from "../../../test/test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const ME = `query { me { user { email role } workspace { name } authMethod scopes } }`;

describe("signing up and in", () => {
  it("creates a workspace whose admin is signed in by an HttpOnly session cookie", async () => {
    const workspace = await signUpWorkspace(server, "Acme Talent");
    const me = await workspace.admin.expectData(ME);
    expect(me.me).toEqual({
      user: { email: workspace.adminEmail, role: "ADMIN" },
      workspace: { name: "Acme Talent" },
      authMethod: "SESSION",
      scopes: ["READ", "WRITE"],
    });
  });

  it("sets the session cookie HttpOnly and SameSite=Lax on login", async () => {
    const workspace = await signUpWorkspace(server);
    const client = server.client();
    const response = await client.request(`mutation ($input: LoginInput!) { login(input: $input) { user { email } } }`, {
      input: { email: workspace.adminEmail.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(response.errors).toBeUndefined();
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith("tl_session="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.expectData(ME)).me.user.email).toBe(workspace.adminEmail);
  });

  it("refuses a wrong password without saying whether the email exists", async () => {
    const workspace = await signUpWorkspace(server);
    const wrongPassword = await server.client().expectError(`mutation { login(input: { email: "${workspace.adminEmail}", password: "not the password" }) { user { id } } }`);
    const unknownEmail = await server.client().expectError(`mutation { login(input: { email: "nobody@example.com", password: "not the password" }) { user { id } } }`);
    expect(wrongPassword.extensions?.code).toBe("UNAUTHENTICATED");
    expect(unknownEmail.extensions?.code).toBe("UNAUTHENTICATED");
    expect(wrongPassword.message).toBe(unknownEmail.message);
  });

  it("answers every operation but sign-in with UNAUTHENTICATED when there are no credentials", async () => {
    const error = await server.client().expectError(`query { contacts { totalCount } }`);
    expect(error.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("ends the session on logout, on the server and not just in the browser", async () => {
    const workspace = await signUpWorkspace(server);
    const stolenCookie = workspace.admin.cookie("tl_session")!;
    await workspace.admin.expectData(`mutation { logout }`);
    const replay = await server.client().request(ME, undefined, { cookie: `tl_session=${stolenCookie}` });
    expect(replay.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("rate-limits repeated failed logins for an email", async () => {
    const workspace = await signUpWorkspace(server);
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await server.client().request(`mutation { login(input: { email: "${workspace.adminEmail}", password: "wrong password ${attempt}" }) { user { id } } }`);
    }
    const error = await server.client().expectError(`mutation { login(input: { email: "${workspace.adminEmail}", password: "${TEST_PASSWORD}" }) { user { id } } }`);
    expect(error.extensions?.code).toBe("RATE_LIMITED");
  });
});

describe("roles", () => {
  it("lets an analyst read but not write", async () => {
    const workspace = await signUpWorkspace(server);
    const analyst = await addUser(workspace, "ANALYST");
    await analyst.client.expectData(`query { contacts { totalCount } }`);
    const error = await analyst.client.expectError(`mutation { createContact(input: { displayName: "Nope" }) { contact { id } } }`);
    expect(error.extensions?.code).toBe("FORBIDDEN");
  });

  it("lets only admins add users", async () => {
    const workspace = await signUpWorkspace(server);
    const recruiter = await addUser(workspace, "RECRUITER");
    const error = await recruiter.client.expectError(
      `mutation { createUser(input: { email: "x-${Date.now()}@example.com", name: "X", role: ADMIN, password: "${TEST_PASSWORD}" }) { user { id } } }`,
    );
    expect(error.extensions?.code).toBe("FORBIDDEN");
  });

  it("signs a deactivated user out everywhere", async () => {
    const workspace = await signUpWorkspace(server);
    const recruiter = await addUser(workspace, "RECRUITER");
    await workspace.admin.expectData(`mutation ($id: ID!) { deactivateUser(input: { userId: $id }) { user { isActive } } }`, { id: recruiter.userId });
    const error = await recruiter.client.expectError(ME);
    expect(error.extensions?.code).toBe("UNAUTHENTICATED");
    const login = await server.client().expectError(`mutation { login(input: { email: "${recruiter.email}", password: "${TEST_PASSWORD}" }) { user { id } } }`);
    expect(login.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("keeps at least one active admin", async () => {
    const workspace = await signUpWorkspace(server);
    const error = await workspace.admin.expectError(`mutation ($id: ID!) { updateUserRole(input: { userId: $id, role: RECRUITER }) { user { role } } }`, {
      id: workspace.adminId,
    });
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await workspace.admin.expectData(ME)).me.user.role).toBe("ADMIN");
  });
});

describe("API keys", () => {
  const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name scopes hint } } }`;

  it("shows the secret once, authenticates with it as Bearer, and stores only a hash", async () => {
    const workspace = await signUpWorkspace(server);
    const created = await workspace.admin.expectData(CREATE_KEY, { input: { name: "HRIS sync", scopes: ["READ", "WRITE"] } });
    const secret: string = created.createApiKey.secret;
    expect(created.createApiKey.apiKey.hint.endsWith(secret.slice(-6))).toBe(true);
    const integrator = server.client().useApiKey(secret);
    expect((await integrator.expectData(ME)).me.authMethod).toBe("API_KEY");
    const listed = await workspace.admin.expectData(`query { apiKeys { name hint } }`);
    expect(JSON.stringify(listed)).not.toContain(secret);
    const stored = await server.db.database.dataSource.query(`SELECT token_hash FROM api_key`);
    expect(JSON.stringify(stored)).not.toContain(secret.slice(4, 30));
  });

  it("refuses mutations to a read-only key", async () => {
    const workspace = await signUpWorkspace(server);
    const created = await workspace.admin.expectData(CREATE_KEY, { input: { name: "Reporting", scopes: ["READ"] } });
    const integrator = server.client().useApiKey(created.createApiKey.secret);
    await integrator.expectData(`query { contacts { totalCount } }`);
    const error = await integrator.expectError(`mutation { createContact(input: { displayName: "Nope" }) { contact { id } } }`);
    expect(error.extensions?.code).toBe("FORBIDDEN");
  });

  it("stops a revoked key at the next request", async () => {
    const workspace = await signUpWorkspace(server);
    const created = await workspace.admin.expectData(CREATE_KEY, { input: { name: "Temp", scopes: ["READ"] } });
    const integrator = server.client().useApiKey(created.createApiKey.secret);
    await integrator.expectData(ME);
    await workspace.admin.expectData(`mutation ($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } } }`, {
      id: created.createApiKey.apiKey.id,
    });
    const error = await integrator.expectError(ME);
    expect(error.extensions?.code).toBe("UNAUTHENTICATED");
    expect(error.message).toMatch(/API key/);
  });
});
