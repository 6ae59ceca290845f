import { adjustCount, compareRanks, placeCard, removeCard } from "./column-lists";

const card = (id: string, rank: string) => ({ id, rank });
const column = [card("a", "a0"), card("b", "a1"), card("c", "a2")];
const ids = (cards: ReadonlyArray<{ id: string }>) => cards.map((item) => item.id);

describe("placeCard", () => {
  it("puts a card right after its named neighbour", () => {
    expect(ids(placeCard(column, card("x", "a1V"), { afterId: "b", rank: "a1V" }))).toEqual(["a", "b", "x", "c"]);
  });

  it("puts a card right before its named neighbour when it goes first", () => {
    expect(ids(placeCard(column, card("x", "Zz"), { afterId: null, beforeId: "a", rank: "Zz" }))).toEqual(["x", "a", "b", "c"]);
  });

  it("prefers the neighbour over the rank (a provisional rank may tie)", () => {
    expect(ids(placeCard(column, card("x", "a0"), { afterId: "b", rank: "a0" }))).toEqual(["a", "b", "x", "c"]);
  });

  it("falls back to the rank when the named neighbour is not loaded", () => {
    expect(ids(placeCard(column, card("x", "a1V"), { afterId: "not-loaded", rank: "a1V" }))).toEqual(["a", "b", "x", "c"]);
    expect(ids(placeCard(column, card("x", "a5"), { beforeId: "not-loaded", rank: "a5" }))).toEqual(["a", "b", "c", "x"]);
  });

  it("sorts by rank bytewise, like the server (upper case before lower case)", () => {
    const mixed = [card("a", "Zz"), card("b", "a0")];
    expect(ids(placeCard(mixed, card("x", "Zzz"), { rank: "Zzz" }))).toEqual(["a", "x", "b"]);
  });

  it("moves a card within its own column without duplicating it", () => {
    expect(ids(placeCard(column, card("a", "a2V"), { afterId: "c", rank: "a2V" }))).toEqual(["b", "c", "a"]);
    expect(ids(placeCard(column, card("c", "Zz"), { beforeId: "a", rank: "Zz" }))).toEqual(["c", "a", "b"]);
  });

  it("puts a card into an empty column", () => {
    expect(ids(placeCard([], card("x", "a0"), { rank: "a0" }))).toEqual(["x"]);
  });

  it("does not change the list it is given", () => {
    const before = [...column];
    placeCard(column, card("x", "a5"), { rank: "a5" });
    expect(column).toEqual(before);
  });
});

describe("removeCard", () => {
  it("removes the card", () => {
    expect(ids(removeCard(column, "b"))).toEqual(["a", "c"]);
  });

  it("returns the same list when the card is not there", () => {
    expect(removeCard(column, "zzz")).toBe(column);
  });
});

describe("adjustCount", () => {
  it("adds and removes a card", () => {
    expect(adjustCount(3, 1)).toBe(4);
    expect(adjustCount(3, -1)).toBe(2);
  });

  it("never goes below zero", () => {
    expect(adjustCount(0, -1)).toBe(0);
  });
});

describe("compareRanks", () => {
  it("orders ranks bytewise", () => {
    expect(compareRanks("a0", "a1")).toBeLessThan(0);
    expect(compareRanks("Z", "a")).toBeLessThan(0);
    expect(compareRanks("a1", "a0z")).toBeGreaterThan(0);
    expect(compareRanks("a1", "a1")).toBe(0);
  });
});
