import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openApiKey } from "./capture";
import { benchDatabaseName, databaseUrl, parseCount, readOption } from "./data/dataset";
import { BENCH_ADMIN_EMAIL, BENCH_PASSWORD } from "./data/ids";
import { runLoad } from "./load";
import { startProductServer } from "./servers/product-server";
import { buildWorkloads, readFixtures } from "./workloads";

/**
 * `node -r @swc-node/register bench/profile.ts --contacts N --workload NAME [--seconds S] [--connections C]`:
 * where the product server's CPU goes for one workload. Runs the workload against a server started with
 * `--cpu-prof` and prints the share of samples by package and by function (idle included: a server that is mostly
 * idle is waiting for PostgreSQL). The .cpuprofile is kept for Chrome DevTools.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const contacts = parseCount(readOption(argv, "contacts"), 10_000);
  const name = readOption(argv, "workload") ?? "board";
  const seconds = Number(readOption(argv, "seconds") ?? 10);
  const connections = Number(readOption(argv, "connections") ?? 8);
  const url = databaseUrl(benchDatabaseName(contacts));
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "talentlane-profile-"));
  const product = await startProductServer(url, 10, ["--cpu-prof", `--cpu-prof-dir=${directory}`]);
  try {
    const key = await openApiKey(product.url, BENCH_ADMIN_EMAIL, BENCH_PASSWORD);
    const workload = buildWorkloads(await readFixtures(url)).find((candidate) => candidate.name === name);
    if (!workload) throw new Error(`no workload named ${name}`);
    const spec = { url: product.url, bodies: workload.bodies, next: workload.next, headers: key.headers, connections };
    await runLoad({ ...spec, seconds: 2 });
    const result = await runLoad({ ...spec, seconds });
    process.stdout.write(`${result.requests} requests, ${(result.requests / result.seconds).toFixed(1)} req/s\n`);
    await key.revoke();
  } finally {
    // SIGTERM makes the server exit normally, which writes the profile.
    await product.stop(30_000);
  }
  const [file] = fs.readdirSync(directory).filter((entry) => entry.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no profile written in ${directory}`);
  process.stdout.write(`${summarizeProfile(path.join(directory, file))}\nprofile: ${path.join(directory, file)}\n`);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Self-time shares by package and by function of a V8 .cpuprofile. */
export function summarizeProfile(file: string, rows = 30): string {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[] };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const sample of profile.samples) {
    const frame = nodes.get(sample)!.callFrame;
    const pnpm = /node_modules\/\.pnpm\/([^/]+)/.exec(frame.url);
    const owner = pnpm
      ? pnpm[1].replace(/@\d[^_]*(_.*)?$/, "")
      : frame.url.includes("/server/dist/")
        ? "server/dist (product code)"
        : frame.url.startsWith("node:")
          ? "node core"
          : frame.url === ""
            ? `(${frame.functionName})`
            : frame.url;
    byPackage.set(owner, (byPackage.get(owner) ?? 0) + 1);
    const where = frame.url.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, "").replace(/.*\/server\/dist\//, "dist/");
    const key = `${frame.functionName || "(anonymous)"}  ${where}:${frame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + 1);
  }
  const total = profile.samples.length;
  const top = (counts: Map<string, number>) =>
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, rows)
      .map(([key, count]) => `${((100 * count) / total).toFixed(1).padStart(6)}%  ${key}`)
      .join("\n");
  return `by package:\n${top(byPackage)}\n\nby function (self time):\n${top(byFunction)}`;
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`profile failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
