import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { isUnauthenticatedError, readErrorCode, readErrorMessage } from "./graphql-errors";

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
