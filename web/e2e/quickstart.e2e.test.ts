/**
 * The quickstart in a real browser: the built server (`node server/dist/main.js --seed-demo`, what `pnpm start`
 * runs) serving the built SPA, driven through Debian's Chromium by playwright-core, the way a person would use
 * it: by roles and accessible names. Screenshots of every step go to web/artifacts/e2e/.
 *
 * Needs `pnpm build` first (the root `pnpm test` does it) and /usr/bin/chromium (`apt-get install -y chromium`).
 * Without Chromium the test is skipped with a notice, except under CI, where it fails.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { startServer, type RunningServer } from "./support/server";

const CHROMIUM_PATH = "/usr/bin/chromium";
const WEB_ROOT = path.resolve(__dirname, "..");
const ARTIFACTS_DIR = path.join(WEB_ROOT, "artifacts", "e2e");

/** Seeded by `--seed-demo` (server/src/db/seed/demo-seed.ts). */
const DEMO = {
  email: "recruiter@demo.talentlane.dev",
  password: "talentlane-demo",
  userName: "Riley Recruiter",
  workspaceName: "Demo Recruiting Co",
  contactCount: "2,000 contacts",
};

const isCi = Boolean(process.env.CI) && !["0", "false"].includes(process.env.CI!.toLowerCase());
const hasChromium = fs.existsSync(CHROMIUM_PATH);

if (!hasChromium && !isCi) {
  process.stdout.write(`\nSKIPPED browser tests: ${CHROMIUM_PATH} is not installed (apt-get install -y chromium)\n\n`);
}

const describeInBrowser = hasChromium || isCi ? describe : describe.skip;

describeInBrowser("the quickstart in Chromium", () => {
  let server: RunningServer | undefined;
  let context: BrowserContext | undefined;
  let userDataDir: string | undefined;
  let page: Page;
  let screenshotCount = 0;
  /** Uncaught exceptions and console errors in the page: a working product has none. */
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!hasChromium) {
      throw new Error(`${CHROMIUM_PATH} is not installed, and CI needs the browser tests: apt-get install -y chromium`);
    }
    fs.rmSync(ARTIFACTS_DIR, { recursive: true, force: true });
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    server = await startServer({ logFile: path.join(ARTIFACTS_DIR, "server.log") });
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "talentlane-e2e-chromium-"));
    // playwright refuses --user-data-dir in `args`; a persistent context takes the folder instead.
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      locale: "en-US",
      viewport: { width: 1280, height: 800 },
      baseURL: server.url,
    });
    context.setDefaultTimeout(15_000);
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => pageErrors.push(`uncaught: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(`console.error: ${message.text()}`);
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await server?.stop();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  }, 60_000);

  /** Saves web/artifacts/e2e/<nn>-<name>.png. */
  async function screenshot(name: string): Promise<void> {
    screenshotCount += 1;
    const file = path.join(ARTIFACTS_DIR, `${String(screenshotCount).padStart(2, "0")}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
  }

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
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "The email or password is incorrect" });
    await alert.waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    await screenshot("wrong-password");

    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/contacts");
    await page.getByRole("status").filter({ hasText: DEMO.contactCount }).waitFor();
    const banner = page.getByRole("banner");
    await banner.getByText(DEMO.workspaceName).waitFor();
    await banner.getByText(DEMO.userName).waitFor();
    const headers = await page.getByRole("columnheader").allInnerTexts();
    expect(headers.map((text) => text.trim().toLowerCase())).toEqual(["name", "headline", "location", "company", "tags", "owner"]);
    expect(await contactRows().count()).toBeGreaterThan(0);
    expect(await page.title()).toBe("Contacts · Talentlane");
    await screenshot("contacts");

    const loadMore = page.getByRole("button", { name: "Load more" });
    const rowsBefore = await contactRows().count();
    await loadMore.click();
    await contactRows().nth(rowsBefore).waitFor();
    await screenshot("loaded-more");

    // The first row's full name, e.g. "Arnulfo Franey" (a surname alone also finds similar surnames).
    const nameCell = await contactRows().first().getByRole("cell").first().innerText();
    const searchTerm = nameCell.split("\n")[0].trim();
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
