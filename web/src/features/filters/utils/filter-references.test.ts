import { describeFilterState, EMPTY_LOOKUPS, type FilterLookups } from "./describe-filter";
import { missingReferences, referencedRecords, withReferencedRecords } from "./filter-references";
import type { FilterGroup } from "./filter-state";

/** A filter naming two jobs (one twice, one inside a nested group) and two segments. */
const state: FilterGroup = {
  kind: "group",
  combinator: "and",
  conditions: [
    { kind: "stage", match: "some", jobId: "job-7", stageId: "stage-7b", stageCategories: [], statuses: [] },
    { kind: "segment", match: "anyOf", segmentIds: ["seg-1", "seg-2"] },
    {
      kind: "group",
      combinator: "or",
      conditions: [
        { kind: "stage", match: "none", jobId: "job-180", stageId: null, stageCategories: ["OFFER"], statuses: [] },
        { kind: "stage", match: "some", jobId: "job-7", stageId: null, stageCategories: [], statuses: ["ACTIVE"] },
        { kind: "stage", match: "some", jobId: null, stageId: null, stageCategories: ["HIRED"], statuses: [] },
      ],
    },
    { kind: "tags", match: "anyOf", names: ["job-999"] },
  ],
};

/** What the page read up front: job 7 and segment 1. */
const pageLookups: FilterLookups = {
  ...EMPTY_LOOKUPS,
  jobs: new Map([["job-7", { title: "Data Engineer", stages: new Map([["stage-7b", "Interview"]]) }]]),
  segments: new Map([["seg-1", "Berlin data people"]]),
};

describe("referencedRecords", () => {
  it("finds every job and segment a filter names, at any depth, each once", () => {
    expect(referencedRecords(state)).toEqual({ jobIds: ["job-7", "job-180"], segmentIds: ["seg-1", "seg-2"] });
  });

  it("finds nothing in a filter that names no record", () => {
    expect(referencedRecords({ kind: "group", combinator: "and", conditions: [{ kind: "relocation", willingToRelocate: true }] })).toEqual({ jobIds: [], segmentIds: [] });
  });
});

describe("missingReferences", () => {
  it("asks only for the records the page cannot name", () => {
    expect(missingReferences(referencedRecords(state), pageLookups)).toEqual(["job-180", "seg-2"]);
  });

  it("asks for nothing when the page knows them all", () => {
    expect(missingReferences({ jobIds: ["job-7"], segmentIds: ["seg-1"] }, pageLookups)).toEqual([]);
  });
});

describe("withReferencedRecords", () => {
  it("names a job past the first page, with its stages, and a shared segment, in the filter's description", () => {
    const lookups = withReferencedRecords(pageLookups, [
      { kind: "job", id: "job-180", title: "Picker job 180", stages: [{ id: "stage-180a", name: "Offer" }] },
      { kind: "segment", id: "seg-2", name: "Shared by Sam" },
    ]);
    expect(describeFilterState(state, lookups)).toEqual([
      "Has an application: job Data Engineer, stage Interview",
      "In segment Berlin data people, Shared by Sam",
      "(Has no application: job Picker job 180, in Offer or Has an application: job Data Engineer, status Active or Has an application: in Hired)",
      "Tags: any of job-999",
    ]);
    expect(lookups.jobs.get("job-180")?.stages.get("stage-180a")).toBe("Offer");
  });

  it("keeps the page's own names and returns the same lookups when nothing was read", () => {
    expect(withReferencedRecords(pageLookups, [])).toBe(pageLookups);
    const lookups = withReferencedRecords(pageLookups, [{ kind: "job", id: "job-7", title: "Stale title", stages: [] }]);
    expect(lookups.jobs.get("job-7")?.title).toBe("Data Engineer");
  });

  it("leaves an unreadable record's id in the description", () => {
    expect(describeFilterState(state, pageLookups)[1]).toBe("In segment Berlin data people, seg-2");
  });
});
