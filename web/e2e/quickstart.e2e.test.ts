/**
 * The quickstart in a real browser: the built server (`node server/dist/main.js --seed-demo`, what `pnpm start`
 * runs) serving the built SPA, driven through Debian's Chromium by playwright-core, the way a person would use
 * it: by roles and accessible names. Screenshots of every step go to web/artifacts/e2e/.
 *
 * Needs `pnpm build` first (the root `pnpm test` does it) and /usr/bin/chromium (`apt-get install -y chromium`).
 * Without Chromium the test is skipped with a notice, except under CI, where it fails.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { createScreenshotter, describeInBrowser, launchBrowser, prepareArtifactsDir, type BrowserSession } from "./support/browser";
import { startServer, type RunningServer } from "./support/server";

/** Seeded by `--seed-demo` (server/src/db/seed/demo-seed.ts). */
const DEMO = {
  email: "recruiter@demo.talentlane.dev",
  password: "talentlane-demo",
  userName: "Riley Recruiter",
  workspaceName: "Demo Recruiting Co",
  contactCount: "2,000 contacts",
};

describeInBrowser("the quickstart in Chromium", () => {
  let server: RunningServer | undefined;
  let browser: BrowserSession | undefined;
  let page: Page;
  let pageErrors: string[] = [];
  const artifactsDir = prepareArtifactsDir("quickstart");
  const screenshot = createScreenshotter(() => page, artifactsDir);

  beforeAll(async () => {
    server = await startServer({ logFile: path.join(artifactsDir, "server.log") });
    browser = await launchBrowser(server.url);
    page = browser.page;
    pageErrors = browser.pageErrors;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  function contactRows() {
    // The first row holds the column headers.
    return page.getByRole("table", { name: "Contacts" }).getByRole("row").filter({ has: page.getByRole("cell") });
  }

  it("lets a recruiter sign in, search contacts and sign out", async () => {
    await page.goto("/contacts");
    await page.waitForURL((url) => url.pathname === "/login");
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await screenshot("redirected-to-login");

    await page.getByRole("textbox", { name: "Email" }).fill(DEMO.email);
    await page.getByLabel("Password", { exact: true }).fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "The email or password is incorrect" });
    await alert.waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    await screenshot("wrong-password");

    await page.getByLabel("Password", { exact: true }).fill(DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/contacts");
    await page.getByRole("status").filter({ hasText: DEMO.contactCount }).waitFor();
    const banner = page.getByRole("banner");
    await banner.getByText(DEMO.workspaceName).waitFor();
    await banner.getByText(DEMO.userName).waitFor();
    const headers = await page.getByRole("columnheader").allInnerTexts();
    // The first column holds the "select all" checkbox.
    expect(headers.map((text) => text.trim().toLowerCase())).toEqual(["", "name", "headline", "location", "company", "tags", "owner"]);
    await page.getByRole("checkbox", { name: "Select all loaded contacts" }).waitFor();
    expect(await contactRows().count()).toBeGreaterThan(0);
    expect(await page.title()).toBe("Contacts · Talentlane");
    await screenshot("contacts");

    // Infinite scroll: scrolling the table to its end loads the next page (50 more of 2,000).
    await page.getByText("Showing 50 of 2,000").waitFor();
    await page.getByTestId("virtual-table-scroll").evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await page.getByText("Showing 100 of 2,000").waitFor();
    await screenshot("scrolled-loaded-more");
    // The button does the same for keyboard users.
    await page.getByRole("button", { name: "Load more" }).click();
    await page.getByText("Showing 150 of 2,000").waitFor();
    await page.getByTestId("virtual-table-scroll").evaluate((element) => element.scrollTo(0, 0));

    // The first row's full name, e.g. "Arnulfo Franey" (a surname alone also finds similar surnames).
    const searchTerm = (await contactRows().first().getByRole("link").innerText()).trim();
    expect(searchTerm).not.toBe("");
    await page.getByRole("searchbox", { name: "Search contacts" }).fill(searchTerm);
    await page.waitForURL((url) => url.searchParams.get("q") === searchTerm);
    await page.getByRole("status").filter({ hasNotText: DEMO.contactCount }).filter({ hasText: /\d+ contacts?$/ }).waitFor();
    await expectSearchResultsFor(searchTerm);
    expect(page.url()).toContain("q=");
    await screenshot("searched");

    await page.reload();
    await page.getByRole("table", { name: "Contacts" }).waitFor();
    expect(await page.getByRole("searchbox", { name: "Search contacts" }).inputValue()).toBe(searchTerm);
    await expectSearchResultsFor(searchTerm);
    await screenshot("search-restored-after-reload");

    await page.getByRole("searchbox", { name: "Search contacts" }).fill("qxzvjkw");
    await page.getByText("No contacts match “qxzvjkw”").waitFor();
    await page.getByRole("status").filter({ hasText: "0 contacts" }).waitFor();
    expect(await page.getByRole("table", { name: "Contacts" }).count()).toBe(0);
    await screenshot("no-match");

    await page.getByRole("searchbox", { name: "Search contacts" }).fill("");
    await page.waitForURL((url) => !url.searchParams.has("q"));
    await page.getByRole("status").filter({ hasText: DEMO.contactCount }).waitFor();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/login");
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await screenshot("signed-out");

    // The session really ended: the contacts list sends us back to the login page.
    await page.goto("/contacts");
    await page.waitForURL((url) => url.pathname === "/login");
    await page.getByRole("button", { name: "Sign in" }).waitFor();

    expect(pageErrors).toEqual([]);
  }, 120_000);

  /**
   * The search narrowed the list to the contact searched for, ranked first. The API's search is fuzzy (it
   * forgives typos, so "Flo Sanford" also finds "Janiya Sanford"), so the other rows need only share a word
   * of the name with it.
   */
  async function expectSearchResultsFor(term: string): Promise<void> {
    const total = await page.getByRole("status").filter({ hasText: /contacts?$/ }).innerText();
    expect(total).not.toBe(DEMO.contactCount);
    const rows = (await contactRows().allInnerTexts()).map((text) => text.toLowerCase());
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toContain(term.toLowerCase());
    const words = term.toLowerCase().split(/\s+/);
    const unrelatedRows = rows.filter((row) => !words.some((word) => row.includes(word)));
    expect(unrelatedRows).toEqual([]);
  }

  it("answers a sign-in and a filtered contacts query over plain HTTP, as an integrator would", async () => {
    const login = await fetch(`${server!.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation ($input: LoginInput!) { login(input: $input) { user { name } } }`,
        variables: { input: { email: DEMO.email, password: DEMO.password } },
      }),
    });
    expect((await login.json()).data.login.user.name).toBe(DEMO.userName);
    const cookie = login.headers.getSetCookie().map((header) => header.split(";")[0]).join("; ");
    const filtered = await fetch(`${server!.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({
        query: `query ($filter: ContactFilter) { contacts(filter: $filter, first: 100) { totalCount nodes { location { country } skills { name } } } }`,
        variables: { filter: { location: { country: { equalTo: "US" } }, skills: { anyOf: [{ name: "TypeScript" }, { name: "Python" }] } } },
      }),
    });
    const body = await filtered.json();
    expect(body.errors).toBeUndefined();
    const { totalCount, nodes } = body.data.contacts;
    expect(totalCount).toBeGreaterThan(0);
    expect(totalCount).toBeLessThan(2000);
    for (const node of nodes as Array<{ location: { country: string }; skills: Array<{ name: string }> }>) {
      expect(node.location.country).toBe("US");
      expect(node.skills.some((skill) => ["typescript", "python"].includes(skill.name.toLowerCase()))).toBe(true);
    }
  });
});
