/**
 * What an analyst (who may read everything and change nothing) sees in a real browser: the built server with the
 * demo data, driven through Debian's Chromium by playwright-core by roles and accessible names. Every page shows
 * its data and none of the controls that would write (the server would refuse them), and the job form's URL
 * answers with the read-only state. Screenshots of every step go to web/artifacts/e2e/read-only/.
 *
 * Needs `pnpm build` first (the root `pnpm test` does it) and /usr/bin/chromium (`apt-get install -y chromium`).
 * Without Chromium the suite is skipped with a notice, except under CI, where it fails.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { openBoard, signIn } from "./board-support/board-page";
import { createScreenshotter, describeInBrowser, launchBrowser, prepareArtifactsDir, type BrowserSession } from "./support/browser";
import { findSeededBoard } from "./board-support/jobs-setup";
import { ANALYST } from "./support/demo-users";
import { startServer, type RunningServer } from "./support/server";

describeInBrowser("an analyst's read-only view in Chromium", () => {
  let server: RunningServer | undefined;
  let browser: BrowserSession | undefined;
  let page: Page;
  const artifactsDir = prepareArtifactsDir("read-only");
  const screenshot = createScreenshotter(() => page, artifactsDir);

  beforeAll(async () => {
    server = await startServer({ logFile: path.join(artifactsDir, "server.log") });
    browser = await launchBrowser(server.url);
    page = browser.page;
    await signIn(page, ANALYST);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  afterEach(() => {
    // A working product logs no errors and throws nothing in the page.
    expect(browser?.pageErrors ?? []).toEqual([]);
  });

  it("lists the jobs and the talent pools without “New job”, “Edit” or “New pool”", async () => {
    await page.goto("/jobs");
    await page.getByRole("table", { name: "Jobs" }).waitFor();
    await page.getByTestId("job-row").first().waitFor();
    expect(await page.getByRole("banner").getByText("Analyst", { exact: true }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "New job" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: /^Edit / }).count()).toBe(0);
    expect(await page.getByRole("link", { name: /^Open the board of / }).count()).toBeGreaterThan(0);
    await screenshot("jobs");

    await page.goto("/pools");
    await page.getByRole("table", { name: "Talent pools" }).getByRole("link").first().waitFor();
    expect(await page.getByRole("button", { name: "New pool" }).count()).toBe(0);
    await screenshot("pools");
  }, 30_000);

  it("shows a board's cards without drag handles, “Move to…” menus, “Add candidates” or “Edit job”", async () => {
    const boardPath = await findSeededBoard(page, 1);
    expect(boardPath).not.toBeNull();
    await openBoard(page, boardPath!);
    const board = page.getByTestId("pipeline-board");
    const firstCard = board.getByRole("article").first();
    await firstCard.waitFor();
    expect(await board.getByRole("article").count()).toBeGreaterThan(1);
    expect(await board.getByTestId("board-card").getByRole("button").count()).toBe(0);
    expect(await page.getByTestId("card-move-menu").count()).toBe(0);
    expect(await board.locator("[aria-roledescription]").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Add candidates" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Edit job" }).count()).toBe(0);

    // Pulling a card with the mouse does not pick it up.
    const box = await firstCard.boundingBox();
    if (!box) throw new Error("the first card is not on screen");
    await page.mouse.move(box.x + box.width / 2, box.y + 16);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + 56, { steps: 6 });
    expect(await page.getByTestId("board-card-overlay").count()).toBe(0);
    await page.mouse.up();
    await screenshot("board");
  }, 30_000);

  it("lists the contacts without selection, bulk actions or “Save filter”", async () => {
    await page.goto("/contacts");
    const table = page.getByRole("table", { name: "Contacts" });
    await table.getByRole("row").filter({ has: page.getByRole("cell") }).first().waitFor();
    expect(await table.getByRole("checkbox").count()).toBe(0);
    expect(await page.getByRole("region", { name: "Bulk actions" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Save filter" }).count()).toBe(0);
    await screenshot("contacts");
  }, 30_000);

  it("shows a contact's record without edit controls or the form to log an interaction", async () => {
    await page.goto("/contacts");
    await page.getByRole("table", { name: "Contacts" }).getByRole("link").first().click();
    await page.waitForURL((url) => /^\/contacts\/[^/]+$/.test(url.pathname));
    await page.getByRole("heading", { name: "Details" }).waitFor();
    await page.getByRole("heading", { name: "Timeline" }).waitFor();
    expect(await page.getByRole("button", { name: "Edit details" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Edit custom fields" }).count()).toBe(0);
    expect(await page.getByRole("form", { name: "Log an interaction" }).count()).toBe(0);
    expect(await page.getByRole("textbox").count()).toBe(0);
    expect(await page.getByText("Tags", { exact: true }).count()).toBe(1);
    await screenshot("contact-record");
  }, 30_000);

  it("answers /jobs/new with the read-only state instead of the job form", async () => {
    await page.goto("/jobs/new");
    await page.getByRole("status").filter({ hasText: "You have read-only access" }).waitFor();
    expect(await page.getByRole("button", { name: "Create job" }).count()).toBe(0);
    expect(await page.getByRole("textbox").count()).toBe(0);
    await screenshot("new-job-read-only");

    await page.getByRole("link", { name: "Back to jobs" }).click();
    await page.getByRole("table", { name: "Jobs" }).waitFor();
  }, 30_000);
});
