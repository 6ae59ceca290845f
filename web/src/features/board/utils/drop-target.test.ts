import { resolveDrop, resolveMoveToTop, resolveStep, toPlacement, type DropRequest } from "./drop-target";

const column = ["a", "b", "c", "d"];

function drop(overrides: Partial<DropRequest>): ReturnType<typeof resolveDrop> {
  return resolveDrop({
    activeId: "a",
    fromStageId: "screen",
    toStageId: "screen",
    targetCardIds: column,
    overCardId: null,
    isAfterOverCard: false,
    ...overrides,
  });
}

describe("resolveDrop within one column", () => {
  it("moves a card forward to the place of the card it is dropped on, after it", () => {
    expect(drop({ activeId: "a", overCardId: "c" })).toEqual({
      toStageId: "screen",
      index: 2,
      order: ["b", "c", "a", "d"],
      afterId: "c",
      beforeId: "d",
    });
  });

  it("moves a card backward to the place of the card it is dropped on, before it", () => {
    expect(drop({ activeId: "d", overCardId: "b" })).toEqual({
      toStageId: "screen",
      index: 1,
      order: ["a", "d", "b", "c"],
      afterId: "a",
      beforeId: "b",
    });
  });

  it("moves a card to the first place, with no card before it", () => {
    const result = drop({ activeId: "c", overCardId: "a" });
    expect(result?.order).toEqual(["c", "a", "b", "d"]);
    expect(result).toMatchObject({ index: 0, afterId: null, beforeId: "a" });
  });

  it("moves a card to the last place, with no card after it", () => {
    const result = drop({ activeId: "b", overCardId: "d" });
    expect(result?.order).toEqual(["a", "c", "d", "b"]);
    expect(result).toMatchObject({ index: 3, afterId: "d", beforeId: null });
  });

  it("swaps two neighbours in both directions", () => {
    expect(drop({ activeId: "b", overCardId: "c" })?.order).toEqual(["a", "c", "b", "d"]);
    expect(drop({ activeId: "c", overCardId: "b" })?.order).toEqual(["a", "c", "b", "d"]);
  });

  it("moves nothing when a card is dropped on itself", () => {
    expect(drop({ activeId: "b", overCardId: "b" })).toBeNull();
    expect(drop({ activeId: "b", overCardId: "b", isAfterOverCard: true })).toBeNull();
  });

  it("puts a card last when it is dropped on its own column's empty space", () => {
    expect(drop({ activeId: "a", overCardId: null })).toMatchObject({ index: 3, order: ["b", "c", "d", "a"], afterId: "d", beforeId: null });
  });

  it("moves nothing when the last card is dropped on its own column's empty space", () => {
    expect(drop({ activeId: "d", overCardId: null })).toBeNull();
  });

  it("ignores the pointer's side of the card within one column (the sortable animation decides)", () => {
    expect(drop({ activeId: "a", overCardId: "c", isAfterOverCard: true })?.order).toEqual(["b", "c", "a", "d"]);
    expect(drop({ activeId: "d", overCardId: "b", isAfterOverCard: true })?.order).toEqual(["a", "d", "b", "c"]);
  });

  it("treats an unknown card under the pointer as the column's empty space", () => {
    expect(drop({ activeId: "a", overCardId: "zzz" })?.order).toEqual(["b", "c", "d", "a"]);
  });

  it("moves nothing in a column of one card", () => {
    expect(drop({ activeId: "a", targetCardIds: ["a"], overCardId: null })).toBeNull();
    expect(drop({ activeId: "a", targetCardIds: ["a"], overCardId: "a" })).toBeNull();
  });
});

describe("resolveDrop into another column", () => {
  const into = (overrides: Partial<DropRequest>) =>
    drop({ activeId: "x", fromStageId: "lead", toStageId: "screen", targetCardIds: column, ...overrides });

  it("puts the card before the card it is dropped on", () => {
    expect(into({ overCardId: "c" })).toEqual({ toStageId: "screen", index: 2, order: ["a", "b", "x", "c", "d"], afterId: "b", beforeId: "c" });
  });

  it("puts the card after the card it is dropped on when the pointer is past its middle", () => {
    expect(into({ overCardId: "c", isAfterOverCard: true })).toMatchObject({ index: 3, afterId: "c", beforeId: "d" });
  });

  it("puts the card first when dropped on the top half of the first card", () => {
    expect(into({ overCardId: "a" })).toMatchObject({ index: 0, afterId: null, beforeId: "a" });
  });

  it("puts the card last when dropped on the bottom half of the last card", () => {
    expect(into({ overCardId: "d", isAfterOverCard: true })).toMatchObject({ index: 4, afterId: "d", beforeId: null });
  });

  it("puts the card last when dropped on the column itself", () => {
    expect(into({ overCardId: null })).toMatchObject({ index: 4, order: ["a", "b", "c", "d", "x"], afterId: "d", beforeId: null });
  });

  it("puts the card alone in an empty column, with no neighbours", () => {
    expect(into({ targetCardIds: [], overCardId: null })).toEqual({ toStageId: "screen", index: 0, order: ["x"], afterId: null, beforeId: null });
  });

  it("does not duplicate a card the target column already lists (an optimistic copy)", () => {
    expect(into({ targetCardIds: ["a", "x", "b"], overCardId: "b", isAfterOverCard: true })?.order).toEqual(["a", "b", "x"]);
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
