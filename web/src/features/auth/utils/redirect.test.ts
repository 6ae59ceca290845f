import { buildLoginPath, HOME_PATH, safeRedirectPath } from "./redirect";

describe("safeRedirectPath", () => {
  it("keeps a path on this site with its query and hash", () => {
    expect(safeRedirectPath("/contacts?q=ada%20lovelace#top")).toBe("/contacts?q=ada%20lovelace#top");
  });

  it("goes home when nothing was asked for", () => {
    expect(safeRedirectPath(null)).toBe(HOME_PATH);
    expect(safeRedirectPath(undefined)).toBe(HOME_PATH);
    expect(safeRedirectPath("")).toBe(HOME_PATH);
  });

  it.each([
    ["an absolute URL", "https://evil.example/contacts"],
    ["a protocol-relative URL", "//evil.example/contacts"],
    ["a backslash trick", "/\\evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "contacts"],
    ["a tab inside the host part", "/\t/evil.example"],
    ["a newline", "/contacts\n"],
  ])("refuses %s", (_what, candidate) => {
    expect(safeRedirectPath(candidate)).toBe(HOME_PATH);
  });

  it("does not send people back to the login page or the root redirect", () => {
    expect(safeRedirectPath("/login?next=/login")).toBe(HOME_PATH);
    expect(safeRedirectPath("/")).toBe(HOME_PATH);
  });

  it("resolves dot segments instead of passing them on", () => {
    expect(safeRedirectPath("/contacts/../settings")).toBe("/settings");
  });
});

describe("buildLoginPath", () => {
  it("remembers where the person was", () => {
    expect(buildLoginPath("/contacts?q=rust")).toBe("/login?next=%2Fcontacts%3Fq%3Drust");
  });

  it("leaves out the home page, where signing in goes anyway", () => {
    expect(buildLoginPath("/contacts")).toBe("/login");
  });

  it("does not remember unsafe targets", () => {
    expect(buildLoginPath("//evil.example")).toBe("/login");
  });
});
