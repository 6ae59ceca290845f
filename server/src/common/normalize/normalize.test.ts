import { normalizeDomain } from "./domain";
import { normalizeEmail } from "./email";
import { canonicalizeLink } from "./link";
import { normalizePhone } from "./phone";

describe("emails", () => {
  it.each([
    [" Ada@Example.COM ", "ada@example.com"],
    ["first.last+tag@sub.example.co.uk", "first.last+tag@sub.example.co.uk"],
  ])("normalises %p", (raw, expected) => expect(normalizeEmail(raw)).toBe(expected));
  it.each(["", "no-at-sign", "two@@example.com", "a@b", "spaces in@example.com", `${"x".repeat(65)}@example.com`, "a@-example.com"])(
    "refuses %p",
    (raw) => expect(normalizeEmail(raw)).toBeNull(),
  );
});

describe("phones", () => {
  it.each([
    ["(415) 555-2671", "US", "+14155552671"],
    ["+44 20 7946 0958", null, "+442079460958"],
    ["020 7946 0958", "GB", "+442079460958"],
    ["030 901820", "DE", "+4930901820"],
  ])("reads %p in %p as E.164", (raw, country, expected) => expect(normalizePhone(raw, country)).toBe(expected));
  it.each([["12", "US"], ["(415) 555-2671", null], ["not a number", "US"], ["+1 999 999 99999999", null]])("refuses %p", (raw, country) =>
    expect(normalizePhone(raw, country)).toBeNull(),
  );
});

describe("profile links", () => {
  it.each([
    ["https://www.linkedin.com/in/Ada-Lovelace/?trk=x", null, { kind: "LINKEDIN", url: "https://linkedin.com/in/ada-lovelace" }],
    ["uk.linkedin.com/in/ada-lovelace/details/experience", null, { kind: "LINKEDIN", url: "https://linkedin.com/in/ada-lovelace" }],
    ["http://github.com/Ada/repo", null, { kind: "GITHUB", url: "https://github.com/ada" }],
    ["https://twitter.com/Ada", null, { kind: "TWITTER", url: "https://x.com/ada" }],
    ["https://ada.dev/portfolio/?utm_source=x&page=2#top", "PORTFOLIO", { kind: "PORTFOLIO", url: "https://ada.dev/portfolio?page=2" }],
  ] as const)("canonicalises %p", (raw, kind, expected) => expect(canonicalizeLink(raw, kind)).toEqual(expected));
  it.each(["javascript:alert(1)", "mailto:ada@example.com", "localhost", ""])("refuses %p", (raw) => expect(canonicalizeLink(raw, null)).toBeNull());
});

describe("company domains", () => {
  it.each([
    ["https://www.Acme.com/careers", "acme.com"],
    ["acme.co.uk", "acme.co.uk"],
    ["  sub.acme.io  ", "sub.acme.io"],
  ])("reads %p", (raw, expected) => expect(normalizeDomain(raw)).toBe(expected));
  it.each(["acme", "", "http://", "acme..com"])("refuses %p", (raw) => expect(normalizeDomain(raw)).toBeNull());
});
