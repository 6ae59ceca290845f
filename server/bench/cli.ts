import "reflect-metadata";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { browserUnavailable, measureBoardInBrowser } from "./browser";
import { parseCount, readOption, serverUrl } from "./data/dataset";
import { describeEnvironment, evaluateTargets, formatReport, type BenchReport } from "./report";
import { runSuite, type SuiteOptions } from "./run";
import { buildFreshness } from "./servers/product-server";

const USAGE = `pnpm bench [--contacts N] [options]

  --contacts N        contacts in the main run (default 10000; 1000000 for the full run). Every workload runs at N;
                      board and pool filter also at 10k and 100k when N is larger (growth).
  --growth a,b        other sizes for the growth workloads (default: 10000,100000 below N)
  --connections C     concurrent connections per side (default 8)
  --warmup S          warm-up seconds per side (default 1; 3 from 1M contacts)
  --rounds R          measured rounds per side (default 3; 4 from 1M contacts)
  --round-seconds S   seconds per round and side (default 1.5; 5 from 1M contacts)
  --pool P            database connections of the product and of the floor (default 10)
  --only a,b          run only these workloads (board, board-deep, pool-filter, search-fuzzy, search-full-text,
                      contact, contacts-page, card-move, trivial)
  --shared-key        all connections use one API key (default: one key per connection, i.e. one user each)
  --force             regenerate the datasets even if they exist
  --no-browser        skip the browser part (the boards in Chromium, browser.ts); it runs whenever /usr/bin/chromium
                      and the built SPA are there, and the run says so when they are not
  --strict            exit with status 1 when a target fails
  --out DIR           where results go (default server/bench/results)

DATABASE_URL names the PostgreSQL server (a superuser; default postgres://postgres@127.0.0.1:5432/postgres);
each size gets its own database talentlane_bench_<N>, generated once and reused.`;

/** Reads the command line into suite options (profiles: quick below 1M contacts, full from 1M). */
export function readOptions(argv: string[], log: (message: string) => void): SuiteOptions & { strict: boolean; out: string } {
  const contacts = parseCount(readOption(argv, "contacts"), 10_000);
  const full = contacts >= 1_000_000;
  const number = (name: string, fallback: number) => {
    const text = readOption(argv, name);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
    return value;
  };
  const list = (name: string) => (readOption(argv, name) ?? "").split(",").map((item) => item.trim()).filter(Boolean);
  const growth = readOption(argv, "growth") !== undefined ? list("growth").map((item) => parseCount(item, 0)) : [10_000, 100_000];
  return {
    contacts,
    growthSizes: growth.filter((size) => size < contacts),
    connections: number("connections", 8),
    warmupSeconds: number("warmup", full ? 3 : 1),
    rounds: number("rounds", full ? 4 : 3),
    roundSeconds: number("round-seconds", full ? 5 : 1.5),
    poolSize: number("pool", 10),
    only: list("only"),
    regenerate: argv.includes("--force"),
    sharedKey: argv.includes("--shared-key"),
    log,
    browser: argv.includes("--no-browser") ? undefined : browserPart(log),
    strict: argv.includes("--strict"),
    // pnpm runs the script in server/; INIT_CWD is where `pnpm bench` was typed.
    out: readOption(argv, "out") ? path.resolve(process.env.INIT_CWD ?? process.cwd(), readOption(argv, "out")!) : path.join(__dirname, "results"),
  };
}

/** The browser part, or undefined (said plainly) when Chromium or the built SPA is missing. */
function browserPart(log: (message: string) => void): SuiteOptions["browser"] {
  const unavailable = browserUnavailable();
  if (unavailable) {
    log(`SKIPPED the browser part: ${unavailable}`);
    return undefined;
  }
  return measureBoardInBrowser;
}

/** Runs the suite and writes `<out>/<timestamp>.json` and `.md`; returns the report and the markdown. */
export async function runBenchmark(options: SuiteOptions & { out: string }): Promise<{ report: BenchReport; markdown: string; files: string[] }> {
  const startedAt = new Date().toISOString();
  const build = buildFreshness();
  if (build.isStale) {
    options.log(`warning: server/dist is older than the sources (built ${build.builtAt?.toISOString()}): the numbers are for that build; pnpm bench rebuilds first`);
  }
  const runs = await runSuite(options);
  const { log: _log, browser, ...settings } = options;
  const report: BenchReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    environment: {
      ...describeEnvironment(await postgresVersion(), gitCommit()),
      serverBuild: `${build.builtAt?.toISOString() ?? "missing"}${build.isStale ? " (older than the sources)" : ""}`,
    },
    settings: { ...settings, browser: Boolean(browser) },
    runs,
    targets: evaluateTargets(runs),
  };
  const markdown = formatReport(report);
  fs.mkdirSync(options.out, { recursive: true });
  const stamp = startedAt.replace(/[:.]/g, "-");
  const files = [path.join(options.out, `${stamp}.json`), path.join(options.out, `${stamp}.md`)];
  fs.writeFileSync(files[0], `${JSON.stringify(report, (key, value) => (key === "latenciesMs" ? undefined : value), 2)}\n`);
  fs.writeFileSync(files[1], `${markdown}\n`);
  return { report, markdown, files };
}

async function postgresVersion(): Promise<string> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    const [{ server_version }] = (await client.query(`SHOW server_version`)).rows;
    return `PostgreSQL ${String(server_version).split(" ")[0]}`;
  } finally {
    await client.end();
  }
}

function gitCommit(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: __dirname, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: __dirname, encoding: "utf8" }).trim();
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return "unknown";
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const started = Date.now();
  const log = (message: string) => process.stdout.write(`  ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${message}\n`);
  const options = readOptions(argv, log);
  const { report, markdown, files } = await runBenchmark(options);
  process.stdout.write(`\n${markdown}\n\nWritten: ${files.map((file) => path.relative(process.cwd(), file)).join(", ")} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  if (options.strict && report.targets.some((target) => target.status === "FAIL")) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
