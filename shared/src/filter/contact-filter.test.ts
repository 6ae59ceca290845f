import { LIMITS } from "../limits";
import { contactFilterSchema } from "./contact-filter";
import { checkFilter, measureFilter } from "./validate";

describe("the contact filter schema", () => {
  it("accepts a filter using every kind of condition", () => {
    const filter = {
      and: [{ skills: { allOf: [{ name: "Go", minLevel: 3 }], anyOf: [{ name: "Rust", minYears: 2 }], noneOf: ["PHP"] } }],
      or: [{ location: { country: { in: ["DE", "AT"] } } }, { tags: { anyOf: ["remote"] } }],
      not: { kind: { equalTo: "CLIENT_CONTACT" } },
      yearsOfExperience: { greaterThanOrEqualTo: 3, lessThan: 10 },
      company: { industry: { equalTo: "Software" }, size: { in: ["SIZE_51_200"] } },
      employments: { some: { companyName: { includes: "google" }, isCurrent: false } },
      customFields: [{ key: "visa", equalTo: true }],
      createdAt: { greaterThan: "2026-01-01T00:00:00Z" },
      availabilityDate: { lessThanOrEqualTo: "2026-12-31" },
    };
    expect(checkFilter(contactFilterSchema, filter)).toEqual({ ok: true, filter });
  });

  it("names the path of every problem", () => {
    const result = checkFilter(contactFilterSchema, {
      skills: { allOf: [{ name: "Go", minLevel: 9 }] },
      kind: { equalTo: "ALIEN" },
      createdAt: { greaterThan: "yesterday" },
      bogus: 1,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((problem) => problem.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["skills.allOf.0.minLevel", "kind.equalTo", "createdAt.greaterThan", ""]));
    expect(result.problems.find((problem) => problem.path.length === 0)?.message).toMatch(/unknown field bogus/);
  });

  it("limits depth and the number of conditions", () => {
    let deep: Record<string, unknown> = { name: { equalTo: "x" } };
    for (let level = 0; level <= LIMITS.filterMaxDepth; level += 1) deep = { not: deep };
    expect(checkFilter(contactFilterSchema, deep).ok).toBe(false);
    const wide = { or: Array.from({ length: LIMITS.filterMaxConditions }, () => ({ name: { equalTo: "x" }, source: { equalTo: "y" } })) };
    expect(checkFilter(contactFilterSchema, wide).ok).toBe(false);
  });

  it("measures nesting and conditions", () => {
    expect(measureFilter({})).toEqual({ depth: 0, conditions: 0 });
    expect(measureFilter({ name: {}, or: [{ source: {} }, { not: { kind: {} } }] })).toEqual({ depth: 2, conditions: 3 });
    expect(measureFilter({ customFields: [{ key: "a" }, { key: "b" }], company: { name: {} } })).toEqual({ depth: 1, conditions: 3 });
  });
});
