import { Client } from "pg";
import { captureMove, captureRead, openApiKeys, postGraphql, resolverStatementsOf, totalStatementsPerRequest } from "./capture";
import { ensureDataset, type Dataset } from "./data/dataset";
import { BENCH_ADMIN_EMAIL, BENCH_PASSWORD, BENCH_WORKSPACE_ID } from "./data/ids";
import { runLoad, summarize, type RunResult, type SideSummary } from "./load";
import { CpuMeter, type CpuPerRequest } from "./servers/cpu";
import { startFloorServer, type FloorServer } from "./servers/floor";
import { startProductServer, type ProductServer } from "./servers/product-server";
import { buildWorkloads, readFixtures, snapshotMoveJob, type Workload } from "./workloads";
import type { BrowserContext, BrowserMeasurement } from "./browser";

export interface SuiteOptions {
  /** The run's size: every workload runs at it. */
  contacts: number;
  /** Smaller sizes at which the growth workloads (board, pool filter) also run. */
  growthSizes: number[];
  connections: number;
  warmupSeconds: number;
  rounds: number;
  roundSeconds: number;
  /** Database connections of the product and of the floor. */
  poolSize: number;
  /** Run only these workloads (by name); all when empty. */
  only: string[];
  regenerate: boolean;
  /**
   * All connections share one API key (an integrator's situation) instead of one key each (N users). Off by default:
   * with a shared key, the product's once-a-minute `UPDATE api_key SET last_used_at` inside the request transaction
   * makes every concurrent request queue behind the slowest one (see the README's findings).
   */
  sharedKey: boolean;
  log: (message: string) => void;
  /** The browser part (see browser.ts), run at the main size after the workloads; not run when absent. */
  browser?: (context: BrowserContext) => Promise<BrowserMeasurement>;
}

/** One workload's measurement at one size. */
export interface WorkloadResult {
  workload: string;
  title: string;
  kind: Workload["kind"];
  contacts: number;
  ours: SideSummary;
  floor: SideSummary;
  /**
   * Ours over the floor: latency percentiles and throughput. Each is the median over rounds of that round's ratio
   * (a product run and the floor run right after it), which a burst of other work on a shared machine moves less
   * than a ratio of pooled percentiles.
   */
  ratio: { p50: number; p95: number; p99: number; throughput: number };
  /**
   * The lowest and highest per-round ratio of p95 and of throughput: how far the rounds of one run disagree, so a
   * verdict that sits inside that band is read as the noise it is.
   */
  ratioSpread: { p95: [number, number]; throughput: [number, number] };
  /** CPU per request in the measured rounds: the server process and its PostgreSQL backends, for each side. */
  cpu: { ours: CpuPerRequest; floor: CpuPerRequest };
  statements: {
    /** Statements the product's resolvers ran (what the floor replays). */
    resolver: number;
    /** Everything the product sent per request: transaction, role/workspace settings, credential check, resolvers. */
    total: number;
    /** What the floor sends per request. */
    floor: number;
    /** The page-size probe: resolver statements at a small and a large page. */
    bySize?: { small: number; large: number; smallStatements: number; largeStatements: number };
  };
  responseBytes: number;
  /** The product server's resident memory: highest seen while this workload ran. */
  rssBytes: number;
}

export interface SizeRun {
  dataset: Dataset;
  results: WorkloadResult[];
  /** The product server's peak resident memory (VmHWM) over the whole size's run. */
  peakRssBytes: number;
  floorPeakRssBytes: number;
  browser: BrowserMeasurement | null;
}

/** Runs the suite: datasets first, then each size's workloads against a fresh product server and floor. */
export async function runSuite(options: SuiteOptions): Promise<SizeRun[]> {
  const sizes = [...new Set([...options.growthSizes.filter((size) => size < options.contacts), options.contacts])].sort((a, b) => a - b);
  const datasets: Dataset[] = [];
  for (const size of sizes) datasets.push(await ensureDataset(size, { regenerate: options.regenerate, log: options.log }));
  const runs: SizeRun[] = [];
  for (const dataset of datasets) {
    const isMain = dataset.contacts === options.contacts;
    runs.push(await runSize(dataset, isMain, options));
  }
  return runs;
}

async function runSize(dataset: Dataset, isMain: boolean, options: SuiteOptions): Promise<SizeRun> {
  const log = (message: string) => options.log(`[${dataset.contacts.toLocaleString("en-US")}] ${message}`);
  log(`starting the product server and the floor on ${dataset.database}`);
  const product = await startProductServer(dataset.url, options.poolSize);
  let floor: FloorServer | null = null;
  let revoke: (() => Promise<void>) | null = null;
  const admin = new Client({ connectionString: dataset.url });
  await admin.connect();
  try {
    floor = await startFloorServer(dataset.url, BENCH_WORKSPACE_ID, options.poolSize);
    const keys = await openApiKeys(product.url, BENCH_ADMIN_EMAIL, BENCH_PASSWORD, options.sharedKey ? 1 : options.connections);
    revoke = keys.revoke;
    const key = { headers: keys.headers[0], connectionHeaders: keys.headers };
    const fixtures = await readFixtures(dataset.url);
    const workloads = buildWorkloads(fixtures).filter(
      (workload) => (isMain || workload.growth) && (options.only.length === 0 || options.only.includes(workload.name)),
    );
    const results: WorkloadResult[] = [];
    for (const workload of workloads) {
      log(`${workload.name}: ${workload.title}`);
      const result = await runWorkload(workload, dataset, { product, floor, admin }, key, fixtures.moveJobId, options);
      log(
        `${workload.name}: p95 ${result.ours.p95.toFixed(1)} ms vs floor ${result.floor.p95.toFixed(1)} ms (x${result.ratio.p95.toFixed(2)}), ` +
          `${result.ours.requestsPerSecond.toFixed(0)} vs ${result.floor.requestsPerSecond.toFixed(0)} req/s`,
      );
      results.push(result);
    }
    const browser =
      isMain && options.browser
        ? await options.browser({
            url: product.url,
            databaseUrl: dataset.url,
            email: BENCH_ADMIN_EMAIL,
            password: BENCH_PASSWORD,
            smallBoardJobId: fixtures.smallBoardJobId,
            bigBoardJobId: fixtures.bigBoardJobId,
            log,
          })
        : null;
    return {
      dataset,
      results,
      peakRssBytes: product.memory()?.peakRssBytes ?? 0,
      floorPeakRssBytes: floor.memory()?.peakRssBytes ?? 0,
      browser,
    };
  } finally {
    if (revoke) await revoke().catch(() => undefined);
    await admin.end();
    await floor?.stop();
    await product.stop();
  }
}

async function runWorkload(
  workload: Workload,
  dataset: Dataset,
  { product, floor, admin }: { product: ProductServer; floor: FloorServer; admin: Client },
  key: { headers: Record<string, string>; connectionHeaders: Array<Record<string, string>> },
  moveJobId: string,
  options: SuiteOptions,
): Promise<WorkloadResult> {
  const auth = key.headers;
  let restore: (() => Promise<void>) | null = null;
  let resolver: number;
  let total: number;
  let floorStatements: number;
  let responseBytes: number;
  let bySize: WorkloadResult["statements"]["bySize"];
  try {
    if (workload.next) {
      restore = await snapshotMoveJob(dataset.url, moveJobId);
      const { template, resolverStatements } = await captureMove(product, workload.next(), auth);
      await floor.setMove(template);
      await floor.setRoutes([]);
      resolver = resolverStatements;
      total = await totalStatementsPerRequest(product, workload.next, auth);
      floorStatements = template.statements.length + 2;
      responseBytes = Buffer.byteLength(template.response);
      await checkFloorAnswers(floor, [workload.next()], null);
    } else {
      const captures = [];
      for (const body of workload.bodies) captures.push(await captureRead(product, body, auth));
      await floor.setMove(null);
      await floor.setRoutes(captures);
      await checkFloorAnswers(floor, workload.bodies, captures.map((capture) => capture.response));
      resolver = Math.max(...captures.map((capture) => capture.resolverStatements));
      floorStatements = Math.max(...captures.map((capture) => capture.statements.length));
      responseBytes = Math.round(captures.reduce((sum, capture) => sum + Buffer.byteLength(capture.response), 0) / captures.length);
      let index = 0;
      total = await totalStatementsPerRequest(product, () => workload.bodies[index++ % workload.bodies.length], auth);
      if (workload.pageSizes) {
        const [smallBody, largeBody] = workload.pageSizes.bodies;
        bySize = {
          small: workload.pageSizes.small,
          large: workload.pageSizes.large,
          smallStatements: await resolverStatementsOf(product, smallBody, auth),
          largeStatements: await resolverStatementsOf(product, largeBody, auth),
        };
      }
    }

    const spec = (url: string, length: { seconds: number } | { amount: number }) => ({
      url,
      bodies: workload.bodies,
      next: workload.next,
      headers: {},
      connectionHeaders: key.connectionHeaders,
      connections: options.connections,
      ...length,
    });
    let rssBytes = 0;
    const sampleMemory = () => (rssBytes = Math.max(rssBytes, product.memory()?.rssBytes ?? 0));
    const ourSide = { url: product.url, applicationName: "talentlane" };
    const floorSide = { url: floor.url, applicationName: "talentlane-floor" };
    /** One run of one side; then waits until that side's database work is over, so runs never overlap. */
    const run = async (side: typeof ourSide, length: { seconds: number } | { amount: number }) => {
      const sampler = side === ourSide ? setInterval(sampleMemory, 200) : null;
      try {
        return await runLoad(spec(side.url, length));
      } finally {
        if (sampler) clearInterval(sampler);
        sampleMemory();
        await waitUntilIdle(admin, side.applicationName);
      }
    };
    // Warm-up (JIT, plan caches, buffers) for a duration; it also tells each side's rate, from which the measured
    // rounds are sized in requests (about roundSeconds each, at least 3 per connection): rounds then end when their
    // last answer arrives, so no slow request is cut off and none is left running into the next round.
    const rounds = { ours: 0, floor: 0 };
    const minimum = options.connections * 3;
    for (const [key, side] of [["ours", ourSide], ["floor", floorSide]] as const) {
      const warm = await run(side, { seconds: options.warmupSeconds });
      rounds[key] = Math.max(minimum, Math.round((warm.requests / warm.seconds) * options.roundSeconds));
    }
    const ourMeter = new CpuMeter(admin, product.pid, ourSide.applicationName);
    const floorMeter = new CpuMeter(admin, floor.pid, floorSide.applicationName);
    const ours: RunResult[] = [];
    const theirs: RunResult[] = [];
    for (let round = 0; round < options.rounds; round += 1) {
      ours.push(await ourMeter.measure(() => run(ourSide, { amount: rounds.ours })));
      theirs.push(await floorMeter.measure(() => run(floorSide, { amount: rounds.floor })));
    }
    const oursSummary = summarize(ours);
    const floorSummary = summarize(theirs);
    if (oursSummary.errors > 0 || floorSummary.errors > 0) {
      // Reported (and failing the workload's target), not fatal: one slow workload must not lose the whole run.
      options.log(`${workload.name}: ${oursSummary.errors} failed requests from the product, ${floorSummary.errors} from the floor (timeouts, non-2xx or GraphQL errors)`);
    }
    const roundRatios = (pick: (summary: SideSummary) => number) => ours.map((run, round) => pick(summarize([run])) / pick(summarize([theirs[round]])));
    const perRound = (pick: (summary: SideSummary) => number) => median(roundRatios(pick));
    const spread = (pick: (summary: SideSummary) => number): [number, number] => {
      const values = roundRatios(pick);
      return [Math.min(...values), Math.max(...values)];
    };
    return {
      workload: workload.name,
      title: workload.title,
      kind: workload.kind,
      contacts: dataset.contacts,
      ours: oursSummary,
      floor: floorSummary,
      ratio: {
        p50: perRound((summary) => summary.p50),
        p95: perRound((summary) => summary.p95),
        p99: perRound((summary) => summary.p99),
        throughput: perRound((summary) => summary.requestsPerSecond),
      },
      ratioSpread: { p95: spread((summary) => summary.p95), throughput: spread((summary) => summary.requestsPerSecond) },
      cpu: { ours: ourMeter.perRequest(), floor: floorMeter.perRequest() },
      statements: { resolver, total, floor: floorStatements, ...(bySize ? { bySize } : {}) },
      responseBytes,
      rssBytes,
    };
  } finally {
    if (restore) {
      await floor.setMove(null);
      await restore();
    }
  }
}

/** The floor must answer each request with the product's bytes (reads) or at least without an error (moves). */
async function checkFloorAnswers(floor: FloorServer, bodies: string[], expected: string[] | null): Promise<void> {
  for (const [index, body] of bodies.entries()) {
    const answer = await postGraphql(floor.url, body);
    if (answer.status !== 200 || (expected && answer.text !== expected[index]) || answer.json?.errors) {
      throw new Error(`the floor answered differently from the product (HTTP ${answer.status}): ${answer.text.slice(0, 500)}`);
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Waits (up to a minute) until no backend of `applicationName` is running a statement or holding a transaction open. */
async function waitUntilIdle(admin: Client, applicationName: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { rows } = await admin.query(
      `SELECT count(*)::int AS busy FROM pg_stat_activity WHERE application_name = $1 AND state IN ('active', 'idle in transaction')`,
      [applicationName],
    );
    if (rows[0].busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
