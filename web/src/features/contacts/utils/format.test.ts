import { describeMatchingScope, formatBulkTarget, formatContactCount, formatCount, formatCountry, formatLocation, summarizeTags } from "./format";

describe("formatLocation", () => {
  it("joins city, region and the country's name", () => {
    expect(formatLocation({ city: "Austin", region: "TX", country: "US" })).toBe("Austin, TX, United States");
  });

  it("leaves out a region that repeats the city, ignoring case", () => {
    expect(formatLocation({ city: "Berlin", region: "berlin", country: "DE" })).toBe("Berlin, Germany");
  });

  it("leaves out missing and blank parts", () => {
    expect(formatLocation({ city: null, region: "  ", country: "FR" })).toBe("France");
    expect(formatLocation({ city: "Lisbon", region: null, country: null })).toBe("Lisbon");
    expect(formatLocation({ city: null, region: "Bavaria", country: undefined })).toBe("Bavaria");
  });

  it("answers an empty string when nothing is known", () => {
    expect(formatLocation({ city: null, region: null, country: null })).toBe("");
    expect(formatLocation(null)).toBe("");
    expect(formatLocation(undefined)).toBe("");
  });

  it("names the country in the given locale", () => {
    expect(formatLocation({ city: "München", region: null, country: "DE" }, "de")).toBe("München, Deutschland");
  });
});

describe("formatCountry", () => {
  it("names a country from its ISO code, whatever its case", () => {
    expect(formatCountry("gb")).toBe("United Kingdom");
    expect(formatCountry(" NL ")).toBe("Netherlands");
  });

  it("keeps a code it cannot name as it is", () => {
    expect(formatCountry("XX")).toBe("XX");
    expect(formatCountry("Atlantis")).toBe("Atlantis");
  });
});

describe("formatCount", () => {
  it("groups thousands and leaves small numbers alone", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(25000)).toBe("25,000");
  });
});

describe("formatContactCount", () => {
  it("groups thousands", () => {
    expect(formatContactCount(2000)).toBe("2,000 contacts");
    expect(formatContactCount(1234567)).toBe("1,234,567 contacts");
  });

  it("uses the singular for exactly one contact", () => {
    expect(formatContactCount(1)).toBe("1 contact");
  });

  it("uses the plural for none", () => {
    expect(formatContactCount(0)).toBe("0 contacts");
  });

  it("groups digits the way the locale does", () => {
    expect(formatContactCount(2000, "de-DE")).toBe("2.000 contacts");
  });
});

describe("summarizeTags", () => {
  it("shows every tag when there are no more than the maximum", () => {
    expect(summarizeTags(["go", "rust", "remote"], 3)).toEqual({ shown: ["go", "rust", "remote"], hiddenCount: 0 });
  });

  it("shows the first tags and counts the rest", () => {
    expect(summarizeTags(["a", "b", "c", "d", "e"], 3)).toEqual({ shown: ["a", "b", "c"], hiddenCount: 2 });
  });

  it("handles no tags", () => {
    expect(summarizeTags([], 3)).toEqual({ shown: [], hiddenCount: 0 });
  });

  it("treats a zero, negative or fractional maximum sensibly", () => {
    expect(summarizeTags(["a", "b"], 0)).toEqual({ shown: [], hiddenCount: 2 });
    expect(summarizeTags(["a", "b"], -1)).toEqual({ shown: [], hiddenCount: 2 });
    expect(summarizeTags(["a", "b", "c"], 1.9)).toEqual({ shown: ["a"], hiddenCount: 2 });
  });

  it("does not change the list it was given", () => {
    const names = ["a", "b", "c", "d"];
    summarizeTags(names, 2);
    expect(names).toEqual(["a", "b", "c", "d"]);
  });
});

describe("formatBulkTarget", () => {
  it("counts picked contacts", () => {
    expect(formatBulkTarget({ kind: "ids", contactIds: ["a"] })).toBe("1 contact");
    expect(formatBulkTarget({ kind: "ids", contactIds: ["a", "b"] })).toBe("2 contacts");
  });

  it("says all matching contacts, with the count grouped", () => {
    expect(formatBulkTarget({ kind: "matching", filter: {}, search: null, count: 12345 })).toBe("all 12,345 matching contacts");
    expect(formatBulkTarget({ kind: "matching", filter: {}, search: null, count: 1 })).toBe("all 1 matching contact");
  });
});

describe("describeMatchingScope", () => {
  const base = { kind: "matching" as const, count: 2000 };

  it("names the filter, the search, or both", () => {
    expect(describeMatchingScope({ ...base, filter: { tags: { anyOf: ["Passive"] } }, search: null })).toBe(
      "This applies to every contact that matches the filter: 2,000 contacts, including those not loaded yet.",
    );
    expect(describeMatchingScope({ ...base, filter: {}, search: "rust" })).toBe(
      "This applies to every contact that matches the search “rust”: 2,000 contacts, including those not loaded yet.",
    );
    expect(describeMatchingScope({ ...base, filter: { tags: { anyOf: ["Passive"] } }, search: "rust" })).toBe(
      "This applies to every contact that matches the filter and the search “rust”: 2,000 contacts, including those not loaded yet.",
    );
  });

  it("says every contact in the list without a filter or search", () => {
    expect(describeMatchingScope({ ...base, filter: {}, search: "  " })).toBe("This applies to every contact in the list: 2,000 contacts, including those not loaded yet.");
  });
});
