import { LIMITS } from "@talentlane/shared";
import { namesNotPicked, normalizeRemoteSearch, optionsMatching, searchForTyped, toComboboxData, withSelectedOptions, type RemoteOption } from "./remote-options";

const JOBS: RemoteOption[] = [
  { value: "j1", label: "Backend Engineer", group: "Open" },
  { value: "j2", label: "Data Engineer", group: "Draft" },
  { value: "j3", label: "Designer", group: "Open" },
];

describe("normalizeRemoteSearch", () => {
  it.each([
    ["", ""],
    ["   ", ""],
    ["  job   180 ", "job 180"],
    ["tab\tand\nnewline", "tab and newline"],
  ])("normalizes %j to %j", (typed, expected) => {
    expect(normalizeRemoteSearch(typed)).toBe(expected);
  });

  it("cuts the text to the API's search limit", () => {
    expect(normalizeRemoteSearch("x".repeat(LIMITS.searchMaxLength + 50))).toHaveLength(LIMITS.searchMaxLength);
  });
});

describe("searchForTyped", () => {
  it("asks for the first options while the input shows the chosen option's label", () => {
    expect(searchForTyped("Backend Engineer", "Backend Engineer")).toBe("");
  });

  it("searches what was typed once it differs from the label", () => {
    expect(searchForTyped("Backend Eng", "Backend Engineer")).toBe("Backend Eng");
    expect(searchForTyped(" data ", null)).toBe("data");
    expect(searchForTyped("", null)).toBe("");
  });
});

describe("optionsMatching", () => {
  it("keeps every option for an empty search", () => {
    expect(optionsMatching(JOBS, "  ")).toEqual(JOBS);
  });

  it("keeps the options containing the search, ignoring case and repeated spaces", () => {
    expect(optionsMatching(JOBS, "ENGINEER").map((option) => option.value)).toEqual(["j1", "j2"]);
    expect(optionsMatching(JOBS, "data   eng").map((option) => option.value)).toEqual(["j2"]);
    expect(optionsMatching(JOBS, "zzz")).toEqual([]);
  });
});

describe("withSelectedOptions", () => {
  const labelOf = (value: string) => `Label of ${value}`;

  it("returns the results when every selected value is among them", () => {
    expect(withSelectedOptions(JOBS, ["j2"], labelOf)).toEqual(JOBS);
  });

  it("appends selected values missing from the results, labelled, once each", () => {
    expect(withSelectedOptions(JOBS.slice(0, 1), ["j180", "j1", "j180"], labelOf)).toEqual([JOBS[0], { value: "j180", label: "Label of j180" }]);
  });

  it("shows the selected values when there are no results", () => {
    expect(withSelectedOptions([], ["a", "b"], labelOf)).toEqual([
      { value: "a", label: "Label of a" },
      { value: "b", label: "Label of b" },
    ]);
  });

  it("drops duplicate results", () => {
    expect(withSelectedOptions([JOBS[0], JOBS[0]], [], labelOf)).toEqual([JOBS[0]]);
  });
});

describe("namesNotPicked", () => {
  it("leaves out names already picked, ignoring case, and repeats", () => {
    expect(namesNotPicked(["Java", "java", "Remote", "Go"], ["REMOTE"])).toEqual(["Java", "Go"]);
  });

  it("keeps every name when nothing is picked", () => {
    expect(namesNotPicked(["a", "b"], [])).toEqual(["a", "b"]);
  });
});

describe("toComboboxData", () => {
  it("groups options under their headings in the order given, keeping the server's order inside each", () => {
    expect(toComboboxData(JOBS, ["Open", "Draft", "Closed"])).toEqual([
      {
        group: "Open",
        items: [
          { value: "j1", label: "Backend Engineer" },
          { value: "j3", label: "Designer" },
        ],
      },
      { group: "Draft", items: [{ value: "j2", label: "Data Engineer" }] },
    ]);
  });

  it("puts unknown headings after the known ones and options without a heading last", () => {
    const options: RemoteOption[] = [{ value: "x", label: "Picked earlier" }, { value: "a", label: "A", group: "Archived" }, ...JOBS.slice(1, 2)];
    expect(toComboboxData(options, ["Open", "Draft"])).toEqual([
      { group: "Draft", items: [{ value: "j2", label: "Data Engineer" }] },
      { group: "Archived", items: [{ value: "a", label: "A" }] },
      { value: "x", label: "Picked earlier" },
    ]);
  });

  it("returns a flat list when no option has a heading", () => {
    expect(toComboboxData([{ value: "p1", label: "Pool 1" }])).toEqual([{ value: "p1", label: "Pool 1" }]);
  });
});
