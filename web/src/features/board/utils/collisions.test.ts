import { isBelowMiddle, readBoardData } from "./collisions";

describe("readBoardData", () => {
  it("reads a card's and a column's data", () => {
    expect(readBoardData({ current: { type: "card", stageId: "s1" } })).toEqual({ type: "card", stageId: "s1" });
    expect(readBoardData({ current: { type: "column", stageId: "s1" } })).toEqual({ type: "column", stageId: "s1" });
  });

  it("ignores anything else", () => {
    expect(readBoardData(undefined)).toBeUndefined();
    expect(readBoardData({ current: undefined })).toBeUndefined();
    expect(readBoardData({ current: { type: "row", stageId: "s1" } })).toBeUndefined();
    expect(readBoardData({ current: { type: "card" } })).toBeUndefined();
  });
});

describe("isBelowMiddle", () => {
  const over = { top: 100, height: 100 };

  it("is true when the dragged card's middle is below the other card's middle", () => {
    expect(isBelowMiddle({ top: 120, height: 100 }, over)).toBe(true);
  });

  it("is false when it is above or level", () => {
    expect(isBelowMiddle({ top: 80, height: 100 }, over)).toBe(false);
    expect(isBelowMiddle({ top: 100, height: 100 }, over)).toBe(false);
  });

  it("is false without measurements", () => {
    expect(isBelowMiddle(null, over)).toBe(false);
    expect(isBelowMiddle({ top: 500, height: 10 }, undefined)).toBe(false);
  });
});
