/**
 * Gmail-style "select all matching" on the Contacts page in a real browser, against the built server with the
 * demo data (2,000 contacts, loaded 50 at a time): filter by a tag, tick every loaded row, select all contacts
 * that match, tag them with a fresh tag, and find through the filter that every one of them got it, not only
 * the 50 loaded rows. Also: unticking a row or changing the search gives up "all matching", and a refused
 * bulk action shows the API's message in its dialog and keeps the selection. Screenshots of every step go to
 * web/artifacts/e2e/bulk/.
 *
 * Needs `pnpm build` first (the root `pnpm test` does it) and /usr/bin/chromium.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { createScreenshotter, describeInBrowser, launchBrowser, prepareArtifactsDir, signIn, type BrowserSession } from "./support/browser";
import { RECRUITER } from "./support/demo-users";
import { startServer, type RunningServer } from "./support/server";

/** A demo tag (server/src/db/seed/demo-data.ts) that hundreds of the 2,000 demo contacts have. */
const SEED_TAG = "Passive";
const PAGE_SIZE = 50;

describeInBrowser("selecting all matching contacts in Chromium", () => {
  let server: RunningServer | undefined;
  let browser: BrowserSession | undefined;
  let page: Page;
  const artifactsDir = prepareArtifactsDir("bulk");
  const screenshot = createScreenshotter(() => page, artifactsDir);

  beforeAll(async () => {
    server = await startServer({ logFile: path.join(artifactsDir, "server.log") });
    browser = await launchBrowser(server.url);
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  function bulkBar() {
    return page.getByRole("region", { name: "Bulk actions" });
  }

  function contactRows() {
    return page.getByRole("table", { name: "Contacts" }).getByRole("row").filter({ has: page.getByRole("cell") });
  }

  function selectAllLoaded() {
    return page.getByRole("checkbox", { name: "Select all loaded contacts" });
  }

  /** Waits until the page's count line says `count` contacts and the list is no longer updating. */
  async function waitForContactCount(count: number): Promise<void> {
    const text = `${count.toLocaleString("en-US")} ${count === 1 ? "contact" : "contacts"}`;
    await page.getByRole("status").filter({ hasText: new RegExp(`^${text}$`) }).waitFor();
    await page.getByText(`Showing ${Math.min(count, PAGE_SIZE)} of ${count.toLocaleString("en-US")}`, { exact: true }).waitFor();
  }

  /** The page's count line ("423 contacts") once the list has settled after a change from `before`. */
  async function readSettledCount(before: string): Promise<number> {
    const status = page.getByRole("status").filter({ hasText: /^\d[\d,]* contacts?$/ }).filter({ hasNotText: new RegExp(`^${before}$`) });
    await status.waitFor();
    const count = Number((await status.innerText()).replace(/\D/g, ""));
    await waitForContactCount(count);
    return count;
  }

  /** Adds a "Tags: has any of `tag`" condition to the contacts filter. */
  async function addTagCondition(tag: string): Promise<void> {
    const builder = page.getByRole("region", { name: "Filter contacts" });
    await builder.getByRole("button", { name: "Add condition" }).click();
    await page.getByRole("menuitem", { name: "Tags", exact: true }).click();
    const tags = builder.getByRole("combobox", { name: "Tags", exact: true });
    await tags.fill(tag);
    await tags.press("Enter");
  }

  /** Ticks every loaded row, then takes the bar's offer to select all `count` matching contacts. */
  async function selectAllMatching(count: number): Promise<void> {
    const formatted = count.toLocaleString("en-US");
    await selectAllLoaded().check();
    await bulkBar().getByText(`All ${PAGE_SIZE} loaded contacts are selected.`).waitFor();
    await bulkBar().getByRole("button", { name: `Select all ${formatted} contacts that match` }).click();
    await bulkBar().getByRole("status").filter({ hasText: `All ${formatted} matching contacts selected` }).waitFor();
  }

  /** Picks `option` in the Mantine select (a combobox) named `name` inside `scope`. */
  async function choose(scope: ReturnType<Page["getByRole"]>, name: string, option: string | null): Promise<string> {
    await scope.getByRole("combobox", { name, exact: true }).click();
    const item = option === null ? page.getByRole("option").first() : page.getByRole("option", { name: option, exact: true });
    const label = (await item.innerText()).trim();
    await item.click();
    return label;
  }

  it("tags every contact matching the filter, not only the loaded rows", async () => {
    await page.goto("/contacts");
    await page.waitForURL((url) => url.pathname === "/login");
    await signIn(page, RECRUITER.email, RECRUITER.password);
    await page.waitForURL((url) => url.pathname === "/contacts");
    await waitForContactCount(2000);

    await addTagCondition(SEED_TAG);
    await page.waitForURL((url) => url.searchParams.has("f"));
    const matching = await readSettledCount("2,000 contacts");
    expect(matching).toBeGreaterThan(PAGE_SIZE);
    expect(matching).toBeLessThan(2000);
    const formatted = matching.toLocaleString("en-US");
    await screenshot("filtered-by-tag");

    // Ticking the header checkbox selects the 50 loaded rows and offers the rest.
    await selectAllLoaded().check();
    await bulkBar().getByText(`All ${PAGE_SIZE} loaded contacts are selected.`).waitFor();
    await bulkBar().getByRole("button", { name: `Select all ${formatted} contacts that match` }).waitFor();
    await screenshot("all-loaded-selected");
    await bulkBar().getByRole("button", { name: `Select all ${formatted} contacts that match` }).click();
    await bulkBar().getByRole("status").filter({ hasText: `All ${formatted} matching contacts selected` }).waitFor();
    expect(await bulkBar().getByRole("button", { name: "Clear selection" }).count()).toBe(1);
    await screenshot("all-matching-selected");

    // Unticking a row falls back to the loaded rows minus that one.
    await contactRows().first().getByRole("checkbox").uncheck();
    await bulkBar().getByRole("status").filter({ hasText: `${PAGE_SIZE - 1} selected` }).waitFor();
    expect(await bulkBar().getByRole("button", { name: /^Select all .* that match$/ }).count()).toBe(0);
    await screenshot("one-row-unticked");

    // A new search is a new list: "all matching" does not carry over, nor back.
    await selectAllMatching(matching);
    const search = page.getByRole("searchbox", { name: "Search contacts" });
    await search.fill("a");
    await page.waitForURL((url) => url.searchParams.get("q") === "a");
    await bulkBar().waitFor({ state: "detached" });
    await search.fill("");
    await page.waitForURL((url) => !url.searchParams.has("q"));
    await waitForContactCount(matching);
    expect(await bulkBar().count()).toBe(0);

    // Tag all of them with a fresh tag; the dialog names how many.
    await selectAllMatching(matching);
    const freshTag = `Bulk ${Date.now()}`;
    await bulkBar().getByRole("button", { name: "Tag…" }).click();
    const dialog = page.getByRole("dialog", { name: `Tag all ${formatted} matching contacts` });
    await dialog.getByText(`This applies to every contact that matches the filter: ${formatted} contacts, including those not loaded yet.`).waitFor();
    const tagsToAdd = dialog.getByRole("combobox", { name: "Tags to add" });
    await tagsToAdd.fill(freshTag);
    await tagsToAdd.press("Enter");
    // Leave the field so its suggestions close (Escape would close the dialog).
    await tagsToAdd.press("Tab");
    await screenshot("tagging-all-matching");
    await dialog.getByRole("button", { name: "Add tags" }).click();
    await page.getByRole("alert").filter({ hasText: "Tagged" }).filter({ hasText: `${freshTag} added to ${formatted} contacts.` }).waitFor();
    await dialog.waitFor({ state: "detached" });
    await bulkBar().waitFor({ state: "detached" });
    // The list was read again: its rows show the new tag.
    await contactRows().first().getByText(freshTag).waitFor();
    await screenshot("tagged");

    // Filtering by the fresh tag finds every matching contact, not only the 50 that were loaded.
    await page.getByRole("button", { name: `Remove condition 1: Tags` }).click();
    await addTagCondition(freshTag);
    await page.waitForURL((url) => (url.searchParams.get("f") ?? "").length > 0 && decodeFilter(url).includes(freshTag));
    await waitForContactCount(matching);
    await screenshot("filtered-by-fresh-tag");

    expect(browser!.pageErrors).toEqual([]);
  }, 180_000);

  it("shows the API's refusal of a bulk action in its dialog and keeps the selection", async () => {
    await page.goto("/contacts");
    await waitForContactCount(2000);
    await addTagCondition(SEED_TAG);
    const matching = await readSettledCount("2,000 contacts");
    const formatted = matching.toLocaleString("en-US");
    await selectAllMatching(matching);

    // New applications may not start in the Hired stage: the API refuses the whole request.
    await bulkBar().getByRole("button", { name: "Add to job…" }).click();
    const dialog = page.getByRole("dialog", { name: `Add all ${formatted} matching contacts to a job` });
    const jobTitle = await choose(dialog, "Job", null);
    await choose(dialog, "Starting stage", "Hired");
    await dialog.getByRole("button", { name: "Add to job" }).click();
    await dialog.getByRole("alert").filter({ hasText: "new applications cannot start hired or rejected" }).waitFor();
    await screenshot("add-to-job-refused");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    await bulkBar().getByRole("status").filter({ hasText: `All ${formatted} matching contacts selected` }).waitFor();

    // The dialog kept its job while closed; an active stage works, and every matching contact is added, or
    // skipped as already on the job.
    await bulkBar().getByRole("button", { name: "Add to job…" }).click();
    await dialog.waitFor();
    expect(await dialog.getByRole("combobox", { name: "Job", exact: true }).inputValue()).toBe(jobTitle);
    await choose(dialog, "Starting stage", null);
    await dialog.getByRole("button", { name: "Add to job" }).click();
    const done = page.getByRole("alert").filter({ hasText: `Added to ${jobTitle}` });
    await done.waitFor();
    const message = await done.innerText();
    const added = Number(/([\d,]+) contacts? added/.exec(message)?.[1].replace(/,/g, "") ?? NaN);
    const skipped = Number(/([\d,]+) contacts? skipped/.exec(message)?.[1].replace(/,/g, "") ?? 0);
    expect(added + skipped).toBe(matching);
    await bulkBar().waitFor({ state: "detached" });
    await screenshot("added-to-job");

    expect(browser!.pageErrors).toEqual([]);
  }, 120_000);
});

/** The `?f=` filter of `url`, decoded (base64url of JSON), as text. */
function decodeFilter(url: URL): string {
  const encoded = url.searchParams.get("f");
  return encoded ? Buffer.from(encoded, "base64url").toString("utf8") : "";
}
