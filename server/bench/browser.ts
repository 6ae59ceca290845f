/**
 * The browser part of the benchmark: the SPA's pipeline board in Debian's Chromium (headless, through playwright-core,
 * with the flags STACK.md lists), served by the same product server the workloads ran against.
 *
 * It opens the 500-card board and the 5,000-card board of one dataset and measures, for each: the time from
 * navigation to the first card on screen (median of a few loads after a warm-up load), the DOM's size once the first
 * screen has settled, and the DOM's size and the long tasks while the longest column is scrolled through several
 * pages (the columns are virtualised, so neither should grow with the cards). Then it drags cards between the big board's first
 * two columns with the mouse and records the main thread's long tasks (over 50 ms, the Long Tasks API) from the
 * press to the moment the server confirmed the move and the board re-rendered. The big board's cards are put back as
 * they were afterwards.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext as PlaywrightContext, type Page } from "playwright-core";
import { toGlobalId } from "../src/common/global-id";
import { snapshotMoveJob } from "./workloads";

export const CHROMIUM_PATH = "/usr/bin/chromium";
const WEB_DIST_INDEX = path.resolve(__dirname, "..", "..", "web", "dist", "index.html");

/** Loads measured per board (after one warm-up load), and column pages scrolled through. */
const MEASURED_LOADS = 3;
const SCROLLED_PAGES = 6;
const DRAGS = 3;

/** One board as the SPA renders it. */
export interface BoardRender {
  /** Cards on the board (the columns' counts). */
  cards: number;
  /** From navigation to the first card in the DOM and the frame after it: the median of the measured loads. */
  firstScreenMs: number;
  firstScreenRunsMs: number[];
  /** Elements in the document once the first screen has settled (no request in flight). */
  domNodes: number;
  /** Elements in the document after the longest column was scrolled through its next pages. */
  domNodesAfterScroll: number;
  /** Cards the longest column had loaded by then (how far the scroll went). */
  cardsLoadedAfterScroll: number;
  /** Main-thread tasks over 50 ms while that column was scrolled and loaded its pages. */
  scrollLongTasks: number;
  scrollLongestTaskMs: number;
}

/** Cards dragged with the mouse from the big board's first column to its second. */
export interface DragMeasurement {
  drags: number;
  /** Main-thread tasks over 50 ms from each press until the move was confirmed and rendered. */
  longTasks: number;
  longestTaskMs: number;
  longTaskTotalMs: number;
  /** From the press to the confirmed, rendered move, per drag (it includes the pointer movement itself). */
  durationsMs: number[];
}

/** What the browser part reports. */
export interface BrowserMeasurement {
  chromium: string;
  smallBoard: BoardRender;
  bigBoard: BoardRender;
  drag: DragMeasurement;
}

export interface BrowserContext {
  /** The product server's base URL (it serves the SPA from web/dist). */
  url: string;
  /** The dataset's database, as the superuser: the dragged cards are restored through it. */
  databaseUrl: string;
  email: string;
  password: string;
  /** Database ids of the two boards (the SPA's routes take global ids). */
  smallBoardJobId: string;
  bigBoardJobId: string;
  log: (message: string) => void;
}

/** Why the browser part cannot run here, or null when it can. */
export function browserUnavailable(): string | null {
  if (!fs.existsSync(CHROMIUM_PATH)) return `${CHROMIUM_PATH} is not installed (apt-get install -y chromium)`;
  if (!fs.existsSync(WEB_DIST_INDEX)) return `the SPA is not built (${path.relative(process.cwd(), WEB_DIST_INDEX)} is missing: pnpm build)`;
  return null;
}

/**
 * Page-side instruments, installed before any script of each document: the time the first board card reaches the
 * DOM (taken in the next animation frame, i.e. when it can be painted) and every long task.
 */
const INSTRUMENTS = `(() => {
  window.__bench = { firstCardAt: null, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid="board-card"]')) {
      observer.disconnect();
      requestAnimationFrame(() => { window.__bench.firstCardAt = performance.now(); });
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

interface PageInstruments {
  firstCardAt: number | null;
  longTasks: Array<{ start: number; duration: number }>;
}

/** Measures both boards and the drag in Chromium. Throws when Chromium or the built SPA is missing. */
export async function measureBoardInBrowser(context: BrowserContext): Promise<BrowserMeasurement> {
  const unavailable = browserUnavailable();
  if (unavailable) throw new Error(`the browser part cannot run: ${unavailable}`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "talentlane-bench-chromium-"));
  let browser: PlaywrightContext | null = null;
  try {
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      locale: "en-US",
      viewport: { width: 1440, height: 900 },
      baseURL: context.url,
    });
    browser.setDefaultTimeout(60_000);
    await browser.addInitScript({ content: INSTRUMENTS });
    const page = browser.pages()[0] ?? (await browser.newPage());
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await signIn(page, context.email, context.password);
    const boardPath = (jobId: string) => `/jobs/${encodeURIComponent(toGlobalId("Job", jobId))}`;
    // One unmeasured load first: the bundle into the HTTP cache, the server's and PostgreSQL's caches warm.
    await openBoard(page, boardPath(context.bigBoardJobId));
    context.log("browser: measuring the small board");
    const smallBoard = await measureBoard(page, boardPath(context.smallBoardJobId));
    context.log("browser: measuring the big board");
    const bigBoard = await measureBoard(page, boardPath(context.bigBoardJobId));
    context.log("browser: dragging cards on the big board");
    const restore = await snapshotMoveJob(context.databaseUrl, context.bigBoardJobId);
    let drag: DragMeasurement;
    try {
      drag = await measureDrags(page, boardPath(context.bigBoardJobId));
    } finally {
      await restore();
    }
    if (pageErrors.length > 0) throw new Error(`the SPA threw while measured: ${pageErrors.join("; ")}`);
    return { chromium: browser.browser()?.version() ?? "unknown", smallBoard, bigBoard, drag };
  } finally {
    await browser?.close().catch(() => undefined);
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

/** Navigates to a board and waits until its first card is on screen and no request is in flight. */
async function openBoard(page: Page, boardPath: string): Promise<void> {
  await page.goto(boardPath);
  await page.getByTestId("board-card").first().waitFor();
  await page.waitForLoadState("networkidle");
}

const instruments = (page: Page) => page.evaluate(() => (window as unknown as { __bench: PageInstruments }).__bench);
const countElements = (page: Page) => page.evaluate(() => document.getElementsByTagName("*").length);

async function measureBoard(page: Page, boardPath: string): Promise<BoardRender> {
  const runs: number[] = [];
  let domNodes = 0;
  for (let load = 0; load < MEASURED_LOADS; load += 1) {
    await openBoard(page, boardPath);
    await page.waitForFunction(() => (window as unknown as { __bench: PageInstruments }).__bench.firstCardAt !== null);
    runs.push((await instruments(page)).firstCardAt!);
    domNodes = Math.max(domNodes, await countElements(page));
  }
  const cards = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="board-column-count"]')].reduce((sum, badge) => sum + Number(badge.dataset.count), 0),
  );
  const scrollStartedAt = await page.evaluate(() => performance.now());
  const cardsLoadedAfterScroll = await scrollLongestColumn(page);
  const scrollTasks = (await instruments(page)).longTasks.filter((task) => task.start >= scrollStartedAt);
  return {
    cards,
    firstScreenMs: median(runs),
    firstScreenRunsMs: runs,
    domNodes,
    domNodesAfterScroll: await countElements(page),
    cardsLoadedAfterScroll,
    scrollLongTasks: scrollTasks.length,
    scrollLongestTaskMs: Math.max(0, ...scrollTasks.map((task) => task.duration)),
  };
}

/**
 * Scrolls the column with the most cards to its end, page after page (each scroll loads the next page), and answers
 * how many cards it has loaded then (the highest position among its rendered cards).
 */
async function scrollLongestColumn(page: Page): Promise<number> {
  const stageId = await page.evaluate(() => {
    const columns = [...document.querySelectorAll<HTMLElement>('[data-testid="board-column"]')];
    const count = (column: HTMLElement) => Number(column.querySelector<HTMLElement>('[data-testid="board-column-count"]')?.dataset.count ?? 0);
    return columns.sort((a, b) => count(b) - count(a))[0]?.dataset.stageId ?? null;
  });
  if (!stageId) throw new Error("the board has no columns");
  const scroller = page.locator(`[data-testid="board-column"][data-stage-id="${stageId}"] [data-testid="board-column-cards"]`);
  const loaded = () =>
    scroller.evaluate((element) => Math.max(0, ...[...element.querySelectorAll<HTMLElement>('[data-testid="board-card"]')].map((card) => Number(card.getAttribute("aria-posinset")))));
  for (let pageNumber = 0; pageNumber < SCROLLED_PAGES; pageNumber += 1) {
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    // The virtualiser renders the rows now in view; near the end it asks for the next page.
    await page.waitForTimeout(100);
    await page.waitForLoadState("networkidle");
  }
  return loaded();
}

async function measureDrags(page: Page, boardPath: string): Promise<DragMeasurement> {
  await openBoard(page, boardPath);
  const columns = page.getByTestId("board-column");
  const [source, target] = [columns.nth(0), columns.nth(1)];
  const tasks: Array<{ start: number; duration: number }> = [];
  const durationsMs: number[] = [];
  for (let drag = 0; drag < DRAGS; drag += 1) {
    const card = source.getByTestId("board-card").first();
    const applicationId = await card.getAttribute("data-application-id");
    const from = await card.boundingBox();
    const to = await target.getByTestId("board-column-cards").boundingBox();
    if (!applicationId || !from || !to) throw new Error("the big board's first column has no card on screen to drag");
    const startedAt = await page.evaluate(() => performance.now());
    const confirmed = page.waitForResponse((response) => response.url().endsWith("/graphql") && (response.request().postData() ?? "").includes("MoveBoardCard"));
    const [x, y] = [from.x + from.width / 2, from.y + 16];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 8, y + 8, { steps: 4 });
    await page.getByTestId("board-card-overlay").waitFor();
    await page.mouse.move(to.x + to.width / 2, to.y + 12, { steps: 20 });
    await page.mouse.up();
    const response = await confirmed;
    const body = (await response.json()) as { errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(`the move failed: ${body.errors[0].message}`);
    // The card is in its new column and the frame after that is drawn.
    await target.locator(`[data-testid="board-card"][data-application-id="${applicationId}"]`).waitFor({ state: "attached" });
    const endedAt = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
    durationsMs.push(endedAt - startedAt);
    const longTasks = (await instruments(page)).longTasks;
    tasks.push(...longTasks.filter((task) => task.start >= startedAt && task.start <= endedAt));
    await page.waitForLoadState("networkidle");
  }
  return {
    drags: DRAGS,
    longTasks: tasks.length,
    longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    longTaskTotalMs: tasks.reduce((sum, task) => sum + task.duration, 0),
    durationsMs,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
