import "reflect-metadata";
import { ensureDataset, parseCount, readOption } from "./dataset";
import { formatGeneration } from "../report";

/**
 * `pnpm bench:data [--contacts N] [--force]`: loads the benchmark dataset for N contacts (default 100,000) into
 * its own database on the PostgreSQL named by DATABASE_URL (default the local postgres superuser), and prints rows
 * and seconds per table. An existing complete dataset of that size is reused unless `--force` is given.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const contacts = parseCount(readOption(argv, "contacts"), 100_000);
  const dataset = await ensureDataset(contacts, { regenerate: argv.includes("--force"), log: (message) => process.stdout.write(`  ${message}\n`) });
  process.stdout.write(`\n${formatGeneration(dataset)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench:data failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
