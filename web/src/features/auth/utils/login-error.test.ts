import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { describeLoginError } from "./login-error";

function graphQLError(code: string, message: string) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code } }] });
}

describe("describeLoginError", () => {
  it("shows the API's message for wrong credentials", () => {
    expect(describeLoginError(graphQLError("UNAUTHENTICATED", "The email or password is incorrect"))).toBe(
      "The email or password is incorrect",
    );
  });

  it("shows the API's message when there were too many tries", () => {
    const message = "Too many failed sign-in attempts; wait 15 minutes and try again";
    expect(describeLoginError(graphQLError("RATE_LIMITED", message))).toBe(message);
  });

  it("does not show internal error messages", () => {
    expect(describeLoginError(graphQLError("INTERNAL_SERVER_ERROR", "Internal server error"))).toBe(
      "Signing in failed. Please try again.",
    );
  });

  it("says the server could not be reached for network and HTTP failures", () => {
    expect(describeLoginError(new TypeError("Failed to fetch"))).toMatch(/Could not reach Talentlane/);
    const response = new Response("Bad gateway", { status: 502 });
    expect(describeLoginError(new ServerError("Bad gateway", { response, bodyText: "Bad gateway" }))).toMatch(
      /Could not reach Talentlane/,
    );
  });
});
