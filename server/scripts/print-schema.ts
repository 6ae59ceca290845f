import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { printApiSchema } from "../src/graphql/schema";

/** Writes the printed, sorted schema to the repository's schema.graphql (the file integrators and codegen read). */
async function printSchemaFile(): Promise<void> {
  const target = path.resolve(__dirname, "..", "..", "schema.graphql");
  fs.writeFileSync(target, await printApiSchema());
  process.stdout.write(`wrote ${target}\n`);
}

printSchemaFile().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
