import fs from "node:fs";
import type { RequestListener } from "node:http";
import path from "node:path";
import express, { type Express, type RequestHandler } from "express";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import type { AppConfig } from "../config/config";
import type { Logger } from "../common/logger";
import { createGraphqlHandler, readRequestId } from "./graphql-over-http";

export { QUERY_LIMITS } from "./graphql-over-http";

export interface HttpAppDependencies {
  config: AppConfig;
  logger: Logger;
  dataSource: DataSource;
  schema: GraphQLSchema;
}

/**
 * The HTTP surface as one `node:http` listener: `/graphql` (graphql-over-http.ts: query limits, one transaction
 * per request, bounded JSON bodies, CSRF prevention) straight on `node:http`, and through Express `/healthz` and
 * the SPA's production build at `/` with history fallback.
 */
export function createHttpApp({ config, logger, dataSource, schema }: HttpAppDependencies): { listener: RequestListener; app: Express } {
  const graphql = createGraphqlHandler({ config, logger, dataSource, schema });

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

  serveSpa(app, config.webDistDir, logger);
  const listener: RequestListener = (request, response) => {
    if (isGraphqlPath(request.url)) graphql(request, response);
    else app(request, response);
  };
  return { listener, app };
}

/** `/graphql`, with or without a trailing slash or a query string. */
function isGraphqlPath(url: string | undefined): boolean {
  if (!url?.startsWith("/graphql")) return false;
  const rest = url.slice("/graphql".length);
  return rest === "" || rest === "/" || rest.startsWith("?") || rest.startsWith("/?");
}

/** Every request gets an id (or keeps a sane one from the proxy), echoed in `x-request-id` and in logs. */
const requestId: RequestHandler = (request, response, next) => {
  response.setHeader("x-request-id", readRequestId(request));
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
