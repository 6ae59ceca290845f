import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from "express";
import { Lexer, Source, TokenKind, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import type { AppConfig } from "../config/config";
import { ErrorCode } from "../common/errors";
import type { Logger } from "../common/logger";
import { createCompiledExecutor } from "./compiled-executor";
import { RequestContext } from "./context";
import { formatError } from "./format-error";
import { createLoaders } from "./loaders";
import { transactionPlugin } from "./transaction-plugin";

export interface HttpAppDependencies {
  config: AppConfig;
  logger: Logger;
  dataSource: DataSource;
  schema: GraphQLSchema;
}

/** Limits that stop abusive queries before they run. */
export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 30, maxDirectives: 20, maxTokens: 5_000, maxCost: 20_000 };

/**
 * The HTTP surface: `/graphql` (Apollo Server with query limits, one transaction per request, bounded JSON
 * bodies, CSRF prevention), `/healthz`, and the SPA's production build at `/` with history fallback.
 */
export async function createHttpApp({ config, logger, dataSource, schema }: HttpAppDependencies): Promise<{ app: Express; apollo: ApolloServer<RequestContext> }> {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // graphql-armor's token limit throws inside Apollo's parsing hook, which Apollo answers with HTTP 500;
    // limitTokens below enforces it before Apollo sees the request instead.
    maxTokens: { enabled: false },
    // Fragments count once where they are spread, as if written inline: a page composed of components' fragments
    // costs what the same query written out would.
    costLimit: { maxCost: QUERY_LIMITS.maxCost, flattenFragments: true },
    blockFieldSuggestion: { enabled: config.isProduction },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<RequestContext>({
    // graphql-jit instead of graphql-js for execution (why, and what is kept as graphql-js does it: compiled-executor.ts).
    gateway: createCompiledExecutor(schema),
    introspection: !config.isProduction,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    validationRules: [...protection.validationRules],
    allowBatchedHttpRequests: false,
    // main.ts stops the server (HTTP, Apollo, database) in order on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    plugins: [
      ...protection.plugins,
      transactionPlugin(dataSource, config.diagnostics),
      // We set no cache hints; Apollo's cache-control plugin would still wrap every field resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  if (config.trustProxy) app.set("trust proxy", true);
  app.use(requestId);
  app.use(securityHeaders);

  app.get("/healthz", async (_request, response) => {
    try {
      await dataSource.query("SELECT 1");
      response.json({ status: "ok" });
    } catch {
      response.status(503).json({ status: "unavailable" });
    }
  });

  app.use(
    "/graphql",
    express.json({ limit: config.bodyLimitBytes, type: ["application/json", "application/graphql-response+json"] }),
    limitTokens(QUERY_LIMITS.maxTokens),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        new RequestContext(
          String(req.res?.getHeader("x-request-id") ?? randomUUID()),
          config,
          logger.child({ requestId: req.res?.getHeader("x-request-id") }),
          {
            ip: req.ip ?? null,
            userAgent: req.get("user-agent") ?? null,
            cookieHeader: req.get("cookie") ?? null,
            authorization: req.get("authorization") ?? null,
          },
          createLoaders,
        ),
    }),
  );
  app.use("/graphql", bodyErrors(logger));

  serveSpa(app, config.webDistDir, logger);
  return { app, apollo };
}

/** Every request gets an id (or keeps a sane one from the proxy), echoed in `x-request-id` and in logs. */
const requestId: RequestHandler = (request, response, next) => {
  const incoming = request.get("x-request-id");
  response.setHeader("x-request-id", incoming && /^[\w-]{8,100}$/.test(incoming) ? incoming : randomUUID());
  next();
};

const securityHeaders: RequestHandler = (_request, response, next) => {
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("X-Frame-Options", "DENY");
  response.setHeader("Referrer-Policy", "same-origin");
  response.setHeader(
    "Content-Security-Policy",
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  );
  next();
};

/** Malformed or oversized JSON bodies answer 400/413 in the API's error shape, never with a stack. */
function bodyErrors(logger: Logger): ErrorRequestHandler {
  return (error, _request, response, next) => {
    if (response.headersSent) return next(error);
    const status = typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, "unhandled HTTP error");
    const message =
      status === 413 ? "The request body is too large" : status === 500 ? "Internal server error" : "The request body is not valid JSON";
    response
      .status(status)
      .type("application/json")
      .json({ errors: [{ message, extensions: { code: status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_USER_INPUT } }] });
  };
}

/**
 * Refuses documents of more than `maxTokens` lexical tokens with 400, before they are parsed: a parser is the
 * cheapest place for an attacker to make a server work.
 */
function limitTokens(maxTokens: number): RequestHandler {
  return (request, response, next) => {
    const query = typeof request.body?.query === "string" ? request.body.query : typeof request.query?.query === "string" ? request.query.query : null;
    if (query === null) return next();
    let count = 0;
    try {
      const lexer = new Lexer(new Source(query));
      while (lexer.advance().kind !== TokenKind.EOF) {
        count += 1;
        if (count > maxTokens) {
          response
            .status(400)
            .json({ errors: [{ message: `The query has more than ${maxTokens} tokens`, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
          return;
        }
      }
    } catch {
      // A syntax error: let the GraphQL server answer it in the usual shape.
    }
    next();
  };
}

function serveSpa(app: Express, distDir: string, logger: Logger): void {
  const indexFile = path.join(distDir, "index.html");
  if (!fs.existsSync(indexFile)) {
    logger.warn({ distDir }, "the SPA is not built; serving the API only");
    app.get("/", (_request, response) => {
      response.type("text/plain").send("Talentlane API: POST GraphQL to /graphql. Build the web app (pnpm build) to get the SPA here.");
    });
    return;
  }
  app.use(express.static(distDir, { index: false, maxAge: "1h", setHeaders: immutableAssets }));
  app.get(/^\/(?!graphql|healthz).*/, (request, response, next) => {
    if (!request.accepts("html")) return next();
    response.setHeader("Cache-Control", "no-cache");
    response.sendFile(indexFile);
  });
}

function immutableAssets(response: express.Response, filePath: string): void {
  if (filePath.includes(`${path.sep}assets${path.sep}`)) response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
}
