import { createBoardKeyboardCoordinates, readBoardData } from "./collisions";

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

describe("the board's keyboard moves", () => {
  const columns = new Map([
    ["column:a", { top: 0, left: 0, width: 300, height: 800, right: 300, bottom: 800 }],
    ["column:b", { top: 0, left: 320, width: 300, height: 800, right: 620, bottom: 800 }],
    ["column:c", { top: 0, left: 640, width: 300, height: 800, right: 940, bottom: 800 }],
  ]);
  const move = (code: string, cardLeft: number) => {
    // The getter reads the key's code and may prevent its default (these tests run without a DOM).
    const event = { code, defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    const context = { collisionRect: { top: 100, left: cardLeft, width: 280, height: 108, right: cardLeft + 280, bottom: 208 }, droppableRects: columns };
    const next = createBoardKeyboardCoordinates(116)(event as unknown as KeyboardEvent, { active: "card", currentCoordinates: { x: cardLeft, y: 100 }, context } as never);
    return { next, prevented: event.defaultPrevented };
  };

  it("carries the card to the middle of the next or previous column at the same height", () => {
    expect(move("ArrowRight", 10)).toEqual({ next: { x: 330, y: 100 }, prevented: true });
    expect(move("ArrowLeft", 330)).toEqual({ next: { x: 10, y: 100 }, prevented: true });
  });

  it("stays put past the first and the last column", () => {
    expect(move("ArrowLeft", 10).next).toBeUndefined();
    expect(move("ArrowRight", 650).next).toBeUndefined();
  });

  it("moves one row up or down", () => {
    expect(move("ArrowDown", 10).next).toEqual({ x: 10, y: 216 });
    expect(move("ArrowUp", 10).next).toEqual({ x: 10, y: -16 });
  });

  it("leaves other keys to the sensor", () => {
    expect(move("Space", 10)).toEqual({ next: undefined, prevented: false });
  });
});
