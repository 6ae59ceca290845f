import type { ContactFilter } from "@talentlane/shared";
import { decodeFilter, encodeFilter, FILTER_PARAM, MAX_ENCODED_LENGTH, readFilterParam, withFilterParam } from "./filter-url";

const twoSkillsAndVisa: ContactFilter = {
  skills: { allOf: [{ name: "TypeScript" }, { name: "PostgreSQL" }] },
  customFields: [{ key: "visa_sponsorship_required", equalTo: false }],
};

function base64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

describe("encodeFilter and decodeFilter", () => {
  it("round-trips a filter", () => {
    expect(decodeFilter(encodeFilter(twoSkillsAndVisa))).toEqual(twoSkillsAndVisa);
  });

  it("round-trips nested and/or groups", () => {
    const filter: ContactFilter = {
      location: { country: { in: ["DE", "AT"] } },
      or: [{ tags: { anyOf: ["Java"] } }, { and: [{ yearsOfExperience: { greaterThanOrEqualTo: 5 } }, { kind: { equalTo: "CANDIDATE" } }] }],
      not: { segments: { anyOf: ["U2VnbWVudDox"] } },
    };
    expect(decodeFilter(encodeFilter(filter))).toEqual(filter);
  });

  it("round-trips text outside ASCII", () => {
    const filter: ContactFilter = { location: { city: { equalTo: "Zürich" } }, tags: { anyOf: ["日本語", "emoji 🚀"] } };
    expect(decodeFilter(encodeFilter(filter))).toEqual(filter);
  });

  it("produces URL-safe text without padding", () => {
    const encoded = encodeFilter({ name: { includes: "??>>~~" } });
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(encoded)).toBe(encoded);
  });

  it("keeps the order of the filter's keys, which is the order of the conditions", () => {
    const filter: ContactFilter = { tags: { anyOf: ["x"] }, skills: { noneOf: ["Go"] }, and: [{ name: { includes: "a" } }] };
    expect(Object.keys(decodeFilter(encodeFilter(filter))!)).toEqual(["tags", "skills", "and"]);
  });

  it("encodes no filter as an empty string", () => {
    expect(encodeFilter(null)).toBe("");
    expect(encodeFilter(undefined)).toBe("");
    expect(encodeFilter({})).toBe("");
    expect(encodeFilter({ skills: { allOf: [] } })).toBe("");
  });

  it.each([
    ["null", null],
    ["an empty string", ""],
    ["not base64url", "{not base64}"],
    ["base64 of something that is not JSON", base64url("skills: TypeScript")],
    ["JSON that is not an object", base64url("[1,2,3]")],
    ["JSON null", base64url("null")],
    ["an object with nothing usable", base64url(JSON.stringify({ colour: "blue" }))],
    ["invalid UTF-8", Buffer.from([0xff, 0xfe, 0x7b]).toString("base64url")],
  ])("decodes %s as no filter", (_what, encoded) => {
    expect(decodeFilter(encoded)).toBeNull();
  });

  it("ignores an overly long parameter instead of parsing it", () => {
    expect(decodeFilter("A".repeat(MAX_ENCODED_LENGTH + 1))).toBeNull();
  });

  it("drops unknown keys from a hand-made link but keeps the rest", () => {
    const encoded = base64url(JSON.stringify({ skills: { anyOf: [{ name: "Go", colour: "red" }], sortBy: "x" }, hacker: true }));
    expect(decodeFilter(encoded)).toEqual({ skills: { anyOf: [{ name: "Go" }] } });
  });

  it("accepts standard base64 padding characters removed or kept out", () => {
    const encoded = encodeFilter({ tags: { anyOf: ["a"] } });
    expect(decodeFilter(encoded)).toEqual({ tags: { anyOf: ["a"] } });
  });
});

describe("readFilterParam and withFilterParam", () => {
  it("reads the filter from ?f=", () => {
    const params = new URLSearchParams({ [FILTER_PARAM]: encodeFilter(twoSkillsAndVisa), q: "ada" });
    expect(readFilterParam(params)).toEqual(twoSkillsAndVisa);
  });

  it("answers null without ?f=", () => {
    expect(readFilterParam(new URLSearchParams("q=ada"))).toBeNull();
  });

  it("sets the filter and keeps other parameters", () => {
    const params = new URLSearchParams("q=ada");
    const next = withFilterParam(params, twoSkillsAndVisa);
    expect(next.get("q")).toBe("ada");
    expect(readFilterParam(next)).toEqual(twoSkillsAndVisa);
    expect(params.has(FILTER_PARAM)).toBe(false);
  });

  it("removes the parameter for an empty filter", () => {
    const params = new URLSearchParams({ [FILTER_PARAM]: encodeFilter(twoSkillsAndVisa), q: "ada" });
    expect(withFilterParam(params, null).has(FILTER_PARAM)).toBe(false);
    expect(withFilterParam(params, {}).toString()).toBe("q=ada");
  });

  it("survives a trip through a full URL string", () => {
    const url = new URL(`https://talentlane.invalid/contacts?${withFilterParam(new URLSearchParams(), twoSkillsAndVisa)}`);
    expect(readFilterParam(url.searchParams)).toEqual(twoSkillsAndVisa);
  });
});
