/**
 * Chromium for the board's browser tests: Debian's /usr/bin/chromium through playwright-core, headless, with a
 * fresh profile and the flags known to work on these machines (see shared/STACK.md). Without Chromium the suite is
 * skipped with a notice, except under CI, where it fails.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";
const WEB_ROOT = path.resolve(__dirname, "..", "..");

export const isCi = Boolean(process.env.CI) && !["0", "false"].includes(process.env.CI!.toLowerCase());
export const hasChromium = fs.existsSync(CHROMIUM_PATH);

if (!hasChromium && !isCi) {
  process.stdout.write(`\nSKIPPED browser tests: ${CHROMIUM_PATH} is not installed (apt-get install -y chromium)\n\n`);
}

/** `describe` when Chromium is there (or under CI, where a missing browser must fail); `describe.skip` otherwise. */
export const describeInBrowser: jest.Describe = hasChromium || isCi ? describe : describe.skip;

/** A running headless Chromium and what it reported. */
export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors in the page: a working product has none. */
  pageErrors: string[];
  close: () => Promise<void>;
}

/** Starts Chromium on `baseURL` with a 1280×800 window. Throws when Chromium is missing. */
export async function launchChromium(baseURL: string): Promise<Browser> {
  if (!hasChromium) throw new Error(`${CHROMIUM_PATH} is not installed, and CI needs the browser tests: apt-get install -y chromium`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "talentlane-e2e-board-chromium-"));
  // playwright refuses --user-data-dir in `args`; a persistent context takes the folder instead.
  const context = await chromium.launchPersistentContext(userDataDir, {
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
    baseURL,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(`console.error: ${message.text()}`);
  });
  return {
    context,
    page,
    pageErrors,
    close: async () => {
      await context.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** `web/artifacts/e2e/<suite>/`, emptied for this run. */
export function prepareArtifactsDir(suite: string): string {
  const dir = path.join(WEB_ROOT, "artifacts", "e2e", suite);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Saves screenshots as `<dir>/<nn>-<name>.png`, numbered in the order they are taken: the full page, or only the
 * viewport with `{ fullPage: false }` — a full-page shot resizes the window for a moment, which cancels a drag in
 * progress (dnd-kit ends keyboard drags on resize).
 */
export function createScreenshotter(page: () => Page, dir: string): (name: string, options?: { fullPage?: boolean }) => Promise<void> {
  let count = 0;
  return async (name, options = {}) => {
    count += 1;
    fs.mkdirSync(dir, { recursive: true });
    await page().screenshot({ path: path.join(dir, `${String(count).padStart(2, "0")}-${name}.png`), fullPage: options.fullPage ?? true });
  };
}
