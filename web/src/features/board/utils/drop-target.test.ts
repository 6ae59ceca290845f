import { insertionGap, insertionIndicator, resolveInsertion, resolveMoveToTop, resolveStep, toPlacement, type InsertionRequest } from "./drop-target";

const column = ["a", "b", "c", "d"];

function release(overrides: Partial<InsertionRequest>): ReturnType<typeof resolveInsertion> {
  return resolveInsertion({ activeId: "a", fromStageId: "screen", toStageId: "screen", targetCardIds: column, gap: 0, ...overrides });
}

describe("insertionGap", () => {
  // Cards 100 px tall, 110 px apart, the list's top at 50 px.
  const gapAt = (middleY: number, count = 4) => insertionGap(middleY, 50, 100, 110, count);

  it("is before the first card while the dragged card's middle is above the first card's middle", () => {
    expect(gapAt(99)).toBe(0);
    expect(gapAt(-400)).toBe(0);
  });

  it("is the gap between the two cards whose middles the dragged card's middle is between", () => {
    expect(gapAt(100)).toBe(1);
    expect(gapAt(209)).toBe(1);
    expect(gapAt(210)).toBe(2);
    expect(gapAt(320)).toBe(3);
  });

  it("is after the last loaded card below it, however far down", () => {
    expect(gapAt(430)).toBe(4);
    expect(gapAt(5_000)).toBe(4);
    expect(gapAt(5_000, 0)).toBe(0);
  });
});

describe("resolveInsertion within one column", () => {
  it("moves a card down to a gap below it (counting the card itself in the gaps)", () => {
    expect(release({ activeId: "a", gap: 3 })).toEqual({ toStageId: "screen", index: 2, order: ["b", "c", "a", "d"], afterId: "c", beforeId: "d" });
  });

  it("moves a card up to a gap above it", () => {
    expect(release({ activeId: "d", gap: 1 })).toEqual({ toStageId: "screen", index: 1, order: ["a", "d", "b", "c"], afterId: "a", beforeId: "b" });
  });

  it("moves a card to the first place, with no card before it, and to the last, with none after it", () => {
    expect(release({ activeId: "c", gap: 0 })).toMatchObject({ index: 0, order: ["c", "a", "b", "d"], afterId: null, beforeId: "a" });
    expect(release({ activeId: "b", gap: 4 })).toMatchObject({ index: 3, order: ["a", "c", "d", "b"], afterId: "d", beforeId: null });
  });

  it("swaps two neighbours in both directions", () => {
    expect(release({ activeId: "b", gap: 3 })?.order).toEqual(["a", "c", "b", "d"]);
    expect(release({ activeId: "c", gap: 1 })?.order).toEqual(["a", "c", "b", "d"]);
  });

  it("moves nothing when released in the gap just above or just below the card", () => {
    expect(release({ activeId: "b", gap: 1 })).toBeNull();
    expect(release({ activeId: "b", gap: 2 })).toBeNull();
    expect(release({ activeId: "d", gap: 4 })).toBeNull();
  });

  it("moves nothing in a column of one card", () => {
    expect(release({ targetCardIds: ["a"], gap: 0 })).toBeNull();
    expect(release({ targetCardIds: ["a"], gap: 1 })).toBeNull();
  });
});

describe("resolveInsertion into another column", () => {
  const into = (overrides: Partial<InsertionRequest>) => release({ activeId: "x", fromStageId: "apply", ...overrides });

  it("puts the card at the gap it is released at", () => {
    expect(into({ gap: 0 })).toMatchObject({ index: 0, order: ["x", "a", "b", "c", "d"], afterId: null, beforeId: "a" });
    expect(into({ gap: 2 })).toMatchObject({ index: 2, order: ["a", "b", "x", "c", "d"], afterId: "b", beforeId: "c" });
    expect(into({ gap: 4 })).toMatchObject({ index: 4, order: ["a", "b", "c", "d", "x"], afterId: "d", beforeId: null });
  });

  it("puts the card alone in an empty column, with no neighbours", () => {
    expect(into({ targetCardIds: [], gap: 0 })).toEqual({ toStageId: "screen", index: 0, order: ["x"], afterId: null, beforeId: null });
  });

  it("does not duplicate a card the target column already lists (an optimistic copy)", () => {
    expect(into({ targetCardIds: ["a", "x", "b"], gap: 3 })?.order).toEqual(["a", "b", "x"]);
  });
});

describe("insertionIndicator", () => {
  it("draws the line before the card at the gap, or after the last card", () => {
    expect(insertionIndicator({ activeId: "x", fromStageId: "apply", toStageId: "screen", targetCardIds: column, gap: 2 })).toEqual({ cardId: "c", side: "before" });
    expect(insertionIndicator({ activeId: "x", fromStageId: "apply", toStageId: "screen", targetCardIds: column, gap: 4 })).toEqual({ cardId: "d", side: "after" });
  });

  it("draws nothing where a release would not move the card, or in an empty column", () => {
    expect(insertionIndicator({ activeId: "b", fromStageId: "screen", toStageId: "screen", targetCardIds: column, gap: 2 })).toBeNull();
    expect(insertionIndicator({ activeId: "x", fromStageId: "apply", toStageId: "screen", targetCardIds: [], gap: 0 })).toBeNull();
  });
});

describe("resolveMoveToTop", () => {
  it("sends the card to the top of another column, before its first card", () => {
    expect(resolveMoveToTop("x", "lead", "screen", ["a", "b"])).toEqual({
      toStageId: "screen",
      index: 0,
      order: ["x", "a", "b"],
      afterId: null,
      beforeId: "a",
    });
  });

  it("sends the card into an empty column with no neighbours", () => {
    expect(resolveMoveToTop("x", "lead", "screen", [])).toMatchObject({ order: ["x"], afterId: null, beforeId: null });
  });

  it("moves nothing to the card's own column", () => {
    expect(resolveMoveToTop("a", "screen", "screen", ["a", "b"])).toBeNull();
  });
});

describe("resolveStep", () => {
  it("moves a card one place up", () => {
    expect(resolveStep("c", "screen", column, -1)).toEqual({ toStageId: "screen", index: 1, order: ["a", "c", "b", "d"], afterId: "a", beforeId: "b" });
  });

  it("moves a card one place down", () => {
    expect(resolveStep("b", "screen", column, 1)).toMatchObject({ index: 2, order: ["a", "c", "b", "d"], afterId: "c", beforeId: "d" });
  });

  it("moves a card up to the first place and down to the last", () => {
    expect(resolveStep("b", "screen", column, -1)).toMatchObject({ index: 0, afterId: null, beforeId: "a" });
    expect(resolveStep("c", "screen", column, 1)).toMatchObject({ index: 3, afterId: "d", beforeId: null });
  });

  it("moves nothing past either end or for a card that is not there", () => {
    expect(resolveStep("a", "screen", column, -1)).toBeNull();
    expect(resolveStep("d", "screen", column, 1)).toBeNull();
    expect(resolveStep("zzz", "screen", column, 1)).toBeNull();
  });
});

describe("toPlacement", () => {
  it("places after the previous card when there is one", () => {
    expect(toPlacement({ afterId: "a", beforeId: "b" })).toEqual({ afterId: "a" });
  });

  it("places before the next card when the card goes first", () => {
    expect(toPlacement({ afterId: null, beforeId: "b" })).toEqual({ beforeId: "b" });
  });

  it("names no neighbour in an empty column (the API puts it at the end)", () => {
    expect(toPlacement({ afterId: null, beforeId: null })).toEqual({});
  });
});
