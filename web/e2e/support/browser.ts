import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium; tools never download their own browser here. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

const WEB_ROOT = path.resolve(__dirname, "..", "..");

export const isCi = Boolean(process.env.CI) && !["0", "false"].includes(process.env.CI!.toLowerCase());
export const hasChromium = fs.existsSync(CHROMIUM_PATH);

/**
 * `describe` when the browser tests can run: Chromium is installed, or this is CI (where a missing browser
 * must fail, not skip). Elsewhere the suite is skipped with a notice.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (!hasChromium && !isCi) {
    process.stdout.write(`\nSKIPPED browser tests "${name}": ${CHROMIUM_PATH} is not installed (apt-get install -y chromium)\n\n`);
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}

/** A headless Chromium with a fresh profile, and the page errors it saw. */
export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors, to assert that there were none. */
  pageErrors: string[];
  close: () => Promise<void>;
}

/** Starts Chromium at `baseURL` (1280×800, en-US) with the flags known to work on these machines. */
export async function launchBrowser(baseURL: string): Promise<BrowserSession> {
  if (!hasChromium) throw new Error(`${CHROMIUM_PATH} is not installed, and CI needs the browser tests: apt-get install -y chromium`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "talentlane-e2e-chromium-"));
  // playwright refuses --user-data-dir in `args`; a persistent context takes the folder instead.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
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

/** `web/artifacts/e2e/<suite>/`, emptied for a new run. */
export function prepareArtifactsDir(suite: string): string {
  const dir = path.join(WEB_ROOT, "artifacts", "e2e", suite);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Saves screenshots as `<dir>/<nn>-<name>.png`, numbered in the order they are taken: the full page, or only the
 * viewport with `{ fullPage: false }` (a full-page shot resizes the window for a moment, which cancels a drag in
 * progress: dnd-kit ends keyboard drags on resize).
 */
export function createScreenshotter(page: () => Page, dir: string): (name: string, options?: { fullPage?: boolean }) => Promise<void> {
  let count = 0;
  return async (name, options = {}) => {
    count += 1;
    fs.mkdirSync(dir, { recursive: true });
    await page().screenshot({ path: path.join(dir, `${String(count).padStart(2, "0")}-${name}.png`), fullPage: options.fullPage ?? true });
  };
}

/** Signs in through the login form and waits to leave it. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
}
