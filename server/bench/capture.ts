import type { FloorRoute, MoveTemplate, TracedStatement } from "./servers/floor-protocol";
import type { ProductServer } from "./servers/product-server";

/** One GraphQL request over HTTP (setup and capture only; timed load goes through autocannon). */
export async function postGraphql(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; json: any; headers: Headers }> {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // reported below
  }
  return { status: response.status, text, json, headers: response.headers };
}

function failIfErrors(what: string, result: { status: number; text: string; json: any }): void {
  if (result.status !== 200 || !result.json || result.json.errors) {
    throw new Error(`${what} failed (HTTP ${result.status}): ${result.text.slice(0, 1_000)}`);
  }
}

/**
 * Signs in as the generated admin and mints `count` API keys: one per benchmark connection, as if each were its own
 * user (see `sharedKey` in run.ts for why that matters). `revoke` revokes them all.
 */
export async function openApiKeys(
  url: string,
  email: string,
  password: string,
  count: number,
): Promise<{ headers: Array<Record<string, string>>; revoke(): Promise<void> }> {
  const login = await postGraphql(
    url,
    JSON.stringify({ query: `mutation ($input: LoginInput!) { login(input: $input) { user { id } } }`, variables: { input: { email, password } } }),
  );
  failIfErrors("login", login);
  const cookie = login.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("login answered no session cookie");
  const keys: Array<{ id: string; headers: Record<string, string> }> = [];
  for (let index = 0; index < count; index += 1) {
    const created = await postGraphql(
      url,
      JSON.stringify({
        query: `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`,
        variables: { input: { name: `benchmark ${new Date().toISOString()} #${index + 1}`, scopes: ["READ", "WRITE"] } },
      }),
      { cookie },
    );
    failIfErrors("createApiKey", created);
    const { secret, apiKey } = created.json.data.createApiKey;
    keys.push({ id: apiKey.id, headers: { authorization: `Bearer ${secret}` } });
  }
  return {
    headers: keys.map((key) => key.headers),
    revoke: async () => {
      for (const key of keys) {
        await postGraphql(
          url,
          JSON.stringify({ query: `mutation ($input: ApiKeyIdInput!) { revokeApiKey(input: $input) { apiKey { id } } }`, variables: { input: { id: key.id } } }),
          { cookie },
        );
      }
    },
  };
}

/** One API key (for tools that send requests one at a time). */
export async function openApiKey(url: string, email: string, password: string): Promise<{ headers: Record<string, string>; revoke(): Promise<void> }> {
  const keys = await openApiKeys(url, email, password, 1);
  return { headers: keys.headers[0], revoke: keys.revoke };
}

/** A read as the floor will replay it: the product's statements for it and its response bytes. */
export interface CapturedRead extends FloorRoute {
  /** Statements the product's resolvers ran (`extensions.sqlStatements`). */
  resolverStatements: number;
}

/**
 * Asks the product once with the statement trace on (to learn the exact SQL and parameters) and once without (the
 * response bytes the floor will send: the same as the product's timed answers, `extensions.sqlStatements` and all).
 */
export async function captureRead(product: ProductServer, body: string, auth: Record<string, string>): Promise<CapturedRead> {
  const traced = await postGraphql(product.url, body, { ...auth, "x-talentlane-sql-trace": "1" });
  failIfErrors("a traced request", traced);
  const statements = traced.json.extensions?.sqlTrace as TracedStatement[] | undefined;
  const resolverStatements = traced.json.extensions?.sqlStatements as number | undefined;
  if (!statements || resolverStatements === undefined) {
    throw new Error("the product answered no extensions.sqlTrace: it must run with NODE_ENV other than production");
  }
  if (statements.length !== resolverStatements) {
    throw new Error(`the trace holds ${statements.length} of ${resolverStatements} statements (the server keeps at most 100)`);
  }
  const plain = await postGraphql(product.url, body, auth);
  failIfErrors("a request", plain);
  return { body, statements, response: plain.text, resolverStatements };
}

/** Statements the resolvers run for a request (no trace kept). */
export async function resolverStatementsOf(product: ProductServer, body: string, auth: Record<string, string>): Promise<number> {
  const result = await postGraphql(product.url, body, auth);
  failIfErrors("a request", result);
  return result.json.extensions.sqlStatements as number;
}

/**
 * All statements the product sends per request, its transaction and credential check included: counted by the
 * server's statement counter around `repeat` sequential requests.
 */
export async function totalStatementsPerRequest(
  product: ProductServer,
  nextBody: () => string,
  auth: Record<string, string>,
  repeat = 3,
): Promise<number> {
  const before = await product.statementsSent();
  for (let index = 0; index < repeat; index += 1) failIfErrors("a request", await postGraphql(product.url, nextBody(), auth));
  return ((await product.statementsSent()) - before) / repeat;
}

/**
 * Moves one card on the product with the trace on, and turns the trace into the floor's move template: the
 * statements, which of them feed later ones, and the recorded values to replace per request. Fails when the
 * product's move no longer has the shape the floor knows (then the floor's replay must be updated).
 */
export async function captureMove(product: ProductServer, body: string, auth: Record<string, string>): Promise<{ template: MoveTemplate; resolverStatements: number }> {
  const traced = await postGraphql(product.url, body, { ...auth, "x-talentlane-sql-trace": "1" });
  failIfErrors("a traced move", traced);
  const trace = traced.json.extensions.sqlTrace as TracedStatement[];
  const payload = traced.json.data.moveApplication;
  const rawId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1];
  const applicationId = rawId(payload.application.id);
  const find = (test: (statement: TracedStatement) => boolean, what: string) => {
    const index = trace.findIndex(test);
    if (index < 0) throw new Error(`the product's move has no ${what} statement any more; update bench/servers/floor-server.ts (runMove)`);
    return index;
  };
  const load = find((statement) => /FROM application a/.test(statement.sql) && JSON.stringify(statement.params).includes(applicationId), "card read");
  const lock = find((statement) => /FOR UPDATE/.test(statement.sql) && /"application"/.test(statement.sql), "card lock");
  const lastRank = find((statement) => /^SELECT rank FROM application/.test(statement.sql.trim()), "last rank");
  const update = find((statement) => /^UPDATE "application"/.test(statement.sql.trim()), "card update");
  const insert = find((statement) => /^INSERT INTO "stage_transition"/.test(statement.sql.trim()), "stage history insert");
  const versionColumn = /"ApplicationEntity"\."version" AS "([^"]+)"/.exec(trace[lock].sql)?.[1];
  if (!versionColumn) throw new Error("the product's card lock no longer selects the version; update bench/capture.ts (captureMove)");
  const timestamps = [...trace[update].params, ...trace[insert].params].filter(
    (value): value is string => typeof value === "string" && /^\d{4}-\d{2}-\d{2}T.*Z$/.test(value),
  );
  const statements = trace.map((statement, index) => ({
    ...statement,
    role: index === load ? ("load" as const) : index === lock ? ("lock" as const) : index === lastRank ? ("last-rank" as const) : index === update ? ("update" as const) : undefined,
  }));
  const plainResponse = traced.text.replace(/,"sqlTrace":\[.*\]\}\}$/, "}}");
  return {
    resolverStatements: traced.json.extensions.sqlStatements,
    template: {
      statements,
      versionColumn,
      reference: {
        applicationId,
        fromStageId: rawId(payload.fromStage.id),
        toStageId: rawId(payload.toStage.id),
        rank: payload.application.rank,
        version: payload.application.version,
        transitionId: trace[insert].params[1] as string,
        timestamps: [...new Set(timestamps)],
      },
      response: plainResponse,
    },
  };
}
