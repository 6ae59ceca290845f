import type { ContactFilter } from "@talentlane/shared";
import {
  ADDABLE_CONDITION_KINDS,
  createCondition,
  createTest,
  emptyFilterState,
  operatorsForType,
  type CustomFieldTypeName,
  type FilterCondition,
  type FilterGroup,
} from "./filter-state";
import { filterToState } from "./filter-to-state";
import { sanitizeContactFilter } from "./sanitize-filter";
import { hasConditions, mergeAll, stateToFilter } from "./state-to-filter";

function and(...conditions: FilterCondition[]): FilterGroup {
  return { kind: "group", combinator: "and", conditions };
}
function or(...conditions: FilterCondition[]): FilterGroup {
  return { kind: "group", combinator: "or", conditions };
}

/** One complete example of every condition kind, with the filter fragment it stands for. */
const EXAMPLES: Array<[string, FilterCondition, ContactFilter]> = [
  ["skills, all of, at a minimum level", { kind: "skills", match: "allOf", names: ["TypeScript", "PostgreSQL"], minLevel: 3, minYears: null }, { skills: { allOf: [{ name: "TypeScript", minLevel: 3 }, { name: "PostgreSQL", minLevel: 3 }] } }],
  ["skills with minimum years", { kind: "skills", match: "anyOf", names: ["Go", "Rust"], minLevel: 2, minYears: 1.5 }, { skills: { anyOf: [{ name: "Go", minLevel: 2, minYears: 1.5 }, { name: "Rust", minLevel: 2, minYears: 1.5 }] } }],
  ["skills, any of", { kind: "skills", match: "anyOf", names: ["Go"], minLevel: null, minYears: null }, { skills: { anyOf: [{ name: "Go" }] } }],
  ["skills, none of", { kind: "skills", match: "noneOf", names: ["PHP"], minLevel: null, minYears: null }, { skills: { noneOf: ["PHP"] } }],
  ["one country", { kind: "location", countries: ["DE"], cities: [] }, { location: { country: { equalTo: "DE" } } }],
  ["countries and cities", { kind: "location", countries: ["US", "CA"], cities: ["Toronto"] }, { location: { country: { in: ["US", "CA"] }, city: { equalTo: "Toronto" } } }],
  ["experience range", { kind: "experience", min: 3, max: 10 }, { yearsOfExperience: { greaterThanOrEqualTo: 3, lessThanOrEqualTo: 10 } }],
  ["experience minimum", { kind: "experience", min: 5, max: null }, { yearsOfExperience: { greaterThanOrEqualTo: 5 } }],
  ["experience maximum of zero", { kind: "experience", min: null, max: 0 }, { yearsOfExperience: { lessThanOrEqualTo: 0 } }],
  [
    "stage category and status",
    { kind: "stage", match: "some", jobId: null, stageId: null, stageCategories: ["INTERVIEW", "OFFER"], statuses: ["ACTIVE"] },
    { applications: { some: { stageCategory: { in: ["INTERVIEW", "OFFER"] }, status: { equalTo: "ACTIVE" } } } },
  ],
  [
    "no application on a job's stage",
    { kind: "stage", match: "none", jobId: "Sm9iOjE=", stageId: "U3RhZ2U6MQ==", stageCategories: [], statuses: [] },
    { applications: { none: { job: { equalTo: "Sm9iOjE=" }, stage: { equalTo: "U3RhZ2U6MQ==" } } } },
  ],
  ["tags, any of", { kind: "tags", match: "anyOf", names: ["hot", "remote"] }, { tags: { anyOf: ["hot", "remote"] } }],
  ["tags, all of", { kind: "tags", match: "allOf", names: ["hot"] }, { tags: { allOf: ["hot"] } }],
  ["tags, none of", { kind: "tags", match: "noneOf", names: ["do-not-contact"] }, { tags: { noneOf: ["do-not-contact"] } }],
  ["boolean custom field", { kind: "customField", key: "visa_sponsorship_required", test: { op: "equalTo", value: false } }, { customFields: [{ key: "visa_sponsorship_required", equalTo: false }] }],
  ["number custom field range", { kind: "customField", key: "psychometric_test_scores", test: { op: "range", min: 50, max: 90, currency: null } }, { customFields: [{ key: "psychometric_test_scores", greaterThanOrEqualTo: 50, lessThanOrEqualTo: 90 }] }],
  ["date custom field from", { kind: "customField", key: "desired_start_date", test: { op: "range", min: "2025-01-01", max: null, currency: null } }, { customFields: [{ key: "desired_start_date", greaterThanOrEqualTo: "2025-01-01" }] }],
  ["currency custom field", { kind: "customField", key: "expected_rate", test: { op: "range", min: null, max: 900, currency: "EUR" } }, { customFields: [{ key: "expected_rate", lessThanOrEqualTo: 900, currency: "EUR" }] }],
  ["single select, one of", { kind: "customField", key: "referral_source", test: { op: "in", values: ["event", "employee"] } }, { customFields: [{ key: "referral_source", in: ["event", "employee"] }] }],
  ["multi select, all of", { kind: "customField", key: "languages", test: { op: "allOf", values: ["de", "en"] } }, { customFields: [{ key: "languages", allOf: ["de", "en"] }] }],
  ["multi select, any of", { kind: "customField", key: "languages", test: { op: "anyOf", values: ["fr"] } }, { customFields: [{ key: "languages", anyOf: ["fr"] }] }],
  ["multi select, none of", { kind: "customField", key: "languages", test: { op: "noneOf", values: ["fr"] } }, { customFields: [{ key: "languages", noneOf: ["fr"] }] }],
  ["text custom field contains", { kind: "customField", key: "notes", test: { op: "includes", text: "remote" } }, { customFields: [{ key: "notes", includes: "remote" }] }],
  ["custom field is empty", { kind: "customField", key: "notes", test: { op: "isEmpty", isEmpty: true } }, { customFields: [{ key: "notes", isEmpty: true }] }],
  ["custom field has a value", { kind: "customField", key: "notes", test: { op: "isEmpty", isEmpty: false } }, { customFields: [{ key: "notes", isEmpty: false }] }],
  ["number custom field equal to", { kind: "customField", key: "score", test: { op: "equalTo", value: 7 } }, { customFields: [{ key: "score", equalTo: 7 }] }],
  ["company industry and size", { kind: "company", industries: ["Software"], sizes: ["SIZE_51_200", "SIZE_201_500"] }, { company: { industry: { equalTo: "Software" }, size: { in: ["SIZE_51_200", "SIZE_201_500"] } } }],
  ["company size only", { kind: "company", industries: [], sizes: ["SIZE_1_10"] }, { company: { size: { equalTo: "SIZE_1_10" } } }],
  ["a saved segment", { kind: "segment", match: "anyOf", segmentIds: ["U2VnbWVudDox"] }, { segments: { anyOf: ["U2VnbWVudDox"] } }],
  ["not in saved segments", { kind: "segment", match: "noneOf", segmentIds: ["a", "b"] }, { segments: { noneOf: ["a", "b"] } }],
  ["title contains", { kind: "text", field: "currentTitle", text: "engineer" }, { currentTitle: { includes: "engineer" } }],
  ["name contains", { kind: "text", field: "name", text: "ada" }, { name: { includes: "ada" } }],
  ["contact kind", { kind: "contactKind", kinds: ["CANDIDATE"] }, { kind: { equalTo: "CANDIDATE" } }],
  ["willing to relocate", { kind: "relocation", willingToRelocate: false }, { willingToRelocate: { equalTo: false } }],
  ["a raw part", { kind: "raw", filter: { not: { tags: { isEmpty: true } } } }, { not: { tags: { isEmpty: true } } }],
];

describe("stateToFilter", () => {
  it("answers null for the empty state", () => {
    expect(stateToFilter(emptyFilterState())).toBeNull();
    expect(hasConditions(emptyFilterState())).toBe(false);
  });

  it.each(EXAMPLES)("writes %s", (_name, condition, filter) => {
    expect(stateToFilter(and(condition))).toEqual(filter);
    expect(hasConditions(and(condition))).toBe(true);
  });

  it("merges an all-of group into one object where keys do not collide", () => {
    const state = and(
      { kind: "skills", match: "allOf", names: ["TypeScript", "PostgreSQL"], minLevel: null, minYears: null },
      { kind: "customField", key: "visa_sponsorship_required", test: { op: "equalTo", value: false } },
      { kind: "customField", key: "referral_source", test: { op: "in", values: ["event"] } },
      { kind: "skills", match: "noneOf", names: ["PHP"], minLevel: null, minYears: null },
      { kind: "tags", match: "anyOf", names: ["hot"] },
    );
    expect(stateToFilter(state)).toEqual({
      skills: { allOf: [{ name: "TypeScript" }, { name: "PostgreSQL" }], noneOf: ["PHP"] },
      customFields: [
        { key: "visa_sponsorship_required", equalTo: false },
        { key: "referral_source", in: ["event"] },
      ],
      tags: { anyOf: ["hot"] },
    });
  });

  it("lists colliding conditions under `and`", () => {
    const state = and(
      { kind: "skills", match: "anyOf", names: ["Go"], minLevel: null, minYears: null },
      { kind: "skills", match: "anyOf", names: ["Rust"], minLevel: null, minYears: null },
      { kind: "experience", min: 1, max: null },
      { kind: "experience", min: null, max: 5 },
    );
    expect(stateToFilter(state)).toEqual({
      skills: { anyOf: [{ name: "Go" }] },
      yearsOfExperience: { greaterThanOrEqualTo: 1 },
      and: [{ skills: { anyOf: [{ name: "Rust" }] } }, { yearsOfExperience: { lessThanOrEqualTo: 5 } }],
    });
  });

  it("never merges two conditions on applications, which would mean one application matching both", () => {
    const state = and(
      { kind: "stage", match: "some", jobId: "j1", stageId: null, stageCategories: [], statuses: [] },
      { kind: "stage", match: "some", jobId: null, stageId: null, stageCategories: ["OFFER"], statuses: [] },
    );
    expect(stateToFilter(state)).toEqual({
      applications: { some: { job: { equalTo: "j1" } } },
      and: [{ applications: { some: { stageCategory: { equalTo: "OFFER" } } } }],
    });
  });

  it("writes an any-of root as `or`, and a single alternative without it", () => {
    const go: FilterCondition = { kind: "skills", match: "anyOf", names: ["Go"], minLevel: null, minYears: null };
    const berlin: FilterCondition = { kind: "location", countries: [], cities: ["Berlin"] };
    expect(stateToFilter(or(go, berlin))).toEqual({ or: [{ skills: { anyOf: [{ name: "Go" }] } }, { location: { city: { equalTo: "Berlin" } } }] });
    expect(stateToFilter(or(go))).toEqual({ skills: { anyOf: [{ name: "Go" }] } });
  });

  it("writes nested groups", () => {
    const state = and(
      { kind: "location", countries: ["DE"], cities: [] },
      or({ kind: "tags", match: "anyOf", names: ["java"] }, and({ kind: "experience", min: 5, max: null }, { kind: "contactKind", kinds: ["CANDIDATE"] })),
    );
    expect(stateToFilter(state)).toEqual({
      location: { country: { equalTo: "DE" } },
      or: [{ tags: { anyOf: ["java"] } }, { yearsOfExperience: { greaterThanOrEqualTo: 5 }, kind: { equalTo: "CANDIDATE" } }],
    });
  });

  it("leaves out incomplete conditions and empty groups", () => {
    const state = and(
      createCondition("skills"),
      createCondition("location"),
      createCondition("experience"),
      createCondition("stage"),
      createCondition("tags"),
      createCondition("customField"),
      { kind: "customField", key: "x", test: { op: "in", values: [] } },
      { kind: "customField", key: "x", test: { op: "includes", text: "   " } },
      { kind: "customField", key: "x", test: { op: "range", min: null, max: "", currency: "EUR" } },
      { kind: "customField", key: "x", test: { op: "equalTo", value: "" } },
      createCondition("company"),
      createCondition("segment"),
      createCondition("text"),
      createCondition("contactKind"),
      { kind: "raw", filter: {} },
      or(),
      or(createCondition("skills")),
    );
    expect(stateToFilter(state)).toBeNull();
    expect(hasConditions(state)).toBe(false);
  });

  it("trims names and drops blank and repeated ones", () => {
    const state = and({ kind: "tags", match: "anyOf", names: [" hot ", "", "HOT", "cold"] }, { kind: "location", countries: ["de", "DE"], cities: [] });
    expect(stateToFilter(state)).toEqual({ tags: { anyOf: ["hot", "cold"] }, location: { country: { equalTo: "DE" } } });
  });

  it("writes only filters the API's shape accepts", () => {
    for (const [, condition, filter] of EXAMPLES) {
      expect(sanitizeContactFilter(stateToFilter(and(condition)))).toEqual(filter);
    }
  });
});

describe("filterToState", () => {
  it("answers the empty state for no filter", () => {
    expect(filterToState(null)).toEqual(emptyFilterState());
    expect(filterToState(undefined)).toEqual(emptyFilterState());
    expect(filterToState({})).toEqual(emptyFilterState());
  });

  it.each(EXAMPLES)("reads %s", (_name, condition, filter) => {
    expect(filterToState(filter)).toEqual(and(condition));
  });

  it("splits one object into a condition per key and per list entry", () => {
    const state = filterToState({
      skills: { allOf: [{ name: "TypeScript" }], noneOf: ["PHP"] },
      customFields: [
        { key: "a", equalTo: true },
        { key: "b", in: ["x"] },
      ],
    });
    expect(state.conditions.map((condition) => condition.kind)).toEqual(["skills", "skills", "customField", "customField"]);
  });

  it("flattens `and` lists into the all-of group", () => {
    expect(filterToState({ and: [{ tags: { anyOf: ["a"] } }, { tags: { anyOf: ["b"] } }] })).toEqual(
      and({ kind: "tags", match: "anyOf", names: ["a"] }, { kind: "tags", match: "anyOf", names: ["b"] }),
    );
  });

  it("reads `or` as an any-of group, with multi-key alternatives as all-of groups", () => {
    expect(filterToState({ or: [{ tags: { anyOf: ["a"] } }, { kind: { equalTo: "CANDIDATE" }, willingToRelocate: { equalTo: true } }] })).toEqual(
      or({ kind: "tags", match: "anyOf", names: ["a"] }, and({ kind: "contactKind", kinds: ["CANDIDATE"] }, { kind: "relocation", willingToRelocate: true })),
    );
  });

  it("keeps what it cannot edit as raw conditions", () => {
    const state = filterToState({
      not: { tags: { isEmpty: true } },
      employments: { some: { companyName: { includes: "Google" } } },
      location: { country: { notIn: ["US"] } },
      yearsOfExperience: { greaterThan: 3 },
      skills: { allOf: [{ name: "Go", minYears: 2 }, { name: "Rust" }], anyOf: [{ name: "A", minLevel: 2 }, { name: "B" }] },
      tags: { isEmpty: false },
      customFields: [{ key: "x", greaterThan: 3 }, { key: "y", equalTo: true, isEmpty: false }],
      applications: { every: { status: { equalTo: "ACTIVE" } }, some: { daysInStage: { greaterThan: 30 } } },
      kind: { notEqualTo: "OTHER" },
      willingToRelocate: { isNull: true },
      company: { name: { includes: "acme" } },
      currentTitle: { startsWith: "Senior" },
      segments: { allOf: ["s1"] },
      source: { equalTo: "LinkedIn" },
    });
    expect(state.conditions.every((condition) => condition.kind === "raw")).toBe(true);
    expect(state.conditions).toHaveLength(17);
  });

  it("reads a dynamic pool's filter as the seed writes it", () => {
    const filter: ContactFilter = {
      kind: { equalTo: "CANDIDATE" },
      skills: { allOf: [{ name: "TypeScript", minYears: 3 }] },
      yearsOfExperience: { greaterThanOrEqualTo: 5 },
      location: { country: { in: ["US", "CA"] } },
    };
    const state = filterToState(filter);
    expect(state.conditions.map((condition) => condition.kind)).toEqual(["contactKind", "skills", "experience", "location"]);
    expect(state.conditions[1]).toEqual({ kind: "skills", match: "allOf", names: ["TypeScript"], minLevel: null, minYears: 3 });
    expect(stateToFilter(state)).toEqual(filter);
  });
});

describe("round trips", () => {
  const states: Array<[string, FilterGroup]> = [
    ...EXAMPLES.map(([name, condition]): [string, FilterGroup] => [name, and(condition)]),
    [
      "the e2e filter: two skills and a custom field",
      and(
        { kind: "skills", match: "allOf", names: ["TypeScript", "PostgreSQL"], minLevel: null, minYears: null },
        { kind: "customField", key: "visa_sponsorship_required", test: { op: "equalTo", value: false } },
      ),
    ],
    [
      "nested groups",
      and(
        { kind: "location", countries: ["DE"], cities: [] },
        or({ kind: "tags", match: "anyOf", names: ["java"] }, and({ kind: "experience", min: 5, max: null }, { kind: "contactKind", kinds: ["CANDIDATE"] })),
      ),
    ],
    [
      "an any-of root",
      or({ kind: "segment", match: "anyOf", segmentIds: ["s1"] }, { kind: "company", industries: ["Fintech", "Software"], sizes: [] }),
    ],
    ["two or-groups in an all-of root", and(or({ kind: "tags", match: "anyOf", names: ["a"] }, { kind: "tags", match: "anyOf", names: ["b"] }), or({ kind: "text", field: "headline", text: "x" }, { kind: "relocation", willingToRelocate: true }))],
  ];

  it.each(states)("state -> filter -> state keeps %s", (_name, state) => {
    expect(filterToState(stateToFilter(state))).toEqual(state);
  });

  it.each(states)("filter -> state -> filter keeps %s", (_name, state) => {
    const filter = stateToFilter(state);
    expect(stateToFilter(filterToState(filter))).toEqual(filter);
  });

  it.each(states)("survives the sanitiser (what the URL codec applies) for %s", (_name, state) => {
    const filter = stateToFilter(state);
    expect(stateToFilter(filterToState(sanitizeContactFilter(filter)))).toEqual(filter);
  });
});

describe("mergeAll", () => {
  it("answers null for nothing", () => {
    expect(mergeAll([])).toBeNull();
  });

  it("keeps a single unmergeable fragment as it is", () => {
    expect(mergeAll([{ and: [{ name: { includes: "a" } }] }])).toEqual({ and: [{ name: { includes: "a" } }] });
  });
});

describe("createCondition and createTest", () => {
  it("creates every addable kind, incomplete except relocation", () => {
    for (const kind of ADDABLE_CONDITION_KINDS) {
      const condition = createCondition(kind);
      expect(condition.kind).toBe(kind);
      expect(hasConditions(and(condition))).toBe(kind === "relocation");
    }
  });

  it("creates a nested group with the other combinator", () => {
    expect(createCondition("group", "and")).toEqual(or());
    expect(createCondition("group", "or")).toEqual(and());
  });

  it("offers operators that fit each custom field type", () => {
    const types: CustomFieldTypeName[] = ["TEXT", "LONG_TEXT", "NUMBER", "BOOLEAN", "DATE", "SINGLE_SELECT", "MULTI_SELECT", "URL", "CURRENCY", "USER"];
    expect(Object.fromEntries(types.map((type) => [type, operatorsForType(type)]))).toEqual({
      TEXT: ["includes", "isEmpty"],
      LONG_TEXT: ["includes", "isEmpty"],
      NUMBER: ["range", "equalTo", "isEmpty"],
      BOOLEAN: ["equalTo", "isEmpty"],
      DATE: ["range", "isEmpty"],
      SINGLE_SELECT: ["in", "isEmpty"],
      MULTI_SELECT: ["anyOf", "allOf", "noneOf", "isEmpty"],
      URL: ["includes", "isEmpty"],
      CURRENCY: ["range", "equalTo", "isEmpty"],
      USER: ["in", "isEmpty"],
    });
  });

  it("keeps the chosen options when switching between list operators", () => {
    expect(createTest("allOf", "MULTI_SELECT", { op: "anyOf", values: ["a"] })).toEqual({ op: "allOf", values: ["a"] });
    expect(createTest("isEmpty", "MULTI_SELECT", { op: "anyOf", values: ["a"] })).toEqual({ op: "isEmpty", isEmpty: true });
  });

  it("defaults a boolean equality to false, so 'is no' is complete at once", () => {
    expect(createTest("equalTo", "BOOLEAN")).toEqual({ op: "equalTo", value: false });
    expect(createTest("equalTo", "NUMBER")).toEqual({ op: "equalTo", value: null });
  });
});
