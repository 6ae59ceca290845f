import { LIMITS } from "@talentlane/shared";
import { formatSuggestionCount, normalizeSuggestionSearch, suggestionOptions, type ValueSuggestion } from "./value-suggestions";

const skills: ValueSuggestion[] = [
  { value: "JavaScript", count: 38475 },
  { value: "TypeScript", count: 12407 },
  { value: "PostgreSQL", count: 9120 },
  { value: "Spring Boot", count: 310 },
  { value: "C++", count: 42 },
];

const values = (options: Array<{ value: string }>) => options.map((option) => option.value);

describe("normalizeSuggestionSearch", () => {
  it("trims and collapses whitespace", () => {
    expect(normalizeSuggestionSearch("  spring \t  boot ")).toBe("spring boot");
  });

  it("answers an empty search for blank input, which asks for the most used values", () => {
    expect(normalizeSuggestionSearch("")).toBe("");
    expect(normalizeSuggestionSearch("   \n ")).toBe("");
  });

  it("cuts the search to the API's limit", () => {
    expect(normalizeSuggestionSearch("x".repeat(LIMITS.searchMaxLength + 50))).toHaveLength(LIMITS.searchMaxLength);
    expect(normalizeSuggestionSearch(`${"x".repeat(LIMITS.searchMaxLength - 1)} y`)).toHaveLength(LIMITS.searchMaxLength - 1);
  });

  it("keeps characters that are wildcards in SQL as they are (the API matches them literally)", () => {
    expect(normalizeSuggestionSearch(" 100%_c++ ")).toBe("100%_c++");
  });
});

describe("suggestionOptions", () => {
  it("keeps the API's order and carries each count", () => {
    expect(suggestionOptions(skills, [], "")).toEqual(skills);
  });

  it("leaves out values already picked, ignoring case and spaces", () => {
    expect(values(suggestionOptions(skills, ["typescript", " spring  boot"], ""))).toEqual(["JavaScript", "PostgreSQL", "C++"]);
  });

  it("shows only suggestions containing what is typed now, anywhere in the value", () => {
    expect(values(suggestionOptions(skills, [], "script"))).toEqual(["JavaScript", "TypeScript"]);
    expect(values(suggestionOptions(skills, [], "TYPE"))).toEqual(["TypeScript"]);
    expect(values(suggestionOptions(skills, [], "spring   bo"))).toEqual(["Spring Boot"]);
    expect(values(suggestionOptions(skills, [], "c++"))).toEqual(["C++"]);
    expect(suggestionOptions(skills, [], "rust")).toEqual([]);
  });

  it("offers each value once and skips blank ones", () => {
    const repeated: ValueSuggestion[] = [
      { value: "Healthcare", count: 3 },
      { value: "healthcare ", count: 1 },
      { value: " ", count: 2 },
    ];
    expect(suggestionOptions(repeated, [], "")).toEqual([{ value: "Healthcare", count: 3 }]);
  });

  it("offers nothing when there are no suggestions yet", () => {
    expect(suggestionOptions([], ["Go"], "g")).toEqual([]);
  });
});

describe("formatSuggestionCount", () => {
  it("groups thousands", () => {
    expect(formatSuggestionCount(0)).toBe("0");
    expect(formatSuggestionCount(7)).toBe("7");
    expect(formatSuggestionCount(12407)).toBe("12,407");
    expect(formatSuggestionCount(1000000)).toBe("1,000,000");
  });
});
