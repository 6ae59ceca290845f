import { isValidRank, RANK_DIGITS, rankBetween, spreadRanks } from "./rank";

/** A seeded generator, so failures reproduce. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const isSorted = (ranks: string[]) => ranks.every((rank, index) => index === 0 || ranks[index - 1] < rank);

describe("rankBetween", () => {
  it("places the first card of an empty column", () => {
    const rank = rankBetween(null, null);
    expect(isValidRank(rank)).toBe(true);
  });

  it("places a card first, last and between", () => {
    const middle = rankBetween(null, null);
    const first = rankBetween(null, middle);
    const last = rankBetween(middle, null);
    const between = rankBetween(first, middle);
    expect(isSorted([first, between, middle, last])).toBe(true);
    [first, between, middle, last].forEach((rank) => expect(isValidRank(rank)).toBe(true));
  });

  it.each([
    ["a0", "a1"],
    ["a1", "a11"],
    ["a1", "a2"],
    ["az", null],
    ["zzzzzzzzzzzzzzzzzzzzzzzzzzz", null],
    [null, "a0"],
    [null, "A000000000000000000000000001"],
    ["Zz", "a0"],
    ["a0z", "a1"],
    ["a0V", "a0W"],
    ["b00", "b01"],
    ["az", "b00"],
  ])("finds room between %p and %p (tiny gaps too)", (before, after) => {
    const rank = rankBetween(before, after);
    expect(isValidRank(rank)).toBe(true);
    if (before !== null) expect(rank > before).toBe(true);
    if (after !== null) expect(rank < after).toBe(true);
  });

  it("keeps order through thousands of random inserts, moving forward and backward", () => {
    const next = random(42);
    const column: string[] = [];
    for (let step = 0; step < 5_000; step += 1) {
      const position = Math.floor(next() * (column.length + 1));
      const rank = rankBetween(column[position - 1] ?? null, column[position] ?? null);
      column.splice(position, 0, rank);
      if (next() < 0.3 && column.length > 2) {
        // Move a card: take it out and put it back elsewhere.
        const [moved] = column.splice(Math.floor(next() * column.length), 1);
        void moved;
        const target = Math.floor(next() * (column.length + 1));
        column.splice(target, 0, rankBetween(column[target - 1] ?? null, column[target] ?? null));
      }
    }
    expect(isSorted(column)).toBe(true);
    expect(column.every(isValidRank)).toBe(true);
    expect(Math.max(...column.map((rank) => rank.length))).toBeLessThan(12);
  });

  it("grows slowly when cards are always inserted at the top or the bottom", () => {
    let top = rankBetween(null, null);
    let bottom = top;
    for (let step = 0; step < 1_000; step += 1) {
      const newTop = rankBetween(null, top);
      expect(newTop < top).toBe(true);
      top = newTop;
      const newBottom = rankBetween(bottom, null);
      expect(newBottom > bottom).toBe(true);
      bottom = newBottom;
    }
    expect(top.length).toBeLessThanOrEqual(4);
    expect(bottom.length).toBeLessThanOrEqual(4);
  });

  it("refuses bounds that are malformed or out of order", () => {
    expect(() => rankBetween("b", "a")).toThrow(RangeError);
    expect(() => rankBetween("a", "a")).toThrow(RangeError);
    expect(() => rankBetween("a00", null)).toThrow(RangeError);
    expect(() => rankBetween("a!", null)).toThrow(RangeError);
    expect(() => rankBetween("", null)).toThrow(RangeError);
    expect(() => rankBetween("b0", null)).toThrow(RangeError);
    expect(() => rankBetween("!", null)).toThrow(RangeError);
  });

  it("sorts the same bytewise as JavaScript compares strings (what COLLATE \"C\" does)", () => {
    const sortedDigits = [...RANK_DIGITS].sort();
    expect(sortedDigits.join("")).toBe(RANK_DIGITS);
  });
});

describe("spreadRanks", () => {
  it.each([1, 2, 61, 62, 500, 10_000])("spreads %d ranks in order, all valid and distinct", (count) => {
    const ranks = spreadRanks(count);
    expect(ranks).toHaveLength(count);
    expect(isSorted(ranks)).toBe(true);
    expect(ranks.every(isValidRank)).toBe(true);
  });

  it("leaves room before the first and after the last", () => {
    const ranks = spreadRanks(100);
    expect(rankBetween(null, ranks[0]) < ranks[0]).toBe(true);
    expect(rankBetween(ranks[99], null) > ranks[99]).toBe(true);
  });

  it("keeps ranks short for big columns", () => {
    expect(Math.max(...spreadRanks(10_000).map((rank) => rank.length))).toBeLessThanOrEqual(4);
  });
});
