import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Lexer,
  NoSchemaIntrospectionCustomRule,
  parse,
  Source,
  specifiedRules,
  TokenKind,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from "graphql";
import type { DataSource } from "typeorm";
import type { AppConfig } from "../config/config";
import { ErrorCode } from "../common/errors";
import type { Logger } from "../common/logger";
import { createSqlStatementStats } from "../db/sql-statement-logger";
import { DatabaseUnavailableError } from "../db/tenant-transaction";
import { createCompiledExecutor } from "./compiled-executor";
import { RequestContext } from "./context";
import { formatError, isExpectedError, isStatementTimeout, sqlStateOf, unwrapResolverError } from "./format-error";
import { createLoaders } from "./loaders";
import { cancelAbandonedRequest, finishRequestTransaction, needsDatabase, openRequestTransaction } from "./request-transaction";

/** Limits that stop abusive queries before they run. */
export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 30, maxDirectives: 20, maxTokens: 5_000, maxCost: 20_000 };

/** How many distinct query texts stay parsed and validated, and how much text they may hold in all. */
const DOCUMENT_CACHE = { maxEntries: 1_000, maxTextBytes: 32 * 1024 * 1024 };

/** What a client that was answered "busy" (503) is told to wait before it tries again. */
const BUSY_RETRY_AFTER_SECONDS = 5;

/** SQLSTATE of a statement sent after an earlier one failed in the same transaction. */
const IN_FAILED_TRANSACTION = "25P02";

/** Headers every answer of the API carries: no sniffing, no framing, never stored by a cache (they hold personal data). */
export const API_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "same-origin",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "cache-control": "no-store",
};

export interface GraphqlHandlerDependencies {
  config: AppConfig;
  logger: Logger;
  dataSource: DataSource;
  schema: GraphQLSchema;
}

/** The GraphQL endpoint as a `node:http` request handler. */
export type GraphqlHandler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * The GraphQL-over-HTTP endpoint, written directly on `node:http`.
 *
 * It used to be Apollo Server behind Express. The benchmark (server/bench/FINDINGS.md, finding 1) measured that pair at
 * about 0.3 ms of CPU for a request that does nothing (`{ __typename }`), ten times a bare handler, with the time
 * spread over body parsing, routing, Apollo's request pipeline and plugins; and we used little of what Apollo adds
 * (its executor hook was already replaced by graphql-jit). What this handler does, in order:
 *
 * 1. HTTP: GET (queries only, with a header a browser would preflight, against CSRF) or POST with a JSON body under
 *    the body limit; anything else 405, 406, 413 or 415. The answer is `application/graphql-response+json` when the
 *    client accepts it, else `application/json`.
 * 2. Documents: parsed and validated once per distinct query text (a bounded cache), under the query limits (tokens
 *    counted before parsing; depth, aliases, directives and cost as validation rules; introspection and field
 *    suggestions off in production). Failing documents answer 400 and never reach the database.
 * 3. Variables: coerced by graphql-js; a bad variable answers 400 with the field's path (BAD_USER_INPUT).
 * 4. Execution: in one transaction per operation (request-transaction.ts), with graphql-jit (compiled-executor.ts).
 *    Every error is mapped to the API's catalogue by `formatError`; unexpected ones are logged with the request id.
 *
 * Status codes are those the API has always answered: 400 for requests that cannot run (bad JSON, no query, parse
 * and validation errors, bad variables, an unknown operation name), 200 once an operation has run, errors or not;
 * and 503 with Retry-After when no database connection came free within DATABASE_POOL_WAIT_MS (nothing ran).
 */
export function createGraphqlHandler({ config, logger, dataSource, schema }: GraphqlHandlerDependencies): GraphqlHandler {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Tokens are counted here before parsing (countTokens), which is cheaper than graphql-armor's parser hook.
    maxTokens: { enabled: false },
    // Fragments count once where they are spread, as if written inline: a page composed of components' fragments
    // costs what the same query written out would.
    costLimit: { maxCost: QUERY_LIMITS.maxCost, flattenFragments: true },
    // Suggestions are removed from validation messages below; graphql-armor's version of that is an Apollo plugin.
    blockFieldSuggestion: { enabled: false },
  });
  const validationRules: ValidationRule[] = [
    ...specifiedRules,
    ...armor.protect().validationRules,
    ...(config.isProduction ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  const documents = new DocumentCache(schema, validationRules, config.isProduction);
  const executor = createCompiledExecutor(schema);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const requestId = readRequestId(request);
    const mediaType = negotiateMediaType(request.headers.accept);
    const reply = (status: number, payload: ResponsePayload, extraHeaders: Record<string, string | string[]> = {}) =>
      writeJson(response, status, mediaType ?? "application/json", payload, { "x-request-id": requestId, ...extraHeaders });
    const refuse = (status: number, message: string, extraHeaders: Record<string, string | string[]> = {}) =>
      reply(status, { errors: [{ message, extensions: { code: status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_USER_INPUT } }] }, extraHeaders);

    if (!mediaType) return refuse(406, "Accept application/graphql-response+json or application/json");
    const params = await readRequestParams(request, config.bodyLimitBytes);
    if ("problem" in params) return refuse(params.status, params.problem, params.headers);

    const prepared = documents.get(params.query);
    if (prepared.errors) return reply(400, { errors: prepared.errors.map((error) => formatError(error.toJSON(), error)) });
    const operation = prepared.operation(params.operationName);
    if (!operation) {
      const message = params.operationName ? `Unknown operation named "${params.operationName}".` : "Must provide operation name if query contains multiple operations.";
      return reply(400, { errors: [formatError({ message, extensions: { code: "OPERATION_RESOLUTION_FAILURE" } }, null)] });
    }
    if (params.method === "GET" && operation.definition.operation !== "query") {
      return refuse(405, `Only queries may be sent with GET; send a ${operation.definition.operation} with POST`, { allow: "POST" });
    }
    const variables = getVariableValues(schema, operation.definition.variableDefinitions ?? [], params.variables);
    if (variables.errors) {
      return reply(400, { errors: variables.errors.map((error) => formatError({ ...error.toJSON(), extensions: { code: ErrorCode.BAD_USER_INPUT } }, error)) });
    }

    const context = new RequestContext(requestId, config, logger, requestInfo(request, config.trustProxy), createLoaders);
    context.sqlStats = createSqlStatementStats(config.diagnostics && request.headers["x-talentlane-sql-trace"] === "1");
    if (operation.needsDatabase) {
      // "close" before the answer is written means the client hung up: stop what its request runs, or never start it.
      let clientGone = false;
      response.once("close", () => {
        if (response.writableFinished) return;
        clientGone = true;
        cancelAbandonedRequest(config, context);
      });
      try {
        await openRequestTransaction(dataSource, context, operation.definition.operation);
      } catch (error) {
        if (!(error instanceof DatabaseUnavailableError)) throw error;
        context.logger.warn({ err: error.cause, operationName: params.operationName }, "no database connection came free in time; answered busy");
        const message = "The server is too busy to take this request now, and nothing of it ran; try again in a few seconds";
        return reply(503, { errors: [{ message, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS } }] }, {
          "retry-after": String(BUSY_RETRY_AFTER_SECONDS),
        });
      }
      if (clientGone) {
        // It waited for a connection (behind other requests) while its client left: nobody would read the answer.
        await finishRequestTransaction(dataSource, context, false);
        context.logger.info({ operationName: params.operationName }, "client went away before its request got a database connection; not run");
        return;
      }
    }
    let result: ExecutionResult;
    context.sqlStats.counting = true;
    try {
      result = await executor.execute({
        document: prepared.document!,
        operationName: params.operationName ?? undefined,
        rawVariables: params.variables,
        coercedVariables: variables.coerced,
        context,
      });
    } finally {
      context.sqlStats.counting = false;
    }
    const errors = result.errors ?? [];
    for (const error of errors) {
      const original = unwrapResolverError(error);
      // The client went away and its statement was cancelled (cancelAbandonedRequest logs that once).
      if (context.cancellation && (isStatementTimeout(original) || sqlStateOf(original) === IN_FAILED_TRANSACTION)) continue;
      // A timeout is the request's size meeting the server's limit, not a fault; operators still want to see it.
      if (isStatementTimeout(original)) context.logger.warn({ path: error.path, operationName: params.operationName }, "statement timeout");
      else if (!isExpectedError(error)) context.logger.error({ err: original }, "request failed");
    }
    if (operation.needsDatabase && operation.definition.operation === "query" && errors.length === 0) {
      // A query's transaction is READ ONLY (request-transaction.ts): its COMMIT has nothing to save, so the answer
      // is already what it will be and goes out while the COMMIT is on its way, one round trip to the database
      // sooner. The connection returns to the pool once the COMMIT is done; a COMMIT that fails is logged there.
      const finishing = finishRequestTransaction(dataSource, context, true);
      reply(200, withDiagnostics({ data: result.data ?? null }, context, config.diagnostics), cookieHeaders(context.pendingCookies));
      await finishing;
      return;
    }
    const { commitFailed, cookies } = operation.needsDatabase
      ? await finishRequestTransaction(dataSource, context, errors.length === 0)
      : { commitFailed: false, cookies: [] };
    const payload: ResponsePayload = commitFailed
      ? { errors: [{ message: "Internal server error", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }], data: null }
      : { ...(errors.length > 0 ? { errors: errors.map((error) => formatError(error.toJSON(), error)) } : {}), data: result.data ?? null };
    reply(200, withDiagnostics(payload, context, config.diagnostics), cookieHeaders(cookies));
  }

  return (request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error({ err: error }, "unhandled error in the GraphQL endpoint");
      if (response.headersSent) {
        response.destroy();
        return;
      }
      writeJson(response, 500, "application/json", { errors: [{ message: "Internal server error", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] }, {
        "x-request-id": readRequestId(request),
      });
    });
  };
}

/** The payload with the statement count (and trace, when asked for) of its request, when diagnostics are on. */
function withDiagnostics(payload: ResponsePayload, context: RequestContext, diagnostics: boolean): ResponsePayload {
  const stats = context.sqlStats;
  if (!diagnostics || !stats) return payload;
  return { ...payload, extensions: { sqlStatements: stats.count, ...(stats.trace ? { sqlTrace: stats.trace } : {}) } };
}

function cookieHeaders(cookies: string[]): Record<string, string[]> {
  return cookies.length > 0 ? { "set-cookie": cookies } : {};
}

interface ResponsePayload {
  errors?: GraphQLFormattedError[];
  data?: unknown;
  extensions?: Record<string, unknown>;
}

/** {@link API_RESPONSE_HEADERS} as a flat name, value, name, value list. */
const API_RESPONSE_HEADER_LIST: readonly string[] = Object.entries(API_RESPONSE_HEADERS).flat();

/**
 * Writes the answer. The headers go to `writeHead` as a flat list: Node validates them the same way as an object's,
 * but an object spread together per request made `{ __typename }` answer about 30% slower on its own (an object of
 * the same eight headers against this list, in a bare server: 17-18k against 24-27k requests/s).
 */
function writeJson(response: ServerResponse, status: number, mediaType: string, payload: ResponsePayload, headers: Record<string, string | string[]>): void {
  const body = JSON.stringify(payload);
  const list: Array<string | string[]> = API_RESPONSE_HEADER_LIST.slice();
  for (const name in headers) list.push(name, headers[name]);
  list.push("content-type", `${mediaType}; charset=utf-8`, "content-length", String(Buffer.byteLength(body)));
  response.writeHead(status, list);
  response.end(body);
}

/** The proxy's request id when it is a sane one, else a new one: echoed in `x-request-id` and in every log line. */
export function readRequestId(request: IncomingMessage): string {
  const incoming = request.headers["x-request-id"];
  return typeof incoming === "string" && /^[\w-]{8,100}$/.test(incoming) ? incoming : randomUUID();
}

function requestInfo(request: IncomingMessage, trustProxy: boolean): RequestContext["request"] {
  const forwarded = trustProxy ? request.headers["x-forwarded-for"] : undefined;
  const forwardedFor = typeof forwarded === "string" ? forwarded.split(",")[0].trim() : "";
  return {
    // Behind a trusted proxy the client is the first address it forwarded for (as Express's `trust proxy` reads it).
    ip: forwardedFor || request.socket.remoteAddress || null,
    userAgent: request.headers["user-agent"] ?? null,
    cookieHeader: request.headers.cookie ?? null,
    authorization: request.headers.authorization ?? null,
  };
}

const GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

/**
 * Which of our two media types the client accepts more (by q-value; the GraphQL-over-HTTP one on a tie), or null
 * when it accepts neither. No Accept header means anything.
 */
export function negotiateMediaType(accept: string | undefined): "application/graphql-response+json" | "application/json" | null {
  if (!accept || accept.trim() === "") return "application/json";
  let best: { type: "application/graphql-response+json" | "application/json"; q: number } | null = null;
  for (const range of accept.split(",")) {
    const [typePart, ...parameters] = range.split(";");
    const type = typePart.trim().toLowerCase();
    let q = 1;
    for (const parameter of parameters) {
      const [name, value] = parameter.split("=").map((piece) => piece.trim());
      if (name.toLowerCase() === "q") q = Number(value);
    }
    if (!(q > 0)) continue;
    const candidates: Array<"application/graphql-response+json" | "application/json"> =
      type === GRAPHQL_RESPONSE_JSON
        ? [GRAPHQL_RESPONSE_JSON]
        : type === "application/json"
          ? ["application/json"]
          : type === "application/*" || type === "*/*"
            ? ["application/json"]
            : [];
    for (const candidate of candidates) {
      if (!best || q > best.q || (q === best.q && candidate === GRAPHQL_RESPONSE_JSON && best.type !== GRAPHQL_RESPONSE_JSON)) best = { type: candidate, q };
    }
  }
  return best?.type ?? null;
}

interface RequestParams {
  method: "GET" | "POST";
  query: string;
  operationName: string | null;
  variables: Record<string, unknown>;
}

type RequestParamsProblem = { problem: string; status: number; headers?: Record<string, string> };

/** Header names a browser cannot send cross-site without a CORS preflight, which this API never grants. */
const PREFLIGHT_HEADERS = ["x-apollo-operation-name", "apollo-require-preflight", "graphql-require-preflight"];

/** Reads `query`, `operationName` and `variables` from a GET's URL or a POST's JSON body. */
async function readRequestParams(request: IncomingMessage, bodyLimitBytes: number): Promise<RequestParams | RequestParamsProblem> {
  if (request.method === "GET") {
    // A GET is a "simple" request that a page on any site can make with the user's cookies: only answer one that
    // carries a header no cross-site page can set without our (never granted) permission.
    if (!PREFLIGHT_HEADERS.some((name) => (request.headers[name] ?? "") !== "")) {
      return {
        status: 400,
        problem: `This GET request was blocked as a possible cross-site request forgery: send it with a non-empty ${PREFLIGHT_HEADERS.join(" or ")} header, or POST it as application/json`,
      };
    }
    const url = new URL(request.url ?? "/", "http://localhost");
    const variablesText = url.searchParams.get("variables");
    let variables: unknown = null;
    if (variablesText) {
      try {
        variables = JSON.parse(variablesText);
      } catch {
        return { status: 400, problem: "The variables parameter is not valid JSON" };
      }
    }
    return checkParams("GET", { query: url.searchParams.get("query"), operationName: url.searchParams.get("operationName"), variables });
  }
  if (request.method !== "POST") return { status: 405, problem: "Send GraphQL requests with POST (or queries with GET)", headers: { allow: "GET, POST" } };
  const contentType = (request.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (contentType !== "application/json" && contentType !== GRAPHQL_RESPONSE_JSON) {
    // text/plain, form posts and the like are also how a cross-site page would try to post with a user's cookies.
    request.resume();
    return { status: 415, problem: "Send GraphQL requests as application/json" };
  }
  const body = await readBody(request, bodyLimitBytes);
  if (body === null) return { status: 413, problem: "The request body is too large" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { status: 400, problem: "The request body is not valid JSON" };
  }
  if (Array.isArray(parsed)) return { status: 400, problem: "Batched requests are not supported: send one operation per request" };
  if (parsed === null || typeof parsed !== "object") return { status: 400, problem: "The request body must be a JSON object with a query" };
  const { query, operationName, variables } = parsed as Record<string, unknown>;
  return checkParams("POST", { query, operationName, variables });
}

function checkParams(method: "GET" | "POST", { query, operationName, variables }: Record<string, unknown>): RequestParams | RequestParamsProblem {
  if (typeof query !== "string" || query.trim() === "") return { status: 400, problem: "The request has no query: send a non-empty query string" };
  if (operationName !== undefined && operationName !== null && typeof operationName !== "string") {
    return { status: 400, problem: "operationName must be a string" };
  }
  if (variables !== undefined && variables !== null && (typeof variables !== "object" || Array.isArray(variables))) {
    return { status: 400, problem: "variables must be an object" };
  }
  return { method, query, operationName: (operationName as string | null | undefined) || null, variables: (variables as Record<string, unknown> | null) ?? {} };
}

/** The body as text, or null once it is over the limit (stopping the read there). */
function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    request.on("data", (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(over ? null : Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** A query text parsed and validated, or the errors that stop it; and its operations as they are asked for. */
interface PreparedDocument {
  document: DocumentNode | null;
  errors: readonly GraphQLError[] | null;
  operation(name: string | null): PreparedOperation | null;
}

interface PreparedOperation {
  definition: OperationDefinitionNode;
  needsDatabase: boolean;
}

/**
 * Parsed and validated documents by query text, least recently used out first, bounded in entries and in text. The
 * SPA and integrators send the same few operations over and over; each is parsed and validated once.
 */
class DocumentCache {
  private readonly entries = new Map<string, PreparedDocument>();
  private textBytes = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[],
    private readonly hideSuggestions: boolean,
  ) {}

  get(query: string): PreparedDocument {
    const cached = this.entries.get(query);
    if (cached) {
      this.entries.delete(query);
      this.entries.set(query, cached);
      return cached;
    }
    const prepared = this.prepare(query);
    // Only documents that can run are kept: a failing one is cheap to refuse again and should not push out good ones.
    if (!prepared.errors) {
      this.entries.set(query, prepared);
      this.textBytes += query.length;
      for (const [oldest] of this.entries) {
        if (this.entries.size <= DOCUMENT_CACHE.maxEntries && this.textBytes <= DOCUMENT_CACHE.maxTextBytes) break;
        this.entries.delete(oldest);
        this.textBytes -= oldest.length;
      }
    }
    return prepared;
  }

  private prepare(query: string): PreparedDocument {
    const failed = (errors: readonly GraphQLError[]): PreparedDocument => ({ document: null, errors, operation: () => null });
    if (countTokensOver(query, QUERY_LIMITS.maxTokens)) {
      return failed([new GraphQLError(`The query has more than ${QUERY_LIMITS.maxTokens} tokens`, { extensions: { code: ErrorCode.BAD_USER_INPUT } })]);
    }
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: QUERY_LIMITS.maxTokens });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return failed([withCode(error, "GRAPHQL_PARSE_FAILED")]);
    }
    const errors = validate(this.schema, document, this.rules);
    if (errors.length > 0) {
      return failed(errors.map((error) => withCode(this.hideSuggestions ? withoutSuggestions(error) : error, "GRAPHQL_VALIDATION_FAILED")));
    }
    const operations = new Map<string, PreparedOperation | null>();
    return {
      document,
      errors: null,
      operation(name) {
        const key = name ?? "";
        if (!operations.has(key)) {
          const definition = getOperationAST(document, name);
          operations.set(key, definition ? { definition, needsDatabase: needsDatabase(definition) } : null);
        }
        return operations.get(key) ?? null;
      },
    };
  }
}

/** Whether a query text has more than `limit` lexical tokens: counted before parsing, the cheapest place to refuse. */
function countTokensOver(query: string, limit: number): boolean {
  let count = 0;
  try {
    const lexer = new Lexer(new Source(query));
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count > limit) return true;
    }
  } catch {
    // A syntax error: the parser reports it in the usual shape.
  }
  return false;
}

/** The error with `extensions.code` set, unless it has one (graphql-armor's limits say BAD_USER_INPUT themselves). */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions?.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: { ...error.extensions, code } });
}

/** In production a validation message does not suggest field names: they would map the schema for a prober. */
function withoutSuggestions(error: GraphQLError): GraphQLError {
  const message = error.message.replace(/ ?Did you mean .*\?$/s, "");
  return message === error.message ? error : new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: error.extensions });
}
