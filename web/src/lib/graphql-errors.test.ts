import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { describeError, isConflictError, isNotFoundError, isUnauthenticatedError, readErrorCode, readErrorMessage, readFieldProblems } from "./graphql-errors";

const unauthenticated = new CombinedGraphQLErrors({
  data: null,
  errors: [{ message: "You are not signed in", extensions: { code: "UNAUTHENTICATED" } }],
});

describe("readErrorCode", () => {
  it("reads the first error's extensions.code", () => {
    expect(readErrorCode(unauthenticated)).toBe("UNAUTHENTICATED");
  });

  it("skips errors without a code", () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: "no code" }, { message: "gone", extensions: { code: "NOT_FOUND" } }],
    });
    expect(readErrorCode(error)).toBe("NOT_FOUND");
  });

  it("answers null for anything that is not a GraphQL error", () => {
    expect(readErrorCode(new Error("boom"))).toBeNull();
    expect(readErrorCode(undefined)).toBeNull();
  });
});

describe("isUnauthenticatedError", () => {
  it("recognises the UNAUTHENTICATED code", () => {
    expect(isUnauthenticatedError(unauthenticated)).toBe(true);
  });

  it("recognises an HTTP 401 answer", () => {
    const response = new Response("", { status: 401 });
    expect(isUnauthenticatedError(new ServerError("Unauthorized", { response, bodyText: "" }))).toBe(true);
  });

  it("does not treat other errors as signed out", () => {
    const forbidden = new CombinedGraphQLErrors({ data: null, errors: [{ message: "no", extensions: { code: "FORBIDDEN" } }] });
    expect(isUnauthenticatedError(forbidden)).toBe(false);
    expect(isUnauthenticatedError(new Error("network"))).toBe(false);
    expect(isUnauthenticatedError(undefined)).toBe(false);
  });
});

describe("readErrorMessage", () => {
  it("reads the first error's message", () => {
    expect(readErrorMessage(unauthenticated)).toBe("You are not signed in");
  });

  it("answers null for non-GraphQL errors", () => {
    expect(readErrorMessage(new Error("boom"))).toBeNull();
  });
});

describe("readFieldProblems", () => {
  it("reads every field problem of BAD_USER_INPUT errors", () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: "input.emails[1].address: is not a valid email address",
          extensions: { code: "BAD_USER_INPUT", fields: [{ path: ["input", "emails", 1, "address"], message: "is not a valid email address" }] },
        },
      ],
    });
    expect(readFieldProblems(error)).toEqual([{ path: ["input", "emails", 1, "address"], message: "is not a valid email address" }]);
  });

  it("skips malformed entries and errors without fields", () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        { message: "x", extensions: { code: "BAD_USER_INPUT", fields: [{ path: "input.name", message: "bad" }, { path: ["input", { a: 1 }], message: "bad" }, null, { path: ["input", "ok"], message: "fine" }] } },
        { message: "y", extensions: { code: "CONFLICT" } },
      ],
    });
    expect(readFieldProblems(error)).toEqual([{ path: ["input", "ok"], message: "fine" }]);
  });

  it("answers [] for anything that is not a GraphQL error", () => {
    expect(readFieldProblems(new Error("network"))).toEqual([]);
    expect(readFieldProblems(undefined)).toEqual([]);
  });
});

describe("isConflictError, isNotFoundError and describeError", () => {
  const conflict = new CombinedGraphQLErrors({ data: null, errors: [{ message: "The contact was changed by someone else", extensions: { code: "CONFLICT" } }] });

  it("recognises CONFLICT and NOT_FOUND", () => {
    expect(isConflictError(conflict)).toBe(true);
    expect(isNotFoundError(conflict)).toBe(false);
    expect(isNotFoundError(new CombinedGraphQLErrors({ data: null, errors: [{ message: "gone", extensions: { code: "NOT_FOUND" } }] }))).toBe(true);
  });

  it("describes errors for people", () => {
    expect(describeError(conflict)).toBe("The contact was changed by someone else");
    expect(describeError(new CombinedGraphQLErrors({ data: null, errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }))).toBe(
      "Something went wrong. Please try again.",
    );
    expect(describeError(new TypeError("Failed to fetch"))).toMatch(/Could not reach Talentlane/);
  });
});
