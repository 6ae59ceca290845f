/**
 * Remote-search pickers in a real browser, against the built server with the demo data plus 60 jobs and 60 static
 * pools made through the API: the "Add to pool…" and "Add to job…" pickers and the filter builder's job picker
 * find a record past the first 50 by typing its name (the server narrows the list), the stage picker offers that
 * job's stages, and the actions land. Screenshots of every step go to web/artifacts/e2e/pickers/.
 *
 * Needs `pnpm build` first (the root `pnpm test` does it) and /usr/bin/chromium.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { createScreenshotter, describeInBrowser, launchBrowser, prepareArtifactsDir, signIn, type BrowserSession } from "./support/browser";
import { RECRUITER } from "./support/demo-users";
import { startServer, type RunningServer } from "./support/server";

const EXTRA_RECORDS = 60;
/** Created 5th of 60: past the newest 50 jobs, which is all the pickers could offer before. */
const FAR_JOB = "Picker job 005";
/** 57th of 60 by name: past the first 50 pools by name. */
const FAR_POOL = "Picker pool 057";

describeInBrowser("remote-search pickers in Chromium", () => {
  let server: RunningServer | undefined;
  let browser: BrowserSession | undefined;
  let page: Page;
  const artifactsDir = prepareArtifactsDir("pickers");
  const screenshot = createScreenshotter(() => page, artifactsDir);
  const jobIds = new Map<string, string>();
  const poolIds = new Map<string, string>();

  beforeAll(async () => {
    server = await startServer({ logFile: path.join(artifactsDir, "server.log") });
    browser = await launchBrowser(server.url);
    page = browser.page;
    await page.goto("/contacts");
    await page.waitForURL((url) => url.pathname === "/login");
    await signIn(page, RECRUITER.email, RECRUITER.password);
    await page.waitForURL((url) => url.pathname === "/contacts");
    for (let index = 1; index <= EXTRA_RECORDS; index += 1) {
      const number = String(index).padStart(3, "0");
      const job = await graphqlInPage<{ data: { createJob: { job: { id: string } } } }>(`mutation ($input: CreateJobInput!) { createJob(input: $input) { job { id } } }`, {
        input: { title: `Picker job ${number}`, status: "OPEN" },
      });
      jobIds.set(`Picker job ${number}`, job.data.createJob.job.id);
      const pool = await graphqlInPage<{ data: { createTalentPool: { talentPool: { id: string } } } }>(
        `mutation ($input: CreateTalentPoolInput!) { createTalentPool(input: $input) { talentPool { id } } }`,
        { input: { name: `Picker pool ${number}`, kind: "STATIC" } },
      );
      poolIds.set(`Picker pool ${number}`, pool.data.createTalentPool.talentPool.id);
    }
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  /** Runs a GraphQL request with the page's session. */
  async function graphqlInPage<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    return page.evaluate(
      async ({ query, variables }) => {
        const response = await fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
        return response.json();
      },
      { query, variables },
    );
  }

  function bulkBar() {
    return page.getByRole("region", { name: "Bulk actions" });
  }

  function contactRows() {
    return page.getByRole("table", { name: "Contacts" }).getByRole("row").filter({ has: page.getByRole("cell") });
  }

  /** Types `text` into the picker named `name` inside `scope` and picks the option `option` the server found. */
  async function search(scope: ReturnType<Page["getByRole"]>, name: string, text: string, option: string): Promise<void> {
    const combobox = scope.getByRole("combobox", { name, exact: true });
    await combobox.click();
    await combobox.fill(text);
    const item = page.getByRole("option", { name: option, exact: true });
    await item.waitFor();
    await item.click();
    expect(await combobox.inputValue()).toBe(option);
  }

  /** Ticks the first `count` rows of the contacts list and returns their ids (from their record links). */
  async function tickContacts(count: number): Promise<string[]> {
    await contactRows().first().waitFor();
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const row = contactRows().nth(index);
      await row.getByRole("checkbox").check();
      const href = (await row.getByRole("link").first().getAttribute("href")) ?? "";
      ids.push(decodeURIComponent(href.split("/").pop() ?? ""));
    }
    await bulkBar().getByRole("status").filter({ hasText: `${count} selected` }).waitFor();
    return ids;
  }

  it("adds contacts to a static pool past the first 50, found by typing its name", async () => {
    await page.goto("/contacts");
    const contactIds = await tickContacts(2);
    await bulkBar().getByRole("button", { name: "Add to pool…" }).click();
    const dialog = page.getByRole("dialog", { name: "Add 2 contacts to a talent pool" });
    // Opened empty, the picker offers the first pools by name; no "Picker pool 057" among them.
    await dialog.getByRole("combobox", { name: "Talent pool", exact: true }).click();
    await page.getByRole("option").first().waitFor();
    expect(await page.getByRole("option", { name: FAR_POOL, exact: true }).count()).toBe(0);
    await search(dialog, "Talent pool", "pool 057", FAR_POOL);
    await screenshot("pool-found-by-search");
    await dialog.getByRole("button", { name: "Add to pool" }).click();
    await page.getByRole("alert").filter({ hasText: "Added to pool" }).filter({ hasText: `2 contacts added to ${FAR_POOL}` }).waitFor();
    await dialog.waitFor({ state: "detached" });

    const members = await graphqlInPage<{ data: { talentPool: { members: { nodes: Array<{ id: string }> } } } }>(
      `query ($id: ID!) { talentPool(id: $id) { members(first: 10) { nodes { id } } } }`,
      { id: poolIds.get(FAR_POOL) },
    );
    expect(members.data.talentPool.members.nodes.map((node) => node.id).sort()).toEqual([...contactIds].sort());
    expect(browser!.pageErrors).toEqual([]);
  }, 120_000);

  it("adds contacts to a job past the first 50 in its second stage, then filters by that job", async () => {
    await page.goto("/contacts");
    const contactIds = await tickContacts(3);
    await bulkBar().getByRole("button", { name: "Add to job…" }).click();
    const dialog = page.getByRole("dialog", { name: "Add 3 contacts to a job" });
    await search(dialog, "Job", "job 005", FAR_JOB);
    // The stage picker offers the chosen job's stages, read for it.
    const stage = dialog.getByRole("combobox", { name: "Starting stage", exact: true });
    await stage.click();
    const secondStage = page.getByRole("option").nth(1);
    const stageName = (await secondStage.innerText()).trim();
    await secondStage.click();
    await screenshot("job-found-by-search");
    await dialog.getByRole("button", { name: "Add to job" }).click();
    await page.getByRole("alert").filter({ hasText: `Added to ${FAR_JOB}` }).filter({ hasText: "3 contacts added" }).waitFor();
    await dialog.waitFor({ state: "detached" });

    const board = await graphqlInPage<{ data: { job: { applications: { nodes: Array<{ stage: { name: string }; contact: { id: string } }> } } } }>(
      `query ($id: ID!) { job(id: $id) { applications(first: 10) { nodes { stage { name } contact { id } } } } }`,
      { id: jobIds.get(FAR_JOB) },
    );
    const applications = board.data.job.applications.nodes;
    expect(applications.map((application) => application.contact.id).sort()).toEqual([...contactIds].sort());
    expect(new Set(applications.map((application) => application.stage.name))).toEqual(new Set([stageName]));

    // The filter builder's job picker finds the same job, and its stage picker offers the job's stages.
    const builder = page.getByRole("region", { name: "Filter contacts" });
    await builder.getByRole("button", { name: "Add condition" }).click();
    await page.getByRole("menuitem", { name: "Application stage", exact: true }).click();
    const condition = builder.getByRole("group", { name: "Condition 1: Application stage" });
    await search(condition, "Job", "job 005", FAR_JOB);
    await page.waitForURL((url) => decodeFilter(url).includes(jobIds.get(FAR_JOB)!));
    await page.getByRole("status").filter({ hasText: /^3 contacts$/ }).waitFor();
    await condition.getByRole("combobox", { name: "Stage", exact: true }).click();
    await page.getByRole("option", { name: stageName, exact: true }).click();
    await page.waitForURL((url) => decodeFilter(url).includes("stage"));
    await page.getByRole("status").filter({ hasText: /^3 contacts$/ }).waitFor();
    await screenshot("filtered-by-far-job");

    // After a reload the picker still names the job, though it is not among the jobs the page loaded.
    await page.reload();
    await page.getByRole("status").filter({ hasText: /^3 contacts$/ }).waitFor();
    const reloaded = builder.getByRole("group", { name: "Condition 1: Application stage" });
    await page.waitForFunction(
      ([job, stage]) => {
        const values = [...document.querySelectorAll("input")].map((input) => input.value);
        return values.includes(job) && values.includes(stage);
      },
      [FAR_JOB, stageName],
    );
    expect(await reloaded.getByRole("combobox", { name: "Job", exact: true }).inputValue()).toBe(FAR_JOB);
    expect(await reloaded.getByRole("combobox", { name: "Stage", exact: true }).inputValue()).toBe(stageName);
    await screenshot("far-job-filter-after-reload");

    // Saving the filter as a dynamic pool describes it in words, naming the job and its stage (read by id).
    await page.getByRole("button", { name: "Save filter" }).click();
    await page.getByRole("menuitem", { name: "As a dynamic pool…" }).click();
    const saveDialog = page.getByRole("dialog", { name: "Save filter as a dynamic pool" });
    await saveDialog.getByRole("listitem").filter({ hasText: `Has an application: job ${FAR_JOB}, stage ${stageName}` }).waitFor();
    await screenshot("far-job-filter-described");
    await saveDialog.getByRole("button", { name: "Cancel" }).click();
    await saveDialog.waitFor({ state: "detached" });
    expect(browser!.pageErrors).toEqual([]);
  }, 120_000);

  it("tells when nothing matches", async () => {
    await page.goto("/contacts");
    await tickContacts(1);
    await bulkBar().getByRole("button", { name: "Add to job…" }).click();
    const dialog = page.getByRole("dialog", { name: "Add 1 contact to a job" });
    const combobox = dialog.getByRole("combobox", { name: "Job", exact: true });
    await combobox.click();
    await combobox.fill("no job is called this");
    await page.getByRole("listbox", { name: "Job" }).getByText("No matches", { exact: true }).waitFor();
    await screenshot("no-matches");
    await combobox.press("Escape");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(browser!.pageErrors).toEqual([]);
  }, 60_000);
});

/** The `?f=` filter of `url`, decoded (base64url of JSON), as text. */
function decodeFilter(url: URL): string {
  const encoded = url.searchParams.get("f");
  return encoded ? Buffer.from(encoded, "base64url").toString("utf8") : "";
}
