import { readSingleSegment } from "./single-segment";

describe("readSingleSegment", () => {
  it("reads the segment of a filter that is exactly one segment", () => {
    expect(readSingleSegment({ segments: { anyOf: ["s1"] } })).toBe("s1");
  });

  it.each([
    ["no filter", null],
    ["several segments", { segments: { anyOf: ["s1", "s2"] } }],
    ["a segment and more", { segments: { anyOf: ["s1"] }, tags: { anyOf: ["a"] } }],
    ["not in a segment", { segments: { noneOf: ["s1"] } }],
    ["any of and none of", { segments: { anyOf: ["s1"], noneOf: ["s2"] } }],
    ["something else", { tags: { anyOf: ["a"] } }],
  ])("answers null for %s", (_what, filter) => {
    expect(readSingleSegment(filter)).toBeNull();
  });
});
