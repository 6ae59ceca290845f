import { serverAudits } from "graphql-http";
import { signUpWorkspace } from "../../test/factories";
import { startTestServer, type TestServer } from "../../test/test-server";
import { QUERY_LIMITS } from "./http-app";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("GraphQL over HTTP", () => {
  it("passes every MUST of the GraphQL-over-HTTP spec audit", async () => {
    const audits = serverAudits({ url: server.graphqlUrl, fetchFn: fetch });
    const failures: string[] = [];
    const mustAudits = audits.filter((candidate) => candidate.name.startsWith("MUST"));
    expect(mustAudits.length).toBeGreaterThan(10);
    for (const audit of mustAudits) {
      const result = await audit.fn();
      if (result.status !== "ok") failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });

  it("answers a malformed JSON body with 400 and no internals", async () => {
    const response = await fetch(server.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(JSON.parse(body).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body).not.toMatch(/at .*\.js|node_modules/);
  });

  it("refuses a body over the limit with 413", async () => {
    const huge = JSON.stringify({ query: `query { __typename }`, variables: { padding: "x".repeat(2 * 1024 * 1024) } });
    const response = await fetch(server.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: huge });
    expect(response.status).toBe(413);
  });

  it("refuses a simple cross-site form post (CSRF)", async () => {
    const response = await fetch(server.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "mutation { logout }" }),
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as any).errors[0].message).toMatch(/application\/json/);
  });

  it("answers queries sent with GET only with a header no cross-site page can send, and never mutations", async () => {
    const workspace = await signUpWorkspace(server);
    const url = `${server.graphqlUrl}?query=${encodeURIComponent("query { me { user { email } } }")}`;
    const withoutHeader = await fetch(url, { headers: { cookie: workspace.admin.cookieHeader() } });
    expect(withoutHeader.status).toBe(400);
    expect(((await withoutHeader.json()) as any).errors[0].message).toMatch(/cross-site request forgery/);

    const withHeader = await fetch(url, { headers: { cookie: workspace.admin.cookieHeader(), "apollo-require-preflight": "true" } });
    expect(withHeader.status).toBe(200);
    expect(((await withHeader.json()) as any).data.me.user.email).toBe(workspace.adminEmail);

    const mutation = await fetch(`${server.graphqlUrl}?query=${encodeURIComponent("mutation { logout }")}`, {
      headers: { cookie: workspace.admin.cookieHeader(), "apollo-require-preflight": "true" },
    });
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get("allow")).toBe("POST");
    // Still signed in: the mutation did not run.
    expect((await workspace.admin.expectData<{ me: { user: { email: string } } }>("query { me { user { email } } }")).me.user.email).toBe(workspace.adminEmail);
  });

  it("answers in the media type the client prefers, and 406 when it accepts neither of ours", async () => {
    const post = (accept: string | null) =>
      fetch(server.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...(accept === null ? {} : { accept }) },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
    expect((await post("application/graphql-response+json")).headers.get("content-type")).toBe("application/graphql-response+json; charset=utf-8");
    expect((await post("application/json")).headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect((await post("application/json, application/graphql-response+json;q=0.5")).headers.get("content-type")).toMatch(/^application\/json/);
    expect((await post(null)).headers.get("content-type")).toMatch(/^application\/json/);
    expect((await post("*/*")).status).toBe(200);
    expect((await post("text/html")).status).toBe(406);
  });

  it("refuses what cannot run with 400 and a message that names the problem", async () => {
    const post = async (body: unknown) => {
      const response = await fetch(server.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return { status: response.status, message: ((await response.json()) as any).errors[0].message as string };
    };
    expect(await post({})).toEqual({ status: 400, message: expect.stringMatching(/no query/) });
    expect(await post([{ query: "{ __typename }" }])).toEqual({ status: 400, message: expect.stringMatching(/Batched/) });
    expect(await post({ query: "{ __typename }", variables: [1] })).toEqual({ status: 400, message: expect.stringMatching(/variables must be an object/) });
    expect(await post({ query: "query A { __typename } query B { __typename }" })).toEqual({ status: 400, message: expect.stringMatching(/operation name/) });
    expect(await post({ query: "query A { __typename }", operationName: "C" })).toEqual({ status: 400, message: expect.stringMatching(/Unknown operation named "C"/) });
    expect(await post({ query: "{ __typename" })).toEqual({ status: 400, message: expect.stringMatching(/Syntax Error/) });
    const put = await fetch(server.graphqlUrl, { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, POST");
  });

  it("echoes a sane request id, and tells caches not to keep answers", async () => {
    const response = await fetch(server.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "trace-1234-abcd" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.headers.get("x-request-id")).toBe("trace-1234-abcd");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const insane = await fetch(server.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "<script>" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(insane.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers each query text with its own document, however many were sent before", async () => {
    const workspace = await signUpWorkspace(server);
    for (let index = 0; index < 5; index += 1) {
      const data = await workspace.admin.expectData<Record<string, unknown>>(`query { n${index}: __typename me { user { email } } }`);
      expect(data[`n${index}`]).toBe("Query");
    }
  });
});

describe("diagnostics outside production", () => {
  it("counts the statements a request ran, and traces them when asked", async () => {
    const workspace = await signUpWorkspace(server);
    const plain = await workspace.admin.request(`query { contacts(first: 5) { totalCount nodes { id } } }`);
    expect(plain.extensions?.sqlStatements).toBe(2);
    expect(plain.extensions?.sqlTrace).toBeUndefined();
    const traced = await workspace.admin.request(`query { contacts(first: 5) { nodes { id } } }`, undefined, { "x-talentlane-sql-trace": "1" });
    expect(traced.extensions?.sqlTrace).toHaveLength(1);
    expect(traced.extensions?.sqlTrace[0].sql).toContain("FROM contact c");
    expect(traced.extensions?.sqlTrace[0].params[0]).toBe(workspace.workspaceRawId);
  });
});

describe("query limits", () => {
  it("refuses queries nested deeper than the limit before running them", async () => {
    const workspace = await signUpWorkspace(server);
    let nested = "displayName";
    for (let level = 0; level < Math.ceil(QUERY_LIMITS.maxDepth / 3) + 1; level += 1) nested = `timeline(first: 1) { nodes { contact { ${nested} } } }`;
    const response = await workspace.admin.request(`query { contacts(first: 1) { nodes { ${nested} } } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toMatch(/depth limit/i);
  });

  it("refuses too many aliases", async () => {
    const workspace = await signUpWorkspace(server);
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 5 }, (_item, index) => `a${index}: me { user { id } }`).join(" ");
    const response = await workspace.admin.request(`query { ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(/alias/i);
  });

  it("refuses queries with too many tokens with a 4xx, not a 500", async () => {
    const workspace = await signUpWorkspace(server);
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => "__typename").join(" ");
    const response = await workspace.admin.request(`query { ${fields} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses expensive queries over the cost limit", async () => {
    const workspace = await signUpWorkspace(server);
    const wide = Array.from({ length: 25 }, (_item, index) => `f${index}: contacts(first: 100) { nodes { id displayName company { name } owner { name } tags { name } timeline(first: 100) { nodes { id subject author { name } } } } }`).join(" ");
    const response = await workspace.admin.request(`query { ${wide} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(/cost/i);
  });
});

describe("production mode", () => {
  it("turns introspection off and suggests no field names", async () => {
    const production = await startTestServer({ environment: { NODE_ENV: "production" } });
    try {
      const workspace = await signUpWorkspace(production);
      const introspection = await workspace.admin.request(`query { __schema { types { name } } }`);
      expect(introspection.errors?.[0].message).toMatch(/introspection/i);
      const typo = await workspace.admin.request(`query { contacs { totalCount } }`);
      expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
      expect(typo.extensions?.sqlStatements).toBeUndefined();
    } finally {
      await production.close();
    }
  });
});
