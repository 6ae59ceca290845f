import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from "@apollo/server";
import { Kind, type SelectionNode } from "graphql";
import type { DataSource } from "typeorm";
import { unwrapResolverError } from "@apollo/server/errors";
import { ErrorCode } from "../common/errors";
import { beginTenantTransaction, endTenantTransaction, withTenantTransaction } from "../db/tenant-transaction";
import { createSqlStatementStats } from "../db/sql-statement-logger";
import { readPresentedCredential, resolveViewer } from "../modules/auth/auth.service";
import type { RequestContext } from "./context";
import { isExpectedError } from "./format-error";

/**
 * One transaction per GraphQL operation. It opens once the operation is parsed and valid and before any resolver
 * (as the request role, with the viewer's workspace set transaction-locally), commits only if the operation produced
 * no error, and otherwise rolls back, so a failed mutation changes nothing. A request that fails to parse or
 * validate, or an operation that asks only for `__typename` or introspection, touches no database. Session cookies
 * are sent only for committed work. With diagnostics on, the response's `extensions.sqlStatements` tells how many
 * statements the resolvers ran (tests and the benchmark read it), and with the header `x-talentlane-sql-trace: 1`
 * also `extensions.sqlTrace`, the statements themselves.
 */
export function transactionPlugin(dataSource: DataSource, exposeSqlStatements: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue: context, request }) {
      const stats = createSqlStatementStats(exposeSqlStatements && request.http?.headers.get("x-talentlane-sql-trace") === "1");
      context.sqlStats = stats;
      let failed = false;
      return {
        async didResolveOperation({ operation }) {
          if (operation?.selectionSet.selections.every(isMetaField)) return;
          const credential = readPresentedCredential(context.request);
          context.queryRunner = await beginTenantTransaction(dataSource, { sqlStats: stats }, credential?.token?.workspaceId ?? null);
          try {
            await resolveViewer(context, credential);
          } catch (error) {
            await endTenantTransaction(context.queryRunner, false).catch(() => undefined);
            context.queryRunner = null;
            throw error;
          }
        },
        async executionDidStart() {
          stats.counting = true;
          return {
            async executionDidEnd() {
              stats.counting = false;
            },
          };
        },
        async didEncounterErrors({ errors }) {
          failed = true;
          for (const error of errors) {
            if (!isExpectedError(error)) context.logger.error({ err: unwrapResolverError(error) }, "request failed");
          }
        },
        async willSendResponse(requestContext) {
          await finishRequest(dataSource, context, requestContext, failed, exposeSqlStatements);
        },
      };
    },
  };
}

/** `__typename`, `__schema` and `__type` need neither the database nor a viewer. */
function isMetaField(selection: SelectionNode): boolean {
  return selection.kind === Kind.FIELD && selection.name.value.startsWith("__");
}

async function finishRequest(
  dataSource: DataSource,
  context: RequestContext,
  requestContext: GraphQLRequestContextWillSendResponse<RequestContext>,
  failed: boolean,
  exposeSqlStatements: boolean,
): Promise<void> {
  const queryRunner = context.queryRunner;
  context.queryRunner = null;
  const { response } = requestContext;
  let committed = false;
  if (queryRunner) {
    try {
      await endTenantTransaction(queryRunner, !failed);
      committed = !failed;
    } catch (error) {
      context.logger.error({ err: error }, "commit failed");
      if (response.body.kind === "single") {
        response.body.singleResult.data = null;
        response.body.singleResult.errors = [{ message: "Internal server error", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }];
      }
    }
  }
  if (!committed && context.afterRollback.length > 0) {
    await withTenantTransaction(dataSource, null, async (manager) => {
      for (const write of context.afterRollback) await write(manager);
    }).catch((error) => context.logger.error({ err: error }, "could not record after rollback"));
  }
  // Bookkeeping nobody should wait for (when a credential was last used): after the answer's own work is safe.
  for (const work of context.afterCommit) {
    void work(dataSource).catch((error) => context.logger.warn({ err: error }, "bookkeeping after the request failed"));
  }
  for (const cookie of context.pendingCookies) {
    // A rolled-back sign-in must not hand out a session; clearing a dead session's cookie is always fine.
    if (committed || cookie.includes("Max-Age=0")) response.http.headers.set("set-cookie", cookie);
  }
  if (exposeSqlStatements && response.body.kind === "single" && context.sqlStats) {
    response.body.singleResult.extensions = {
      ...response.body.singleResult.extensions,
      sqlStatements: context.sqlStats.count,
      ...(context.sqlStats.trace ? { sqlTrace: context.sqlStats.trace } : {}),
    };
  }
}
