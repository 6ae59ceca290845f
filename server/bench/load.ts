// autocannon ships no types; the few options used here are declared in autocannon.d.ts beside this file.
import autocannon from "autocannon";

/** What one side (the product or the floor) did in one timed run. */
export interface RunResult {
  /** Every response's latency, in milliseconds (autocannon's per-response timings, not its rounded histogram). */
  latenciesMs: number[];
  requests: number;
  seconds: number;
  bytes: number;
  /** Connection errors, timeouts, non-2xx answers and GraphQL errors in a 2xx answer. */
  errors: number;
}

export interface LoadSpec {
  url: string;
  /** Bodies the connections cycle through; or `next` for a fresh body per request (writes). */
  bodies: string[];
  next?: () => string;
  headers: Record<string, string>;
  /** Headers for each connection (connection i gets entry i mod length): e.g. one API key per simulated user. */
  connectionHeaders?: Array<Record<string, string>>;
  connections: number;
  /** Run for this long (in-flight requests at the end are dropped)... */
  seconds?: number;
  /** ...or until this many requests have been answered (none dropped). */
  amount?: number;
}

/**
 * Drives `spec.url` + /graphql with autocannon at `spec.connections` concurrent keep-alive connections (a closed
 * loop: each connection sends its next request when the last one is answered), for `spec.seconds` or `spec.amount`
 * requests. A 2xx answer whose body carries `"errors"` counts as an error.
 */
export function runLoad(spec: LoadSpec): Promise<RunResult> {
  const headers = { "content-type": "application/json", ...spec.headers };
  const requests = spec.next
    ? [{ method: "POST", path: "/graphql", headers, setupRequest: (request: Record<string, unknown>) => ({ ...request, body: spec.next!() }) }]
    : spec.bodies.map((body) => ({ method: "POST", path: "/graphql", headers, body }));
  const latenciesMs: number[] = [];
  let connection = 0;
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        ...(spec.amount ? { amount: spec.amount } : { duration: spec.seconds }),
        requests,
        timeout: 120,
        // autocannon ends a run at its next sample tick after the duration: tick often, so runs last what they say.
        sampleInt: 100,
        verifyBody: (body: string) => !body.includes('"errors"'),
        setupClient: spec.connectionHeaders
          ? (client: autocannon.Client) => {
              const own = spec.connectionHeaders![connection++ % spec.connectionHeaders!.length];
              client.setRequests(requests.map((request) => ({ ...request, headers: { ...request.headers, ...own } })));
            }
          : undefined,
      },
      (error: Error | null, result: autocannon.Result) => {
        if (error) return reject(error);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        resolve({
          latenciesMs,
          requests: latenciesMs.length,
          seconds,
          bytes: result.throughput.total,
          errors: result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0),
        });
      },
    );
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTimeMs: number) => {
      if (statusCode >= 200 && statusCode < 300) latenciesMs.push(responseTimeMs);
    });
  });
}

/** Latency percentiles and throughput of one or more runs of a side. */
export interface SideSummary {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  requestsPerSecond: number;
  requests: number;
  errors: number;
  /** p95 of each run, to show how stable the measurement was. */
  p95ByRound: number[];
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1];
}

export function summarize(runs: RunResult[]): SideSummary {
  const all = runs.flatMap((run) => run.latenciesMs).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  return {
    p50: percentile(all, 0.5),
    p95: percentile(all, 0.95),
    p99: percentile(all, 0.99),
    mean: all.reduce((sum, value) => sum + value, 0) / Math.max(1, all.length),
    requestsPerSecond: all.length / Math.max(seconds, 1e-9),
    requests: all.length,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    p95ByRound: runs.map((run) => percentile([...run.latenciesMs].sort((a, b) => a - b), 0.95)),
  };
}
