import { checkCustomValue, isIsoDate, type CustomFieldShape } from "./custom-fields";

const field = (overrides: Partial<CustomFieldShape>): CustomFieldShape => ({
  key: "f",
  label: "Field",
  type: "TEXT",
  options: [],
  isRequired: false,
  ...overrides,
});

const select = field({
  type: "SINGLE_SELECT",
  options: [{ value: "a", label: "A" }, { value: "old", label: "Old", isArchived: true }],
});

describe("checkCustomValue", () => {
  it.each([
    ["TEXT", "  hello ", "hello"],
    ["LONG_TEXT", "x".repeat(5000), "x".repeat(5000)],
    ["NUMBER", 42.5, 42.5],
    ["NUMBER", 0, 0],
    ["BOOLEAN", false, false],
    ["DATE", "2024-02-29", "2024-02-29"],
    ["URL", " https://example.com/a ", "https://example.com/a"],
    ["CURRENCY", { amount: 10, currency: "usd" }, { amount: 10, currency: "USD" }],
    ["USER", "VXNlcjox", "VXNlcjox"],
  ] as const)("accepts a %s value", (type, value, expected) => {
    expect(checkCustomValue(field({ type }), value)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["TEXT", 12],
    ["TEXT", "x".repeat(1001)],
    ["NUMBER", "12"],
    ["NUMBER", Number.NaN],
    ["NUMBER", Number.POSITIVE_INFINITY],
    ["BOOLEAN", "true"],
    ["DATE", "2023-02-29"],
    ["DATE", "29/02/2024"],
    ["URL", "ftp://example.com"],
    ["URL", "not a url"],
    ["CURRENCY", { amount: 10 }],
    ["CURRENCY", { amount: "10", currency: "USD" }],
    ["CURRENCY", { amount: 10, currency: "USD", extra: 1 }],
    ["CURRENCY", [10, "USD"]],
    ["USER", 12],
  ] as const)("refuses a bad %s value (%p)", (type, value) => {
    expect(checkCustomValue(field({ type }), value).ok).toBe(false);
  });

  it("treats null and blank text as clearing, and refuses that for required fields", () => {
    expect(checkCustomValue(field({}), null)).toEqual({ ok: true, value: null });
    expect(checkCustomValue(field({}), "   ")).toEqual({ ok: true, value: null });
    expect(checkCustomValue(field({ isRequired: true }), null)).toEqual({ ok: false, message: "Field is required" });
  });

  it("accepts only live options of a select, unless the record already holds an archived one", () => {
    expect(checkCustomValue(select, "a")).toEqual({ ok: true, value: "a" });
    expect(checkCustomValue(select, "nope").ok).toBe(false);
    expect(checkCustomValue(select, "old").ok).toBe(false);
    expect(checkCustomValue(select, "old", (option) => option === "old")).toEqual({ ok: true, value: "old" });
  });

  it("de-duplicates multi-select values and refuses unknown ones", () => {
    const multi = field({ type: "MULTI_SELECT", options: [{ value: "x", label: "X" }, { value: "y", label: "Y" }] });
    expect(checkCustomValue(multi, ["y", "x", "y"])).toEqual({ ok: true, value: ["y", "x"] });
    expect(checkCustomValue(multi, []).ok).toBe(true);
    expect(checkCustomValue(multi, ["x", "z"]).ok).toBe(false);
    expect(checkCustomValue(multi, "x").ok).toBe(false);
  });
});

describe("isIsoDate", () => {
  it.each(["2024-01-01", "2000-02-29", "1999-12-31"])("accepts %s", (value) => expect(isIsoDate(value)).toBe(true));
  it.each(["2024-1-1", "2023-02-29", "2024-13-01", "2024-04-31", "", "20240101"])("refuses %p", (value) => expect(isIsoDate(value)).toBe(false));
});
