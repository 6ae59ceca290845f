import { describeAging, describeCount, formatAgingShort, formatCount, formatSla, splitTags } from "./card-format";

describe("formatAgingShort", () => {
  it("shows whole days", () => {
    expect(formatAgingShort(0)).toBe("0d");
    expect(formatAgingShort(12)).toBe("12d");
  });

  it("never shows negative or fractional days", () => {
    expect(formatAgingShort(-3)).toBe("0d");
    expect(formatAgingShort(2.7)).toBe("2d");
  });
});

describe("describeAging", () => {
  it("says how long the card has been in its stage", () => {
    expect(describeAging(1, false)).toBe("1 day in stage");
    expect(describeAging(9, false)).toBe("9 days in stage");
  });

  it("says when the card is over the stage's SLA", () => {
    expect(describeAging(9, true)).toBe("9 days in stage, over the stage's SLA");
  });
});

describe("formatSla", () => {
  it("shows the SLA in days", () => {
    expect(formatSla(1)).toBe("SLA 1 day");
    expect(formatSla(5)).toBe("SLA 5 days");
  });

  it("shows nothing without an SLA", () => {
    expect(formatSla(null)).toBeNull();
    expect(formatSla(undefined)).toBeNull();
    expect(formatSla(0)).toBeNull();
  });
});

describe("splitTags", () => {
  it("shows the first tags and counts the rest", () => {
    expect(splitTags(["a", "b", "c"], 2)).toEqual({ shown: ["a", "b"], hiddenCount: 1 });
  });

  it("shows all tags when they fit", () => {
    expect(splitTags(["a"], 2)).toEqual({ shown: ["a"], hiddenCount: 0 });
    expect(splitTags([], 2)).toEqual({ shown: [], hiddenCount: 0 });
  });
});

describe("describeCount", () => {
  it("counts cards", () => {
    expect(describeCount(0)).toBe("0 cards");
    expect(describeCount(1)).toBe("1 card");
    expect(describeCount(5000)).toBe("5,000 cards");
  });
});

describe("formatCount", () => {
  it("separates thousands", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(5000)).toBe("5,000");
    expect(formatCount(1234567)).toBe("1,234,567");
  });
});
