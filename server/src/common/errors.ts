/**
 * The one catalogue of error codes the API answers with (`extensions.code`).
 */
export enum ErrorCode {
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  NOT_FOUND = "NOT_FOUND",
  BAD_USER_INPUT = "BAD_USER_INPUT",
  CONFLICT = "CONFLICT",
  RATE_LIMITED = "RATE_LIMITED",
  /**
   * A statement of the request ran longer than the server allows (STATEMENT_TIMEOUT_MS; for mutations
   * MUTATION_STATEMENT_TIMEOUT_MS); nothing was changed.
   */
  TIMEOUT = "TIMEOUT",
  /**
   * The server could not take the request now: no database connection came free within DATABASE_POOL_WAIT_MS.
   * Nothing ran. Answered with HTTP 503 and Retry-After; `extensions.retryAfterSeconds` says the same.
   */
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** A path into the operation's arguments, e.g. `["input", "emails", 0, "address"]`. */
export type FieldPath = ReadonlyArray<string | number>;

/** One offending field of a BAD_USER_INPUT error. */
export interface FieldProblem {
  path: FieldPath;
  message: string;
}

export interface DomainErrorDetails {
  /** BAD_USER_INPUT: every offending field with its path. */
  fields?: FieldProblem[];
  /** CONFLICT: the record's current state, so a client can reconcile. */
  current?: unknown;
  /** RATE_LIMITED: seconds until another try is allowed. */
  retryAfterSeconds?: number;
}

/**
 * An error a business rule raises. `formatError` turns it into a GraphQL error whose `extensions.code` is `code`;
 * its message is shown to the caller, so it must not contain SQL, stack traces or internal identifiers.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** BAD_USER_INPUT for one field. */
export function badInput(path: FieldPath, message: string): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `${formatPath(path)}: ${message}`, { fields: [{ path, message }] });
}

/** BAD_USER_INPUT for several fields at once, so a form can show every problem. */
export function badInputs(fields: FieldProblem[]): DomainError {
  const summary = fields.map((field) => `${formatPath(field.path)}: ${field.message}`).join("; ");
  return new DomainError(ErrorCode.BAD_USER_INPUT, summary, { fields });
}

/** NOT_FOUND for a record the caller named by id (in this workspace, or visible to this user). */
export function notFound(path: FieldPath, what: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${formatPath(path)}: no ${what} with this id`, {
    fields: [{ path, message: `no ${what} with this id` }],
  });
}

/** Renders a field path as `input.emails[0].address`. */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${part}` : part), "");
}

/**
 * Collects field problems while validating a whole input, then throws them together.
 */
export class FieldProblems {
  readonly problems: FieldProblem[] = [];

  add(path: FieldPath, message: string): void {
    this.problems.push({ path, message });
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  /** Throws BAD_USER_INPUT listing every problem collected, if there are any. */
  throwIfAny(): void {
    if (!this.isEmpty) throw badInputs(this.problems);
  }
}
