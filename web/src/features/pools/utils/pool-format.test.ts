import { formatDate, formatMemberCount } from "./pool-format";

describe("formatDate", () => {
  it("formats an instant as a short UTC date", () => {
    expect(formatDate("2026-03-04T23:30:00Z")).toBe("Mar 4, 2026");
  });

  it("answers an empty string for nothing or nonsense", () => {
    expect(formatDate(null)).toBe("");
    expect(formatDate(undefined)).toBe("");
    expect(formatDate("yesterday")).toBe("");
  });
});

describe("formatMemberCount", () => {
  it("counts all members when nothing narrows the pool", () => {
    expect(formatMemberCount(120, 120, false)).toBe("120 members");
    expect(formatMemberCount(1, 1, false)).toBe("1 member");
    expect(formatMemberCount(0, 0, false)).toBe("0 members");
  });

  it("says how many of them match a filter or search", () => {
    expect(formatMemberCount(4, 1200, true)).toBe("4 of 1,200 members match");
    expect(formatMemberCount(0, 1, true)).toBe("0 of 1 member match");
  });
});
