import { LIMITS } from "@talentlane/shared";
import { normalizeSearchText, readSearchText, SEARCH_PARAM, withSearchText } from "./search-params";

describe("normalizeSearchText", () => {
  it("trims the ends and collapses inner runs of whitespace", () => {
    expect(normalizeSearchText("  ada \t  lovelace \n")).toBe("ada lovelace");
  });

  it("answers an empty string for blank input", () => {
    expect(normalizeSearchText("")).toBe("");
    expect(normalizeSearchText(" \t\n ")).toBe("");
  });

  it("keeps letters of any script, punctuation and case as typed", () => {
    expect(normalizeSearchText("Zoë O'Brien-Łukasz 李")).toBe("Zoë O'Brien-Łukasz 李");
  });

  it("cuts the text to the API's search length limit", () => {
    const long = "a".repeat(LIMITS.searchMaxLength + 50);
    expect(normalizeSearchText(long)).toHaveLength(LIMITS.searchMaxLength);
  });

  it("does not leave a trailing space where the cut falls after a word", () => {
    const text = `${"a".repeat(LIMITS.searchMaxLength - 1)} b`;
    expect(normalizeSearchText(text)).toBe("a".repeat(LIMITS.searchMaxLength - 1));
  });
});

describe("readSearchText", () => {
  it("reads the q parameter, normalised", () => {
    expect(readSearchText(new URLSearchParams("q=%20berlin%20%20engineer%20"))).toBe("berlin engineer");
  });

  it("answers an empty string when there is no q parameter or it is blank", () => {
    expect(readSearchText(new URLSearchParams(""))).toBe("");
    expect(readSearchText(new URLSearchParams("q="))).toBe("");
    expect(readSearchText(new URLSearchParams("q=+++"))).toBe("");
  });

  it("decodes plus signs and percent escapes", () => {
    expect(readSearchText(new URLSearchParams("q=ren%C3%A9e+m%C3%BCller"))).toBe("renée müller");
  });

  it("uses the first q when the URL repeats it", () => {
    expect(readSearchText(new URLSearchParams("q=first&q=second"))).toBe("first");
  });
});

describe("withSearchText", () => {
  it("sets q to the normalised text", () => {
    expect(withSearchText(new URLSearchParams(), "  rust   developer ").toString()).toBe("q=rust+developer");
  });

  it("removes q when the text is blank", () => {
    expect(withSearchText(new URLSearchParams("q=old"), "   ").has(SEARCH_PARAM)).toBe(false);
  });

  it("replaces an existing q and keeps the other parameters in order", () => {
    const next = withSearchText(new URLSearchParams("view=compact&q=old&sort=name"), "new");
    expect(next.toString()).toBe("view=compact&q=new&sort=name");
  });

  it("does not change the parameters it was given", () => {
    const params = new URLSearchParams("q=old");
    withSearchText(params, "new");
    expect(params.toString()).toBe("q=old");
  });

  it("round-trips text with characters that need escaping", () => {
    const text = "C++ & C# / 100% @home?";
    expect(readSearchText(withSearchText(new URLSearchParams(), text))).toBe(text);
  });
});
