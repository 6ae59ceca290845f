import type { FilterCondition, FilterGroup } from "./filter-state";
import { describeCondition, describeFilterState, type FilterLookups } from "./describe-filter";

const lookups: FilterLookups = {
  customFields: new Map([
    ["visa_sponsorship_required", { label: "Visa Sponsorship Required", type: "BOOLEAN", options: [] }],
    ["referral_source", { label: "Referral Source", type: "SINGLE_SELECT", options: [{ value: "linkedin", label: "LinkedIn" }] }],
  ]),
  segments: new Map([["s1", "Data talent in Europe"]]),
  jobs: new Map([["j1", { title: "Senior Backend Engineer", stages: new Map([["st1", "Phone screen"]]) }]]),
  users: new Map(),
};

describe("describeCondition", () => {
  it.each<[FilterCondition, string]>([
    [{ kind: "skills", match: "allOf", names: ["TypeScript", "PostgreSQL"], minLevel: 3, minYears: null }, "Skills: all of TypeScript, PostgreSQL (level 3+)"],
    [{ kind: "skills", match: "noneOf", names: ["PHP"], minLevel: 3, minYears: null }, "Skills: none of PHP"],
    [{ kind: "skills", match: "anyOf", names: ["Go"], minLevel: null, minYears: 3 }, "Skills: any of Go (3+ years)"],
    [{ kind: "skills", match: "allOf", names: ["Go"], minLevel: 4, minYears: 2 }, "Skills: all of Go (level 4+, 2+ years)"],
    [{ kind: "skills", match: "anyOf", names: [], minLevel: null, minYears: null }, "Skills: (not set)"],
    [{ kind: "location", countries: ["US", "CA"], cities: ["Toronto"] }, "Location: country US, CA; city Toronto"],
    [{ kind: "location", countries: [], cities: [] }, "Location: (not set)"],
    [{ kind: "experience", min: 3, max: 8 }, "Experience: 3–8 years"],
    [{ kind: "experience", min: 5, max: null }, "Experience: at least 5 years"],
    [{ kind: "experience", min: null, max: 2 }, "Experience: at most 2 years"],
    [{ kind: "experience", min: null, max: null }, "Experience: (not set)"],
    [{ kind: "stage", match: "some", jobId: "j1", stageId: "st1", stageCategories: [], statuses: ["ACTIVE"] }, "Has an application: job Senior Backend Engineer, stage Phone screen, status Active"],
    [{ kind: "stage", match: "none", jobId: null, stageId: null, stageCategories: ["OFFER"], statuses: [] }, "Has no application: in Offer"],
    [{ kind: "tags", match: "anyOf", names: ["hot"] }, "Tags: any of hot"],
    [{ kind: "customField", key: "visa_sponsorship_required", test: { op: "equalTo", value: false } }, "Visa Sponsorship Required is No"],
    [{ kind: "customField", key: "referral_source", test: { op: "in", values: ["linkedin", "gone"] } }, "Referral Source is any of LinkedIn, gone"],
    [{ kind: "customField", key: "score", test: { op: "range", min: 1, max: 9, currency: null } }, "score between 1 and 9"],
    [{ kind: "customField", key: "pay", test: { op: "range", min: 100, max: null, currency: "EUR" } }, "pay at least 100 EUR"],
    [{ kind: "customField", key: "langs", test: { op: "allOf", values: ["de"] } }, "langs has all of de"],
    [{ kind: "customField", key: "notes", test: { op: "includes", text: "remote" } }, "notes contains “remote”"],
    [{ kind: "customField", key: "notes", test: { op: "isEmpty", isEmpty: false } }, "notes is not empty"],
    [{ kind: "customField", key: "", test: { op: "equalTo", value: null } }, "Custom field is (not set)"],
    [{ kind: "company", industries: ["Software"], sizes: ["SIZE_1_10"] }, "Company: industry Software; size 1–10 employees"],
    [{ kind: "segment", match: "anyOf", segmentIds: ["s1"] }, "In segment Data talent in Europe"],
    [{ kind: "segment", match: "noneOf", segmentIds: ["unknown"] }, "Not in segment unknown"],
    [{ kind: "text", field: "currentTitle", text: "engineer" }, "Current title contains “engineer”"],
    [{ kind: "contactKind", kinds: ["CANDIDATE", "REFERRER"] }, "Kind: Candidate, Referrer"],
    [{ kind: "relocation", willingToRelocate: true }, "Willing to relocate"],
    [{ kind: "raw", filter: { not: { tags: { isEmpty: true } } } }, 'Advanced condition: {"not":{"tags":{"isEmpty":true}}}'],
  ])("describes %j", (condition, text) => {
    expect(describeCondition(condition, lookups)).toBe(text);
  });

  it("describes groups with their combinator", () => {
    const group: FilterGroup = {
      kind: "group",
      combinator: "or",
      conditions: [
        { kind: "relocation", willingToRelocate: true },
        { kind: "tags", match: "anyOf", names: ["remote"] },
      ],
    };
    expect(describeCondition(group)).toBe("(Willing to relocate or Tags: any of remote)");
    expect(describeCondition({ kind: "group", combinator: "and", conditions: [] })).toBe("(empty group)");
  });
});

describe("describeFilterState", () => {
  it("describes each top-level condition", () => {
    const state: FilterGroup = {
      kind: "group",
      combinator: "and",
      conditions: [
        { kind: "skills", match: "allOf", names: ["TypeScript"], minLevel: null, minYears: null },
        { kind: "customField", key: "visa_sponsorship_required", test: { op: "equalTo", value: false } },
      ],
    };
    expect(describeFilterState(state, lookups)).toEqual(["Skills: all of TypeScript", "Visa Sponsorship Required is No"]);
  });
});
