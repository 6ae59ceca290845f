import { REJECT_CATEGORIES } from "@talentlane/shared";
import { isRejectCategory, REJECT_CATEGORY_OPTIONS, toRejectReasonInput, validateRejectReason } from "./reject-reasons";

describe("REJECT_CATEGORY_OPTIONS", () => {
  it("offers every category the API knows, each with a label", () => {
    expect(REJECT_CATEGORY_OPTIONS.map((option) => option.value)).toEqual([...REJECT_CATEGORIES]);
    expect(REJECT_CATEGORY_OPTIONS.every((option) => option.label.length > 0)).toBe(true);
  });
});

describe("validateRejectReason", () => {
  it("needs a category", () => {
    expect(validateRejectReason({ category: null, note: "" })).toEqual({ category: "Choose why the candidate is rejected" });
  });

  it("needs a note for OTHER", () => {
    expect(validateRejectReason({ category: "OTHER", note: "  " })).toEqual({ note: "Explain the reason in a note" });
    expect(validateRejectReason({ category: "OTHER", note: "Relocated" })).toEqual({});
  });

  it("accepts a category without a note", () => {
    expect(validateRejectReason({ category: "SKILLS", note: "" })).toEqual({});
  });
});

describe("toRejectReasonInput", () => {
  it("trims the note and sends null for an empty one", () => {
    expect(toRejectReasonInput({ category: "SKILLS", note: "  no Go  " })).toEqual({ category: "SKILLS", note: "no Go" });
    expect(toRejectReasonInput({ category: "SKILLS", note: " " })).toEqual({ category: "SKILLS", note: null });
  });

  it("gives nothing for an incomplete reason", () => {
    expect(toRejectReasonInput({ category: null, note: "x" })).toBeNull();
    expect(toRejectReasonInput({ category: "OTHER", note: "" })).toBeNull();
  });
});

describe("isRejectCategory", () => {
  it("recognises the API's categories only", () => {
    expect(isRejectCategory("SKILLS")).toBe(true);
    expect(isRejectCategory("skills")).toBe(false);
    expect(isRejectCategory(null)).toBe(false);
  });
});
