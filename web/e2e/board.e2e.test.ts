/**
 * The jobs list, the job form and the pipeline board in a real browser: the built server (`node server/dist/main.js
 * --seed-demo`, what `pnpm start` runs) with the demo data, driven through Debian's Chromium by playwright-core by
 * roles and accessible names. Cards move with the mouse, with dnd-kit's keyboard sensor and with each card's
 * "Move to…" menu; every move is checked after a reload. Screenshots of every step go to web/artifacts/e2e/board/.
 *
 * Needs `pnpm build` first (the root `pnpm test` does it) and /usr/bin/chromium (`apt-get install -y chromium`).
 * Without Chromium the suite is skipped with a notice, except under CI, where it fails. The cards are moved on the
 * seeded job with the most cards; without demo jobs (or with E2E_BOARD_FROM_SCRATCH=1) a job is created and filled
 * through the UI first.
 */
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import {
  card,
  cardNames,
  column,
  columnCount,
  dragWithMouse,
  openBoard,
  pickNeighbours,
  readColumns,
  signIn,
  waitForAnnouncement,
  waitForCount,
} from "./board-support/board-page";
import { createScreenshotter, describeInBrowser, launchBrowser, prepareArtifactsDir, type BrowserSession } from "./support/browser";
import { createJobWithCandidates, findSeededBoard } from "./board-support/jobs-setup";
import { startServer, type RunningServer } from "./support/server";

describeInBrowser("the jobs list, the job form and the pipeline board in Chromium", () => {
  let server: RunningServer | undefined;
  let browser: BrowserSession | undefined;
  let page: Page;
  /** The board the tests move cards on: a seeded job, or one made through the UI when the seed has none. */
  let boardPath: string;
  const artifactsDir = prepareArtifactsDir("board");
  const screenshot = createScreenshotter(() => page, artifactsDir);

  beforeAll(async () => {
    server = await startServer({ logFile: path.join(artifactsDir, "server.log") });
    browser = await launchBrowser(server.url);
    page = browser.page;
    await signIn(page);
    // E2E_BOARD_FROM_SCRATCH=1 ignores the seeded jobs and builds the board through the UI, as without demo jobs.
    const seeded = process.env.E2E_BOARD_FROM_SCRATCH ? null : await findSeededBoard(page);
    boardPath = seeded ?? (await createJobWithCandidates(page, "E2E board job"));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  afterEach(() => {
    // A working product logs no errors and throws nothing in the page.
    expect(browser?.pageErrors ?? []).toEqual([]);
  });

  /** Whether `locator` has keyboard focus. */
  async function isFocused(locator: Locator): Promise<boolean> {
    return locator.evaluate((element) => element === document.activeElement);
  }

  /** Waits until the board's column counts add up to `total` ("equal") or to less than it ("below"). */
  async function waitForTotal(relation: "equal" | "below", total: number): Promise<void> {
    await page.waitForFunction(
      ({ relation, total }) => {
        const badges = [...document.querySelectorAll<HTMLElement>('[data-testid="board-column-count"]')];
        const sum = badges.reduce((result, badge) => result + Number(badge.dataset.count), 0);
        return badges.length > 0 && (relation === "equal" ? sum === total : sum < total);
      },
      { relation, total },
    );
  }

  /** Runs a GraphQL request with the page's session, as another tab (or colleague) would. */
  async function graphqlInPage<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    return page.evaluate(
      async ({ query, variables }) => {
        const response = await fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
        return response.json();
      },
      { query, variables },
    );
  }

  it("drags a card to the next stage with the mouse; the move and both counts persist after a reload", async () => {
    await openBoard(page, boardPath);
    const [source, target] = pickNeighbours(await readColumns(page), 1) ?? [];
    expect(source && target).toBeTruthy();
    const candidate = (await cardNames(page, source!.name))[0];
    await screenshot("board");

    const dropTarget = (await cardNames(page, target!.name)).length > 0 ? column(page, target!.name).getByRole("article").first() : column(page, target!.name);
    await dragWithMouse(page, card(page, source!.name, candidate), dropTarget);
    // The card moves at once (optimistically); the live region speaks once the server has agreed.
    await card(page, target!.name, candidate).waitFor();
    await waitForAnnouncement(page, `${candidate} moved to ${target!.name}.`);
    await waitForCount(page, source!.name, source!.count - 1);
    await waitForCount(page, target!.name, target!.count + 1);
    expect((await cardNames(page, target!.name))[0]).toBe(candidate);
    expect(await card(page, source!.name, candidate).count()).toBe(0);
    await screenshot("dragged-to-next-stage");

    await page.reload();
    await card(page, target!.name, candidate).waitFor();
    expect((await cardNames(page, target!.name))[0]).toBe(candidate);
    expect(await card(page, source!.name, candidate).count()).toBe(0);
    expect(await columnCount(page, source!.name)).toBe(source!.count - 1);
    expect(await columnCount(page, target!.name)).toBe(target!.count + 1);
    await screenshot("drag-persisted-after-reload");
  }, 90_000);

  it("moves cards from the keyboard: dnd-kit's keyboard sensor, and the card's “Move to…” menu", async () => {
    await openBoard(page, boardPath);
    const columns = await readColumns(page);
    const [source, target] = pickNeighbours(columns, 1, 1) ?? [];
    expect(source && target).toBeTruthy();
    const candidate = (await cardNames(page, source!.name))[0];

    // Space picks the card up, the right arrow carries it to the next column, space drops it.
    const handle = column(page, source!.name).getByRole("button", { name: candidate, exact: true });
    await handle.focus();
    await page.keyboard.press("Space");
    await page.getByTestId("board-card-overlay").waitFor();
    await page.keyboard.press("ArrowRight");
    await column(page, target!.name).and(page.locator("[data-drop-target]")).waitFor();
    await screenshot("keyboard-drag-over-next-stage", { fullPage: false });
    await page.keyboard.press("Space");
    await waitForAnnouncement(page, `${candidate} moved to ${target!.name}.`);
    await waitForCount(page, source!.name, source!.count - 1);
    await waitForCount(page, target!.name, target!.count + 1);
    await screenshot("keyboard-dropped");

    // The menu, with the keyboard only: Enter opens it, the arrows reach the stage, Enter moves the card.
    // Another card, from the columns after the keyboard sensor's target.
    const afterTarget = columns.findIndex((info) => info.stageId === target!.stageId) + 1;
    const [menuSource, menuTarget] = pickNeighbours(await readColumns(page), 1, afterTarget) ?? [];
    expect(menuSource && menuTarget).toBeTruthy();
    const menuCandidate = (await cardNames(page, menuSource!.name))[0];
    await column(page, menuSource!.name).getByRole("button", { name: `Move ${menuCandidate} to…` }).focus();
    await page.keyboard.press("Enter");
    const item = page.getByRole("menuitem", { name: `Move ${menuCandidate} to ${menuTarget!.name}` });
    await item.waitFor();
    for (let presses = 0; presses < 20 && !(await isFocused(item)); presses += 1) await page.keyboard.press("ArrowDown");
    expect(await isFocused(item)).toBe(true);
    await screenshot("keyboard-menu", { fullPage: false });
    await page.keyboard.press("Enter");
    await waitForAnnouncement(page, `${menuCandidate} moved to ${menuTarget!.name}.`);
    expect((await cardNames(page, menuTarget!.name))[0]).toBe(menuCandidate);
    // Focus follows the card to its new column, so the next key press acts on it.
    await page.waitForFunction((name) => document.activeElement?.textContent === name, menuCandidate);

    await page.reload();
    await card(page, target!.name, candidate).waitFor();
    await card(page, menuTarget!.name, menuCandidate).waitFor();
    expect(await card(page, source!.name, candidate).count()).toBe(0);
    expect(await card(page, menuSource!.name, menuCandidate).count()).toBe(0);
    expect((await cardNames(page, menuTarget!.name))[0]).toBe(menuCandidate);
    await screenshot("keyboard-moves-persisted");
  }, 90_000);

  it("opens a card's menu from the keyboard, and Escape closes it with focus back on its button, twice", async () => {
    await openBoard(page, boardPath);
    const [source] = pickNeighbours(await readColumns(page), 1) ?? [];
    expect(source).toBeTruthy();
    const candidate = (await cardNames(page, source!.name))[0];
    const menuButton = column(page, source!.name).getByRole("button", { name: `Move ${candidate} to…` });
    // The first time mounts the menu (a card shows a plain button until then); the second uses it as it is.
    for (let time = 1; time <= 2; time += 1) {
      await menuButton.focus();
      await page.keyboard.press("Enter");
      await page.getByRole("menu").waitFor();
      expect(await menuButton.getAttribute("aria-expanded")).toBe("true");
      await page.keyboard.press("Escape");
      await page.getByRole("menu").waitFor({ state: "detached" });
      await page.waitForFunction((name) => document.activeElement?.getAttribute("aria-label") === name, `Move ${candidate} to…`);
      expect({ time, expanded: await menuButton.getAttribute("aria-expanded") }).toEqual({ time, expanded: "false" });
    }
  }, 60_000);

  it("asks why before rejecting: cancelling leaves the card, confirming moves it to Rejected with its reason", async () => {
    await openBoard(page, boardPath);
    const columns = await readColumns(page);
    const [source] = pickNeighbours(columns, 1) ?? [];
    const rejected = columns.find((info) => info.category === "REJECTED");
    expect(source && rejected).toBeTruthy();
    const candidate = (await cardNames(page, source!.name))[0];
    const applicationId = await column(page, source!.name).getByTestId("board-card").first().getAttribute("data-application-id");
    const dialog = page.getByRole("dialog", { name: `Reject ${candidate}` });

    await column(page, source!.name).getByRole("button", { name: `Move ${candidate} to…` }).click();
    await page.getByRole("menuitem", { name: `Move ${candidate} to ${rejected!.name}` }).click();
    await dialog.waitFor();
    await screenshot("reject-dialog", { fullPage: false });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect((await cardNames(page, source!.name))[0]).toBe(candidate);
    expect(await columnCount(page, source!.name)).toBe(source!.count);

    await column(page, source!.name).getByRole("button", { name: `Move ${candidate} to…` }).click();
    await page.getByRole("menuitem", { name: `Move ${candidate} to ${rejected!.name}` }).click();
    await dialog.getByRole("button", { name: "Reject" }).click();
    await dialog.getByText("Choose why the candidate is rejected").waitFor();
    await dialog.getByRole("combobox", { name: "Reason" }).click();
    await page.getByRole("option", { name: "Missing skills" }).click();
    await dialog.getByRole("textbox", { name: "Note" }).fill("No production Swift yet");
    await screenshot("reject-reason-filled", { fullPage: false });
    await dialog.getByRole("button", { name: "Reject" }).click();
    await dialog.waitFor({ state: "hidden" });
    await waitForAnnouncement(page, `${candidate} moved to ${rejected!.name}.`);
    await waitForCount(page, source!.name, source!.count - 1);
    await waitForCount(page, rejected!.name, rejected!.count + 1);
    await screenshot("rejected");

    await page.reload();
    await card(page, rejected!.name, candidate).waitFor();
    expect(await card(page, source!.name, candidate).count()).toBe(0);
    expect(await columnCount(page, rejected!.name)).toBe(rejected!.count + 1);
    const saved = await graphqlInPage<{ data: { application: { status: string; rejectReason: { category: string; note: string } } } }>(
      "query ($id: ID!) { application(id: $id) { status rejectReason { category note } } }",
      { id: applicationId },
    );
    expect(saved.data.application).toEqual({ status: "REJECTED", rejectReason: { category: "SKILLS", note: "No production Swift yet" } });
    await screenshot("rejection-persisted");
  }, 90_000);

  it("rolls a move back with a message when someone else moved the card first", async () => {
    await openBoard(page, boardPath);
    const columns = await readColumns(page);
    const [source, target] = pickNeighbours(columns, 1) ?? [];
    expect(source && target).toBeTruthy();
    const candidate = (await cardNames(page, source!.name))[0];
    const applicationId = await column(page, source!.name).getByTestId("board-card").first().getAttribute("data-application-id");
    const targetFirstId = await column(page, target!.name).getByTestId("board-card").first().getAttribute("data-application-id");
    // A colleague moves the card to the top of the next stage; this page still has the old version.
    const otherMove = await graphqlInPage<{ errors?: unknown }>(
      "mutation ($input: MoveApplicationInput!) { moveApplication(input: $input) { application { id } } }",
      { input: { id: applicationId, toStageId: target!.stageId, ...(targetFirstId ? { beforeId: targetFirstId } : {}) } },
    );
    expect(otherMove.errors).toBeUndefined();

    await column(page, source!.name).getByRole("button", { name: `Move ${candidate} to…` }).click();
    await page.getByRole("menuitem", { name: `Move ${candidate} to ${target!.name}` }).click();
    await page.getByRole("alert").filter({ hasText: `${candidate} was moved or changed by someone else` }).waitFor();
    // The board was read again: the card is where the colleague put it, once.
    await card(page, target!.name, candidate).waitFor();
    await waitForCount(page, source!.name, source!.count - 1);
    expect(await card(page, source!.name, candidate).count()).toBe(0);
    expect(await page.getByTestId("pipeline-board").getByRole("article", { name: candidate, exact: true }).count()).toBe(1);
    await screenshot("conflict-rolled-back");
  }, 90_000);

  it("loads a long column page by page as it is scrolled: every card once, in the server's order", async () => {
    await openBoard(page, boardPath);
    const longest = (await readColumns(page)).sort((a, b) => b.count - a.count)[0]!;
    // The first screen holds 15 cards and each further page 50: reaching the 100th card appends two pages. (100 is
    // also the most one request may ask for, which the comparison with the server below does.)
    const wanted = 100;
    expect(longest.count).toBeGreaterThan(wanted);
    const scroller = column(page, longest.name).getByTestId("board-column-cards");
    const shown = new Map<number, string>();
    const readShown = async () => {
      const cards = await scroller.evaluate((element) =>
        [...element.querySelectorAll<HTMLElement>('[data-testid="board-card"]')].map((card) => [Number(card.getAttribute("aria-posinset")), card.dataset.applicationId ?? ""] as const),
      );
      for (const [position, id] of cards) shown.set(position, id);
      return Math.max(0, ...cards.map(([position]) => position));
    };
    let furthest = await readShown();
    while (furthest < wanted) {
      // Half a screen at a time, so every position is rendered on the way; at the end of what is loaded, the next
      // page's cards appear once it has arrived.
      await scroller.evaluate((element) => element.scrollBy(0, element.clientHeight / 2));
      await scroller.evaluate(
        (element, before) =>
          new Promise<void>((resolve) => {
            const check = () => {
              const positions = [...element.querySelectorAll('[data-testid="board-card"]')].map((card) => Number(card.getAttribute("aria-posinset")));
              if (Math.max(0, ...positions) > before) resolve();
              else requestAnimationFrame(check);
            };
            check();
          }),
        furthest,
      );
      furthest = await readShown();
    }
    await screenshot("long-column-scrolled");

    const jobId = decodeURIComponent(boardPath.split("/").pop()!);
    const answer = await graphqlInPage<{ data: { pipelineBoard: { column: { cards: { nodes: Array<{ id: string }> } } } } }>(
      `query ColumnOrder($jobId: ID!, $stageId: ID!, $first: Int!) {
        pipelineBoard(jobId: $jobId) { column(stageId: $stageId) { cards(first: $first) { nodes { id } } } }
      }`,
      { jobId, stageId: longest.stageId, first: wanted },
    );
    const serverOrder = answer.data.pipelineBoard.column.cards.nodes.map((node) => node.id);
    const positions = Array.from({ length: wanted }, (_, index) => index + 1);
    expect(positions.filter((position) => !shown.has(position))).toEqual([]);
    expect(positions.map((position) => shown.get(position))).toEqual(serverOrder);
  }, 90_000);

  it("filters the board by owner and tag, keeping the filter in the URL across a reload", async () => {
    await openBoard(page, boardPath);
    const before = await readColumns(page);
    const total = before.reduce((sum, info) => sum + info.count, 0);
    await page.getByRole("combobox", { name: "Owner" }).click();
    await page.getByRole("option", { name: "Riley Recruiter" }).click();
    await page.keyboard.press("Escape");
    await page.waitForURL((url) => url.searchParams.has("owner"));
    await waitForTotal("below", total);
    const byOwner = await readColumns(page);
    const ownerTotal = byOwner.reduce((sum, info) => sum + info.count, 0);
    expect(ownerTotal).toBeLessThan(total);
    const owners = await page.getByTestId("pipeline-board").getByRole("img", { name: /^Owner: / }).evaluateAll((elements) => elements.map((element) => element.getAttribute("aria-label")));
    expect(owners.length).toBeGreaterThan(0);
    expect(new Set(owners)).toEqual(new Set(["Owner: Riley Recruiter"]));
    await screenshot("filtered-by-owner");

    // And a tag one of the remaining cards has: both filters hold together.
    const tagName = (await page.getByTestId("pipeline-board").getByTestId("card-tag").first().getAttribute("title"))!;
    const filtered = page.waitForResponse((response) => {
      const body = response.request().postData() ?? "";
      return response.url().endsWith("/graphql") && body.includes('"operationName":"JobBoardPage"') && body.includes(JSON.stringify(tagName));
    });
    await page.getByRole("combobox", { name: "Tags" }).click();
    await page.getByRole("option", { name: tagName, exact: true }).click();
    await page.keyboard.press("Escape");
    await filtered;
    await page.locator('[data-testid="pipeline-board"]:not([aria-busy])').waitFor();
    expect(new URL(page.url()).searchParams.get("tag")).toBe(tagName);
    const cardTags = await page.getByTestId("pipeline-board").getByRole("article").evaluateAll((cards) =>
      cards.map((card) => [...card.querySelectorAll('[data-testid="card-tag"], [data-testid="card-more-tags"]')].map((badge) => badge.getAttribute("title") ?? "").join(", ")),
    );
    expect(cardTags.length).toBeGreaterThan(0);
    expect(cardTags.every((tags) => tags.toLowerCase().split(", ").includes(tagName.toLowerCase()))).toBe(true);
    const byOwnerAndTag = (await readColumns(page)).reduce((sum, info) => sum + info.count, 0);
    expect(byOwnerAndTag).toBeLessThanOrEqual(ownerTotal);
    await screenshot("filtered-by-owner-and-tag");

    await page.reload();
    await page.getByTestId("board-column").first().waitFor();
    expect(new URL(page.url()).searchParams.getAll("owner")).toHaveLength(1);
    expect(new URL(page.url()).searchParams.get("tag")).toBe(tagName);
    expect((await readColumns(page)).reduce((sum, info) => sum + info.count, 0)).toBe(byOwnerAndTag);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.waitForURL((url) => !url.searchParams.has("owner"));
    await waitForTotal("equal", total);
  }, 90_000);

  it("lists jobs by status, creates a job with the form (field errors on their fields) and edits its stages", async () => {
    await page.goto("/jobs");
    const jobsTable = page.getByRole("table", { name: "Jobs" });
    await jobsTable.waitFor();
    await page.getByRole("combobox", { name: "Status" }).click();
    await page.getByRole("option", { name: "Open", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("status") === "OPEN");
    // Only open jobs are listed once the filtered list has arrived.
    await page.waitForFunction(() => {
      const statuses = [...document.querySelectorAll('[data-testid="job-row"]')].map((row) => row.querySelectorAll("td")[1]?.textContent ?? "");
      return statuses.length > 0 && statuses.every((status) => status.startsWith("Open"));
    });
    await screenshot("jobs-open");

    await page.getByRole("link", { name: "New job" }).click();
    await page.getByRole("heading", { name: "New job" }).waitFor();
    await page.getByRole("button", { name: "Create job" }).click();
    await page.getByText("A job needs a title").waitFor();
    const title = "E2E Platform Engineer";
    await page.getByRole("textbox", { name: "Title" }).fill(title);
    await page.getByRole("textbox", { name: "Department" }).fill("Engineering");
    await page.getByRole("textbox", { name: "City" }).fill("Lisbon");
    await page.getByRole("textbox", { name: "Country" }).fill("XX");
    await page.getByRole("button", { name: "Add team member" }).click();
    await page.getByRole("combobox", { name: "Team member 1", exact: true }).click();
    await page.getByRole("option", { name: "Riley Recruiter" }).click();
    await page.getByRole("button", { name: "Create job" }).click();
    // The API refuses the country; its answer is shown on the Country field.
    const country = page.getByRole("textbox", { name: "Country" });
    await page.getByText(/ISO 3166-1 alpha-2 country code/).waitFor();
    expect(await country.getAttribute("aria-invalid")).toBe("true");
    await screenshot("job-form-field-error");
    await country.fill("PT");
    await page.getByRole("button", { name: "Create job" }).click();
    await page.waitForURL((url) => /^\/jobs\/[^/]+$/.test(url.pathname) && url.pathname !== "/jobs/new");
    await page.getByRole("heading", { name: title }).waitFor();
    const stages = (await readColumns(page)).map((info) => info.name);
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect((await readColumns(page)).every((info) => info.count === 0)).toBe(true);
    await screenshot("job-created");

    await page.getByRole("link", { name: "Edit job" }).click();
    await page.getByRole("heading", { name: `Edit ${title}` }).waitFor();
    await page.getByRole("textbox", { name: "New stage name" }).fill("Take-home test");
    await page.getByRole("button", { name: "Add stage" }).click();
    await page.getByRole("button", { name: "Move Take-home test up" }).waitFor();
    const rowNames = () => page.getByTestId("stage-row").evaluateAll((rows) => rows.map((row) => row.querySelector("input")?.value ?? ""));
    const added = (await rowNames()).indexOf("Take-home test");
    await page.getByRole("button", { name: "Move Take-home test up" }).click();
    await page.waitForFunction(
      (index) => [...document.querySelectorAll('[data-testid="stage-row"]')].findIndex((row) => row.querySelector("input")?.value === "Take-home test") === index,
      added - 1,
    );
    await screenshot("stages-edited");
    await page.getByRole("link", { name: "← Board" }).click();
    await page.getByTestId("board-column").first().waitFor();
    expect((await readColumns(page)).map((info) => info.name).indexOf("Take-home test")).toBe(added - 1);
    await screenshot("board-with-new-stage");
  }, 90_000);

  it("says so when a board link points at no job", async () => {
    await page.goto("/jobs/not-a-job");
    await page.getByRole("alert").filter({ hasText: "Job not found" }).waitFor();
    await page.getByRole("link", { name: "Back to jobs" }).waitFor();
    expect(await page.title()).toBe("Job not found · Talentlane");
    await screenshot("job-not-found");
  }, 30_000);
});
