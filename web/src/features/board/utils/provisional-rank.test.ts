import { isValidRank, rankBetween, spreadRanks } from "@talentlane/shared";
import { provisionalRank } from "./provisional-rank";

describe("provisionalRank", () => {
  it("sorts between two neighbours", () => {
    const rank = provisionalRank("a0", "a5");
    expect(rank > "a0" && rank < "a5").toBe(true);
  });

  it("sorts before the first card when there is no previous neighbour", () => {
    const rank = provisionalRank(null, "a0");
    expect(rank < "a0").toBe(true);
    expect(isValidRank(rank)).toBe(true);
  });

  it("sorts after the last card when there is no next neighbour", () => {
    const rank = provisionalRank("a5", null);
    expect(rank > "a5").toBe(true);
  });

  it("gives a card of an empty column a valid rank", () => {
    expect(isValidRank(provisionalRank(null, null))).toBe(true);
  });

  it("finds room between neighbours whose ranks differ only in a deep fraction (tiny gaps)", () => {
    let low = "a0";
    let high = "a1";
    // Keep bisecting towards the low side: the gap shrinks every time, and there is always room.
    for (let step = 0; step < 60; step += 1) {
      const middle = provisionalRank(low, high);
      expect(middle > low && middle < high).toBe(true);
      high = middle;
    }
    expect(high.length).toBeGreaterThan(4);
    const adjacent = provisionalRank("a0V", "a0V1");
    expect(adjacent > "a0V" && adjacent < "a0V1").toBe(true);
  });

  it("falls back to the previous rank when the neighbours tie (the list order still shows the move)", () => {
    expect(provisionalRank("a3", "a3")).toBe("a3");
  });

  it("falls back to a neighbour's rank when the server sent ranks out of order", () => {
    expect(provisionalRank("a5", "a1")).toBe("a5");
    expect(provisionalRank(null, "not a rank!")).toBe("not a rank!");
  });

  it("agrees with rankBetween whenever there is room", () => {
    const ranks = spreadRanks(6);
    for (let index = 0; index < ranks.length - 1; index += 1) {
      expect(provisionalRank(ranks[index], ranks[index + 1])).toBe(rankBetween(ranks[index], ranks[index + 1]));
    }
  });
});
