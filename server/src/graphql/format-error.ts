import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { DomainError, ErrorCode, type FieldProblem } from "../common/errors";
import { toGlobalId } from "../common/global-id";

/** Codes the HTTP layer (and graphql-armor) give to problems with the request itself; all are the caller's to fix. */
export const REQUEST_PROBLEM_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "BAD_REQUEST", "OPERATION_RESOLUTION_FAILURE"]);

/** The error a resolver threw, when a GraphQL error wraps one; otherwise the error itself. */
export function unwrapResolverError(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

/**
 * Maps every error to the API's catalogue. Business errors keep their message and details; problems with the
 * request become BAD_USER_INPUT (with the variable's path when graphql-js names one); anything else is answered
 * with a generic message: no SQL, stack traces or internal details ever leave the server. Unknown errors are
 * logged by the HTTP layer, which knows the request id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    const details = original.details.current === undefined ? original.details : { ...original.details, current: publicView(original.details.current) };
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...details },
    };
  }
  if (isStatementTimeout(original)) {
    return {
      ...base,
      message:
        "The request ran longer than the server allows and was stopped; nothing was changed. Narrow the filter or search, " +
        "or act on fewer records at a time.",
      extensions: { code: ErrorCode.TIMEOUT },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && REQUEST_PROBLEM_CODES.has(code)) {
    const fields = variableProblem(formatted.message);
    // graphql-armor words its limit rejections as syntax errors; they are not.
    const message = formatted.message.replace(/^Syntax Error: (?=Query |Token limit|Too many|Max)/, "");
    return { ...base, message, extensions: { code: ErrorCode.BAD_USER_INPUT, ...(fields ? { fields } : {}) } };
  }
  if (code === ErrorCode.UNAUTHENTICATED || code === ErrorCode.FORBIDDEN) {
    return { ...base, extensions: { code } };
  }
  return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/**
 * Whether PostgreSQL cancelled the statement (SQLSTATE 57014): the request's statement timeout, or the cancel sent
 * when its client went away (whose answer nobody reads). node-postgres puts the code on its error; TypeORM keeps
 * that error as `driverError`.
 */
export function isStatementTimeout(error: unknown): boolean {
  return sqlStateOf(error) === "57014";
}

/** The SQLSTATE of a PostgreSQL error (node-postgres's, or TypeORM's wrapping of it), else null. */
export function sqlStateOf(error: unknown): string | null {
  const failure = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = failure?.driverError?.code ?? failure?.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

/** Whether an error is one the API expects (and need not log as a fault). */
export function isExpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return original.code !== ErrorCode.INTERNAL_SERVER_ERROR;
  const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
  return typeof code === "string" && (REQUEST_PROBLEM_CODES.has(code) || code === "UNAUTHENTICATED" || code === "FORBIDDEN");
}

/** Reads `Variable "$input" got invalid value ... at "input.emails[0]"; ...` into a field path. */
function variableProblem(message: string): FieldProblem[] | null {
  const match = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s.exec(message);
  if (!match) return null;
  const [, variable, at, reason] = match;
  const path: Array<string | number> = [];
  for (const part of (at ?? variable).split(/\.|\[(\d+)\]/).filter((piece) => piece !== undefined && piece !== "")) {
    path.push(/^\d+$/.test(part) ? Number(part) : part);
  }
  return [{ path, message: reason }];
}

/** The type each database-id property of our GraphQL types refers to, to answer with its global id instead. */
const RAW_ID_TYPES: Record<string, string> = {
  contactRawId: "Contact",
  jobRawId: "Job",
  stageRawId: "Stage",
  fromStageRawId: "Stage",
  toStageRawId: "Stage",
  companyRawId: "Company",
  clientCompanyRawId: "Company",
  ownerRawId: "User",
  creditedToRawId: "User",
  authorRawId: "User",
  createdByRawId: "User",
  addedByRawId: "User",
  byRawId: "User",
  userRawId: "User",
};

/**
 * A record as a client may see it, for the `current` state a CONFLICT answers with: the object's own data, with
 * the database ids our GraphQL types carry for resolvers (`stageRawId`, ...) turned into global ids (`stageId`)
 * or, when they name the record itself (`rawId`), dropped.
 */
export function publicView(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(publicView);
  if (value instanceof Date || value === null || typeof value !== "object") return value;
  const view: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (typeof entry === "function" || key === "rawId") continue;
    if (key.endsWith("RawId")) {
      const typeName = RAW_ID_TYPES[key];
      if (typeName && typeof entry === "string") view[key.replace(/RawId$/, "Id")] = toGlobalId(typeName, entry);
      continue;
    }
    view[key] = publicView(entry);
  }
  return view;
}
