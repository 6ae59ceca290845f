import { changedCustomValues, formatCustomValue, toApiValue, toInputValue, type CustomFieldDefinition } from "./custom-values";

function field(type: CustomFieldDefinition["type"], key = "field", options: CustomFieldDefinition["options"] = []): CustomFieldDefinition {
  return { key, label: key, type, isRequired: false, options };
}

const select = field("SINGLE_SELECT", "referral_source", [
  { value: "linkedin", label: "LinkedIn", isArchived: false },
  { value: "agency", label: "Agency", isArchived: true },
]);

describe("toInputValue and toApiValue", () => {
  it.each<[CustomFieldDefinition["type"], unknown, unknown, unknown]>([
    ["TEXT", "hello", "hello", "hello"],
    ["TEXT", undefined, "", null],
    ["LONG_TEXT", " padded ", " padded ", "padded"],
    ["URL", "https://x.dev", "https://x.dev", "https://x.dev"],
    ["NUMBER", 42, 42, 42],
    ["NUMBER", 0, 0, 0],
    ["NUMBER", undefined, "", null],
    ["NUMBER", "42", "", null],
    ["BOOLEAN", true, true, true],
    ["BOOLEAN", false, false, false],
    ["BOOLEAN", undefined, false, false],
    ["DATE", "2026-01-31", "2026-01-31", "2026-01-31"],
    ["DATE", undefined, null, null],
    ["SINGLE_SELECT", "linkedin", "linkedin", "linkedin"],
    ["USER", "VXNlcjox", "VXNlcjox", "VXNlcjox"],
    ["MULTI_SELECT", ["a", "b"], ["a", "b"], ["a", "b"]],
    ["MULTI_SELECT", [], [], null],
    ["MULTI_SELECT", "a", [], null],
    ["CURRENCY", { amount: 90000, currency: "EUR" }, { amount: 90000, currency: "EUR" }, { amount: 90000, currency: "EUR" }],
    ["CURRENCY", undefined, { amount: "", currency: "" }, null],
  ])("%s: stored %j is input %j and goes back as %j", (type, stored, input, api) => {
    expect(toInputValue(field(type), stored)).toEqual(input);
    expect(toApiValue(field(type), toInputValue(field(type), stored) as never)).toEqual(api);
  });

  it("upper-cases a currency and clears money without an amount", () => {
    expect(toApiValue(field("CURRENCY"), { amount: 5, currency: " usd " })).toEqual({ amount: 5, currency: "USD" });
    expect(toApiValue(field("CURRENCY"), { amount: "", currency: "USD" })).toBeNull();
  });

  it("clears blank text and an empty date", () => {
    expect(toApiValue(field("TEXT"), "   ")).toBeNull();
    expect(toApiValue(field("DATE"), "")).toBeNull();
  });
});

describe("changedCustomValues", () => {
  const fields = [field("TEXT", "notes"), field("BOOLEAN", "visa"), field("NUMBER", "score"), field("MULTI_SELECT", "langs")];

  it("lists only the fields whose value changed, in field order", () => {
    const stored = { notes: "a", visa: false, score: 3, langs: ["de"] };
    const inputs = { langs: ["de", "en"], notes: "a", visa: true, score: 3 };
    expect(changedCustomValues(fields, stored, inputs)).toEqual([
      { key: "visa", value: true },
      { key: "langs", value: ["de", "en"] },
    ]);
  });

  it("clears a value that was emptied", () => {
    expect(changedCustomValues(fields, { notes: "a", score: 1 }, { notes: " ", score: "" })).toEqual([
      { key: "notes", value: null },
      { key: "score", value: null },
    ]);
  });

  it("does not set a yes/no that was never set and is still off", () => {
    expect(changedCustomValues(fields, {}, { visa: false })).toEqual([]);
    expect(changedCustomValues(fields, {}, { visa: true })).toEqual([{ key: "visa", value: true }]);
  });

  it("does set a yes/no from yes to no", () => {
    expect(changedCustomValues(fields, { visa: true }, { visa: false })).toEqual([{ key: "visa", value: false }]);
  });

  it("ignores fields that are not in the form", () => {
    expect(changedCustomValues(fields, { notes: "a" }, {})).toEqual([]);
  });
});

describe("formatCustomValue", () => {
  it.each<[CustomFieldDefinition, unknown, string]>([
    [field("BOOLEAN"), true, "Yes"],
    [field("BOOLEAN"), false, "No"],
    [field("NUMBER"), 1234.5, "1,234.5"],
    [field("DATE"), "2026-03-04", "Mar 4, 2026"],
    [select, "linkedin", "LinkedIn"],
    [select, "gone", "gone"],
    [field("MULTI_SELECT", "m", [{ value: "de", label: "German", isArchived: false }]), ["de", "fr"], "German, fr"],
    [field("CURRENCY"), { amount: 1500, currency: "EUR" }, "€1,500.00"],
    [field("CURRENCY"), { amount: 1, currency: "XYZW" }, "1 XYZW"],
    [field("TEXT"), "hello", "hello"],
    [field("TEXT"), undefined, ""],
    [field("TEXT"), null, ""],
  ])("formats %j's %j as %j", (definition, stored, text) => {
    expect(formatCustomValue(definition, stored)).toBe(text);
  });

  it("names users, and says when one is unknown", () => {
    const users = new Map([["u1", "Riley Recruiter"]]);
    expect(formatCustomValue(field("USER"), "u1", users)).toBe("Riley Recruiter");
    expect(formatCustomValue(field("USER"), "u2", users)).toBe("Unknown user");
  });
});
