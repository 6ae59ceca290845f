import "reflect-metadata";
import { Client } from "pg";
import { captureRead, openApiKey } from "./capture";
import { benchDatabaseName, databaseUrl, parseCount, readOption } from "./data/dataset";
import { BENCH_ADMIN_EMAIL, BENCH_PASSWORD, BENCH_WORKSPACE_ID } from "./data/ids";
import { startProductServer } from "./servers/product-server";
import { buildWorkloads, readFixtures } from "./workloads";
import { requestSettingsSql } from "../src/db/tenant-transaction";

/**
 * `node -r @swc-node/register bench/explain.ts --contacts N --workload NAME [--body I] [--set name=value,...]`: for
 * finding out why a workload is slow. Captures the product's statements for the workload's request (its I-th body) from an existing
 * dataset and prints `EXPLAIN (ANALYZE, BUFFERS)` of each, run as the product runs it: as the request role with the
 * workspace and the request settings (work_mem, jit) set, so the plans are exactly the benchmark's.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const contacts = parseCount(readOption(argv, "contacts"), 10_000);
  const name = readOption(argv, "workload") ?? "board";
  const bodyIndex = Number(readOption(argv, "body") ?? 0);
  // Planner settings to try on top of the product's, e.g. `--set enable_hashjoin=off`: what a plan would cost if
  // PostgreSQL chose differently.
  const trial = Object.fromEntries(
    (readOption(argv, "set") ?? "")
      .split(",")
      .filter((pair) => pair !== "")
      .map((pair) => pair.split("=", 2).map((part) => part.trim())),
  );
  const url = databaseUrl(benchDatabaseName(contacts));
  const product = await startProductServer(url, 2);
  try {
    const key = await openApiKey(product.url, BENCH_ADMIN_EMAIL, BENCH_PASSWORD);
    const workload = buildWorkloads(await readFixtures(url)).find((candidate) => candidate.name === name);
    if (!workload || workload.bodies.length === 0) throw new Error(`no read workload named ${name}`);
    const captured = await captureRead(product, workload.bodies[bodyIndex], key.headers);
    await key.revoke();
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`SET ROLE talentlane_app`);
      await client.query(`SELECT set_config('app.workspace_id', $1, false), ${requestSettingsSql("session", trial)}`, [BENCH_WORKSPACE_ID]);
      for (const [index, statement] of captured.statements.entries()) {
        const started = Date.now();
        await client.query(statement.sql, statement.params);
        const plain = Date.now() - started;
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.params);
        process.stdout.write(`\n-- statement ${index + 1} of ${captured.statements.length} (${plain} ms without EXPLAIN)\n${statement.sql}\n-- params: ${JSON.stringify(statement.params).slice(0, 400)}\n`);
        process.stdout.write(`${plan.rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n")}\n`);
      }
    } finally {
      await client.end();
    }
  } finally {
    await product.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`explain failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
