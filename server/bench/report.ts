import os from "node:os";
import type { BrowserMeasurement } from "./browser";
import type { Dataset } from "./data/dataset";
import type { SizeRun, SuiteOptions, WorkloadResult } from "./run";

/** A markdown table from a header and rows. */
export function markdownTable(header: string[], rows: Array<Array<string | number>>, align: Array<"l" | "r"> = []): string {
  const separator = header.map((_, index) => (align[index] === "r" ? "---:" : "---"));
  return [header, separator, ...rows.map((row) => row.map(String))].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

export const formatCount = (value: number) => value.toLocaleString("en-US");

/** The dataset: rows and load time per table (when this run generated it), and the database's size. */
export function formatGeneration(dataset: Dataset): string {
  const lines = [`Dataset ${dataset.database}: ${formatCount(dataset.contacts)} contacts, ${formatBytes(dataset.sizeBytes)} on disk`];
  if (dataset.generation) {
    const generation = dataset.generation;
    lines.push(
      `generated in ${generation.seconds.toFixed(1)} s (indexes rebuilt in ${generation.indexSeconds.toFixed(1)} s, vacuum/analyze ${generation.analyzeSeconds.toFixed(1)} s)`,
      "",
      markdownTable(
        ["table", "rows", "seconds"],
        generation.tables.map((table) => [table.table, formatCount(table.rows), table.seconds.toFixed(1)]),
        ["l", "r", "r"],
      ),
    );
  } else {
    lines.push(
      "(reused; row counts from statistics)",
      "",
      markdownTable(
        ["table", "rows"],
        Object.entries(dataset.rows)
          .filter(([, rows]) => rows > 0)
          .map(([table, rows]) => [table, formatCount(rows)]),
        ["l", "r"],
      ),
    );
  }
  return lines.join("\n");
}


/** Targets the issue sets; the suite prints each as PASS/FAIL (or SKIP when the run did not measure it). */
export const TARGETS = {
  readP95Ratio: 1.5,
  trivialThroughputRatio: 0.5,
  growthP95: 1.3,
  growthFrom: 100_000,
  growthTo: 1_000_000,
  growthWorkloads: ["board", "pool-filter"],
  /** Board DOM size from the 500-card to the 5,000-card board: at most this much larger. */
  boardDomGrowth: 0.1,
  /** No main-thread task during a drag may take longer (the Long Tasks API reports tasks over 50 ms). */
  dragLongTaskMs: 50,
};

export interface TargetResult {
  target: string;
  subject: string;
  value: string;
  threshold: string;
  status: "PASS" | "FAIL" | "SKIP";
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  environment: Record<string, string | number>;
  settings: Omit<SuiteOptions, "log" | "browser"> & { browser: boolean };
  runs: SizeRun[];
  targets: TargetResult[];
}

const ms = (value: number) => (Number.isNaN(value) ? "n/a" : value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (value: number) => `x${value.toFixed(2)}`;
const range = ([low, high]: [number, number]) => `x${low.toFixed(2)}-${high.toFixed(2)}`;
const rate = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const short = (contacts: number) => (contacts >= 1_000_000 ? `${contacts / 1_000_000}M` : contacts >= 1_000 ? `${contacts / 1_000}k` : String(contacts));

/** Evaluates every target against the runs. */
export function evaluateTargets(runs: SizeRun[]): TargetResult[] {
  const main = runs[runs.length - 1];
  const targets: TargetResult[] = [];
  for (const result of main.results.filter((entry) => entry.kind === "read")) {
    const failed = result.ours.errors;
    targets.push({
      target: "read p95 at most 1.5x the floor",
      subject: `${result.workload} @ ${short(result.contacts)}`,
      value: `${ratio(result.ratio.p95)} (rounds ${range(result.ratioSpread.p95)})${failed > 0 ? `; ${failed} failed requests` : ""}`,
      threshold: `<= x${TARGETS.readP95Ratio}`,
      status: result.ratio.p95 <= TARGETS.readP95Ratio && failed === 0 ? "PASS" : "FAIL",
    });
  }
  const trivial = main.results.find((entry) => entry.workload === "trivial");
  targets.push(
    trivial
      ? {
          target: "trivial-query throughput at least half the floor's",
          subject: `trivial @ ${short(trivial.contacts)}`,
          value: `${ratio(trivial.ratio.throughput)} (rounds ${range(trivial.ratioSpread.throughput)})`,
          threshold: `>= x${TARGETS.trivialThroughputRatio}`,
          status: trivial.ratio.throughput >= TARGETS.trivialThroughputRatio ? "PASS" : "FAIL",
        }
      : { target: "trivial-query throughput at least half the floor's", subject: "trivial", value: "not run", threshold: "", status: "SKIP" },
  );
  for (const result of main.results) {
    const bySize = result.statements.bySize;
    if (!bySize) continue;
    targets.push({
      target: "statements per request constant in page size",
      subject: `${result.workload}: first ${bySize.small} vs ${bySize.large}`,
      value: `${bySize.smallStatements} vs ${bySize.largeStatements}`,
      threshold: "equal",
      status: bySize.smallStatements === bySize.largeStatements ? "PASS" : "FAIL",
    });
  }
  for (const workload of TARGETS.growthWorkloads) {
    const from = runs.find((run) => run.dataset.contacts === TARGETS.growthFrom)?.results.find((entry) => entry.workload === workload);
    const to = runs.find((run) => run.dataset.contacts === TARGETS.growthTo)?.results.find((entry) => entry.workload === workload);
    targets.push(
      from && to
        ? {
            target: "p95 growth from 100k to 1M contacts below 1.3x",
            subject: workload,
            // CPU per request (server + PostgreSQL) beside it: p95s of separate runs move with the machine's other load, CPU much less.
            value:
              `${ms(from.ours.p95)} -> ${ms(to.ours.p95)} ms (${ratio(to.ours.p95 / from.ours.p95)}); CPU/request ` +
              `${(from.cpu.ours.appMs + from.cpu.ours.databaseMs).toFixed(0)} -> ${(to.cpu.ours.appMs + to.cpu.ours.databaseMs).toFixed(0)} ms`,
            threshold: `< x${TARGETS.growthP95}`,
            status: to.ours.p95 / from.ours.p95 < TARGETS.growthP95 ? "PASS" : "FAIL",
          }
        : {
            target: "p95 growth from 100k to 1M contacts below 1.3x",
            subject: workload,
            value: "not measured (run with --contacts 1000000)",
            threshold: `< x${TARGETS.growthP95}`,
            status: "SKIP",
          },
    );
  }
  targets.push(...browserTargets(main.browser));
  return targets;
}

/** The browser part's targets: board DOM size flat in the cards, no long task during a drag. */
export function browserTargets(measurement: BrowserMeasurement | null): TargetResult[] {
  if (!measurement) {
    return [
      { target: "board DOM flat from 500 to 5,000 cards", subject: "board in Chromium", value: "not measured (the browser part did not run)", threshold: "", status: "SKIP" },
      { target: "no long task during a drag", subject: "board in Chromium", value: "not measured (the browser part did not run)", threshold: "", status: "SKIP" },
    ];
  }
  const { smallBoard, bigBoard, drag } = measurement;
  const growth = (from: number, to: number) => (to - from) / from;
  const firstScreen = growth(smallBoard.domNodes, bigBoard.domNodes);
  const scrolled = growth(smallBoard.domNodesAfterScroll, bigBoard.domNodesAfterScroll);
  const percent = (value: number) => `${value >= 0 ? "+" : ""}${(value * 100).toFixed(1)}%`;
  return [
    {
      target: "board DOM flat from 500 to 5,000 cards",
      subject: `${formatCount(smallBoard.cards)} vs ${formatCount(bigBoard.cards)} cards`,
      value:
        `first screen ${smallBoard.domNodes} -> ${bigBoard.domNodes} elements (${percent(firstScreen)}); after scrolling a column ` +
        `${smallBoard.domNodesAfterScroll} -> ${bigBoard.domNodesAfterScroll} (${percent(scrolled)})`,
      threshold: `within ${TARGETS.boardDomGrowth * 100}%`,
      status: Math.abs(firstScreen) <= TARGETS.boardDomGrowth && Math.abs(scrolled) <= TARGETS.boardDomGrowth ? "PASS" : "FAIL",
    },
    {
      target: "no long task during a drag",
      subject: `${drag.drags} drags on the ${formatCount(bigBoard.cards)}-card board`,
      value: drag.longTasks === 0 ? "none" : `${drag.longTasks} long tasks, longest ${drag.longestTaskMs.toFixed(0)} ms`,
      threshold: `no task over ${TARGETS.dragLongTaskMs} ms`,
      status: drag.longTasks === 0 ? "PASS" : "FAIL",
    },
  ];
}

/** The browser part's figures as markdown lines. */
function formatBrowser(measurement: BrowserMeasurement): string[] {
  const board = (name: string, render: BrowserMeasurement["bigBoard"]) => [
    `${name} (${formatCount(render.cards)} cards)`,
    `${render.firstScreenMs.toFixed(0)} ms (${render.firstScreenRunsMs.map((value) => value.toFixed(0)).join(", ")})`,
    render.domNodes,
    `${render.domNodesAfterScroll} (${formatCount(render.cardsLoadedAfterScroll)} cards loaded)`,
    render.scrollLongTasks === 0 ? "none" : `${render.scrollLongTasks} (longest ${render.scrollLongestTaskMs.toFixed(0)} ms)`,
  ];
  const { drag } = measurement;
  return [
    `## The board in Chromium (${measurement.chromium})`,
    "",
    markdownTable(
      ["board", "navigation to first card", "DOM elements, first screen", "DOM elements after scrolling the longest column", "long tasks while scrolling"],
      [board("small board", measurement.smallBoard), board("big board", measurement.bigBoard)],
      ["l", "r", "r", "r", "r"],
    ),
    "",
    `Drags (mouse, first column to second, press to confirmed and rendered move): ${drag.durationsMs.map((value) => value.toFixed(0)).join(", ")} ms; ` +
      `long tasks ${drag.longTasks}${drag.longTasks > 0 ? ` (longest ${drag.longestTaskMs.toFixed(0)} ms, ${drag.longTaskTotalMs.toFixed(0)} ms in all)` : ""}.`,
    "",
  ];
}

const cpu = (value: { appMs: number; databaseMs: number }) => `${value.appMs.toFixed(1)} + ${value.databaseMs.toFixed(1)}`;

function resultRow(result: WorkloadResult): Array<string | number> {
  const statements = result.statements;
  const failed = [result.ours.errors > 0 ? `${result.ours.errors} product` : "", result.floor.errors > 0 ? `${result.floor.errors} floor` : ""].filter(Boolean);
  return [
    failed.length > 0 ? `${result.workload} (failed requests: ${failed.join(", ")})` : result.workload,
    `${ms(result.ours.p50)} / ${ms(result.ours.p95)} / ${ms(result.ours.p99)}`,
    `${ms(result.floor.p50)} / ${ms(result.floor.p95)} / ${ms(result.floor.p99)}`,
    ratio(result.ratio.p95),
    rate(result.ours.requestsPerSecond),
    rate(result.floor.requestsPerSecond),
    ratio(result.ratio.throughput),
    `${cpu(result.cpu.ours)} / ${cpu(result.cpu.floor)}`,
    `${statements.resolver} / ${Number.isInteger(statements.total) ? statements.total : statements.total.toFixed(1)} / ${statements.floor}`,
    formatBytes(result.responseBytes),
    formatBytes(result.rssBytes),
  ];
}

/** The report as markdown: results per size, growth, targets, datasets and how it was measured. */
export function formatReport(report: BenchReport): string {
  const lines: string[] = [];
  const { settings, environment } = report;
  lines.push(`# Talentlane benchmark, ${report.startedAt.slice(0, 16).replace("T", " ")} UTC`, "");
  lines.push(
    `${environment.cpus} cores (${environment.cpuModel}), ${environment.memory}, Node ${environment.node}, ${environment.postgres}; commit ${environment.commit}, ` +
      `server/dist built ${environment.serverBuild}.`,
    `Each workload: ${settings.connections} concurrent connections, ${settings.warmupSeconds} s warm-up per side, then ${settings.rounds} rounds of ` +
      `${settings.roundSeconds} s (sized in requests from the warm-up rate, at least 3 per connection) per side alternating product, floor, ` +
      `product, floor...; pools of ${settings.poolSize} connections on both sides; ` +
      `${settings.sharedKey ? "all connections share one API key" : "each connection has its own API key (one user each)"}.`,
    "Latencies in ms (p50 / p95 / p99) over all measured rounds. Ratios are product / floor, the median of the rounds' ratios " +
      "(each round pairs a product run with the floor run right after it).",
    "CPU ms/request: server process + its PostgreSQL backends, product / floor. SQL/request: the product's resolver statements " +
      "(what the floor runs) / everything the product sends (BEGIN, role and workspace settings, the API-key check, COMMIT included) / " +
      "what the floor sends. RSS: the product server's resident memory, highest seen during the workload.",
    "",
  );
  for (const run of report.runs) {
    lines.push(`## ${formatCount(run.dataset.contacts)} contacts`, "");
    lines.push(
      markdownTable(
        ["workload", "product p50/p95/p99", "floor p50/p95/p99", "p95 ratio", "product req/s", "floor req/s", "req/s ratio", "CPU ms/request", "SQL/request", "response", "server RSS"],
        run.results.map(resultRow),
        ["l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
      ),
      "",
      `Product server peak RSS ${formatBytes(run.peakRssBytes)}; floor ${formatBytes(run.floorPeakRssBytes)}.`,
      "",
    );
  }
  const browser = report.runs[report.runs.length - 1].browser;
  if (browser) lines.push(...formatBrowser(browser));
  const sizes = report.runs.map((run) => run.dataset.contacts);
  if (sizes.length > 1) {
    lines.push("## Growth (product p95 and p95 ratio by contacts)", "");
    const workloads = [...new Set(report.runs.flatMap((run) => run.results.filter((result) => result.workload !== "trivial").map((result) => result.workload)))].filter(
      (workload) => report.runs.filter((run) => run.results.some((result) => result.workload === workload)).length > 1,
    );
    lines.push(
      markdownTable(
        ["workload", ...sizes.map(short)],
        workloads.map((workload) => [
          workload,
          ...report.runs.map((run) => {
            const result = run.results.find((entry) => entry.workload === workload);
            return result ? `${ms(result.ours.p95)} ms (${ratio(result.ratio.p95)})` : "";
          }),
        ]),
        ["l", ...sizes.map(() => "r" as const)],
      ),
      "",
    );
  }
  lines.push("## Targets", "");
  lines.push(
    markdownTable(
      ["target", "subject", "value", "threshold", "result"],
      report.targets.map((target) => [target.target, target.subject, target.value, target.threshold, target.status]),
    ),
    "",
  );
  const failed = report.targets.filter((target) => target.status === "FAIL").length;
  const passed = report.targets.filter((target) => target.status === "PASS").length;
  lines.push(`${passed} targets passed, ${failed} failed, ${report.targets.length - passed - failed} skipped.`, "");
  lines.push("## Workloads", "");
  const titles = new Map(report.runs.flatMap((run) => run.results.map((result) => [result.workload, result.title] as const)));
  for (const [workload, title] of titles) lines.push(`- **${workload}**: ${title}`);
  lines.push("", "## Datasets", "");
  for (const run of report.runs) lines.push(formatGeneration(run.dataset), "");
  return lines.join("\n");
}

/** Facts about the machine the numbers come from. */
export function describeEnvironment(postgres: string, commit: string): Record<string, string | number> {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB RAM`,
    node: process.version,
    postgres,
    commit,
    loadAverage: os.loadavg()[0].toFixed(2),
  };
}
