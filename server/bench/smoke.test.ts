import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { browserUnavailable, measureBoardInBrowser } from "./browser";
import { runBenchmark } from "./cli";

/**
 * The benchmark's smoke test, for CI: the whole pipeline (dataset generation, the product server and the floor,
 * every workload through autocannon, the report) at a tiny size and a fraction of a second per run. It checks the
 * suite works end to end and produces every workload with its ratios; it enforces no target (timings at this size
 * and length mean nothing). Needs DATABASE_URL (a superuser on a real PostgreSQL) and a built server (server/dist);
 * skipped without DATABASE_URL. The browser part runs too when Chromium and the built SPA are there; without them it
 * is skipped with a notice, except under CI, where it must run.
 */
const databaseUrl = process.env.DATABASE_URL;
const maybe = databaseUrl ? describe : describe.skip;
const isCi = Boolean(process.env.CI) && !["0", "false"].includes(process.env.CI!.toLowerCase());
const browserMissing = browserUnavailable();
if (databaseUrl && browserMissing && !isCi) process.stdout.write(`\nSKIPPED the benchmark's browser part: ${browserMissing}\n\n`);

maybe("the benchmark suite", () => {
  it("runs every workload against the product and the floor and reports ratios", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "talentlane-bench-smoke-"));
    const { report, markdown, files } = await runBenchmark({
      contacts: 500,
      growthSizes: [],
      connections: 2,
      warmupSeconds: 0.2,
      rounds: 1,
      roundSeconds: 0.3,
      poolSize: 4,
      only: [],
      regenerate: false,
      sharedKey: false,
      log: () => undefined,
      browser: browserMissing && !isCi ? undefined : measureBoardInBrowser,
      out,
    });
    const results = report.runs[0].results;
    expect(results.map((result) => result.workload)).toEqual([
      "board",
      "board-deep",
      "pool-filter",
      "search-fuzzy",
      "search-full-text",
      "contact",
      "contacts-page",
      "card-move",
      "trivial",
    ]);
    for (const result of results) {
      expect(result.ours.requests).toBeGreaterThan(0);
      expect(result.floor.requests).toBeGreaterThan(0);
      expect(Number.isFinite(result.ratio.p95) && result.ratio.p95 > 0).toBe(true);
      expect(Number.isFinite(result.ratio.throughput) && result.ratio.throughput > 0).toBe(true);
      expect(result.statements.total).toBeGreaterThanOrEqual(result.statements.resolver);
    }
    expect(report.targets.some((target) => target.status === "PASS" || target.status === "FAIL")).toBe(true);
    expect(markdown).toContain("| card-move |");
    expect(markdown).toContain("## Targets");
    const browser = report.runs[0].browser;
    if (!browserMissing || isCi) {
      // 500 contacts: a 25-card small board and a 250-card big one, both rendered, three cards dragged.
      expect(browser).not.toBeNull();
      expect(browser!.smallBoard.cards).toBeGreaterThan(0);
      expect(browser!.bigBoard.cards).toBeGreaterThan(browser!.smallBoard.cards);
      for (const board of [browser!.smallBoard, browser!.bigBoard]) {
        expect(board.firstScreenMs).toBeGreaterThan(0);
        expect(board.domNodes).toBeGreaterThan(100);
        expect(board.cardsLoadedAfterScroll).toBeGreaterThan(0);
      }
      expect(browser!.drag.durationsMs).toHaveLength(browser!.drag.drags);
      const browserTargets = report.targets.filter((target) => ["board DOM flat from 500 to 5,000 cards", "no long task during a drag"].includes(target.target));
      expect(browserTargets.map((target) => target.status).sort()).toEqual(expect.arrayContaining([expect.stringMatching(/^(PASS|FAIL)$/)]));
      expect(browserTargets.filter((target) => target.status === "SKIP")).toEqual([]);
      expect(browserTargets).toHaveLength(2);
      expect(markdown).toContain("## The board in Chromium");
    }
    for (const file of files) expect(fs.existsSync(file)).toBe(true);
    fs.rmSync(out, { recursive: true, force: true });
  }, 180_000);
});
