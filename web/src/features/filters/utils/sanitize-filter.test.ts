import { sanitizeContactFilter } from "./sanitize-filter";

describe("sanitizeContactFilter", () => {
  it("keeps a valid filter of every kind as it is", () => {
    const filter = {
      and: [{ name: { includes: "ada" } }],
      or: [{ email: { startsWith: "ada@" } }, { phone: { includes: "555" } }],
      not: { headline: { isNull: true } },
      id: { notIn: ["Q29udGFjdDox"] },
      kind: { in: ["CANDIDATE", "REFERRER"] },
      currentTitle: { equalTo: "CTO" },
      skills: { allOf: [{ name: "Go", minLevel: 3, minYears: 2 }], anyOf: [{ name: "Rust" }], noneOf: ["PHP"] },
      location: { city: { equalTo: "Berlin" }, region: { isNull: false }, country: { in: ["DE"] } },
      yearsOfExperience: { greaterThan: 1, lessThanOrEqualTo: 10 },
      availabilityDate: { lessThan: "2026-01-01" },
      willingToRelocate: { equalTo: true },
      workAuthorization: { notEqualTo: "H-1B" },
      tags: { anyOf: ["a"], allOf: ["b"], noneOf: ["c"], isEmpty: false },
      owner: { equalTo: "VXNlcjox" },
      source: { in: ["LinkedIn"] },
      company: { industry: { equalTo: "Software" }, size: { in: ["SIZE_1_10"] }, or: [{ name: { includes: "acme" } }] },
      employments: { some: { companyName: { includes: "Google" }, isCurrent: false } },
      customFields: [
        { key: "visa_sponsorship_required", equalTo: false },
        { key: "desired_start_date", greaterThanOrEqualTo: "2025-01-01" },
        { key: "salary", lessThan: 100000, currency: "EUR" },
        { key: "langs", anyOf: ["de", "en"] },
      ],
      createdAt: { greaterThan: "2024-01-01T00:00:00Z" },
      updatedAt: { lessThan: "2024-01-01T00:00:00+02:00" },
      applications: { some: { stageCategory: { equalTo: "INTERVIEW" }, status: { in: ["ACTIVE"] }, daysInStage: { greaterThan: 5 } } },
      pools: { anyOf: ["UG9vbDox"] },
      segments: { noneOf: ["U2VnbWVudDox"] },
    };
    expect(sanitizeContactFilter(filter)).toEqual(filter);
  });

  it("drops unknown keys at every level", () => {
    expect(
      sanitizeContactFilter({
        drop: 1,
        skills: { allOf: [{ name: "Go", extra: true }], mostOf: [] },
        location: { planet: { equalTo: "Mars" }, city: { equalTo: "Berlin", like: "B%" } },
        customFields: [{ key: "x", equalTo: 1, sql: "1=1" }],
      }),
    ).toEqual({
      skills: { allOf: [{ name: "Go" }] },
      location: { city: { equalTo: "Berlin" } },
      customFields: [{ key: "x", equalTo: 1 }],
    });
  });

  it("drops values of the wrong type", () => {
    expect(
      sanitizeContactFilter({
        yearsOfExperience: { greaterThan: "5", lessThan: Infinity, equalTo: 3 },
        willingToRelocate: { equalTo: "yes" },
        kind: { equalTo: "ROBOT" },
        tags: { anyOf: ["ok", 3, null, ""] },
        availabilityDate: { equalTo: "next week" },
      }),
    ).toEqual({ yearsOfExperience: { equalTo: 3 }, tags: { anyOf: ["ok"] } });
  });

  it("drops skill conditions without a name and custom-field conditions without an operator", () => {
    expect(
      sanitizeContactFilter({
        skills: { anyOf: [{ minLevel: 3 }, { name: "  " }, { name: "Go", minLevel: 9 }] },
        customFields: [{ key: "only_key" }, { equalTo: true }, { key: "Bad Key", equalTo: 1 }],
      }),
    ).toEqual({ skills: { anyOf: [{ name: "Go" }] } });
  });

  it("drops parts that become empty, and answers null when nothing is left", () => {
    expect(sanitizeContactFilter({ skills: { allOf: [] }, location: {}, and: [{}, { nope: 1 }] })).toBeNull();
    expect(sanitizeContactFilter({})).toBeNull();
  });

  it.each([null, undefined, 42, "text", true, [], [{ skills: {} }]])("answers null for %p", (value) => {
    expect(sanitizeContactFilter(value)).toBeNull();
  });

  it("cuts nesting that is deeper than the API allows", () => {
    let deep: Record<string, unknown> = { name: { includes: "x" } };
    for (let level = 0; level < 20; level += 1) deep = { not: deep };
    const clean = sanitizeContactFilter(deep);
    expect(clean).toBeNull();
  });

  it("keeps a nested group that is within the depth limit", () => {
    const filter = { or: [{ and: [{ not: { name: { includes: "x" } } }] }] };
    expect(sanitizeContactFilter(filter)).toEqual(filter);
  });

  it("upper-cases a currency code and drops a malformed one", () => {
    expect(sanitizeContactFilter({ customFields: [{ key: "pay", greaterThan: 1, currency: "eur" }] })).toEqual({
      customFields: [{ key: "pay", greaterThan: 1, currency: "EUR" }],
    });
    expect(sanitizeContactFilter({ customFields: [{ key: "pay", greaterThan: 1, currency: "EURO" }] })).toEqual({
      customFields: [{ key: "pay", greaterThan: 1 }],
    });
  });

  it("ignores inherited properties", () => {
    const filter = Object.create({ skills: { noneOf: ["Go"] } }) as Record<string, unknown>;
    filter.tags = { anyOf: ["a"] };
    expect(sanitizeContactFilter(filter)).toEqual({ tags: { anyOf: ["a"] } });
  });
});
