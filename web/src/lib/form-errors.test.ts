import { capitalize, mapProblemsToForm } from "./form-errors";

describe("mapProblemsToForm", () => {
  it("strips the argument's root and joins the path with dots", () => {
    const result = mapProblemsToForm([{ path: ["input", "emails", 1, "address"], message: "is not a valid email address" }]);
    expect(result).toEqual({ fields: { "emails.1.address": "Is not a valid email address" }, unplaced: [] });
  });

  it("keeps the first message per field", () => {
    const result = mapProblemsToForm([
      { path: ["input", "name"], message: "must not be empty" },
      { path: ["input", "name"], message: "must be shorter" },
    ]);
    expect(result.fields).toEqual({ name: "Must not be empty" });
  });

  it("returns problems outside the root, at the root itself, or at unknown paths as unplaced", () => {
    const problems = [
      { path: ["filter", "segments"], message: "no segment with this id" },
      { path: ["input"], message: "is wrong" },
      { path: ["input", "colour"], message: "unknown" },
    ];
    const result = mapProblemsToForm(problems, { knownPaths: (path) => path === "name" });
    expect(result.fields).toEqual({});
    expect(result.unplaced).toEqual(problems);
  });

  it("uses a custom root and path mapping", () => {
    const result = mapProblemsToForm([{ path: ["values", 2, "value"], message: "must be a number" }], {
      root: ["values"],
      toFormPath: (path) => (path[0] === 2 ? "psychometric_test_scores" : null),
    });
    expect(result.fields).toEqual({ psychometric_test_scores: "Must be a number" });
  });
});

describe("capitalize", () => {
  it("upper-cases the first letter only", () => {
    expect(capitalize("is not valid")).toBe("Is not valid");
    expect(capitalize("")).toBe("");
  });
});
