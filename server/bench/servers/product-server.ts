import fs from "node:fs";
import path from "node:path";
import { ChildServer, freePort, memoryOf, startNode, waitUntilHealthy } from "./process";

export const SERVER_DIR = path.resolve(__dirname, "..", "..");

/** The product server under test: the built `server/dist/main.js`, as production runs it but with diagnostics on. */
export interface ProductServer {
  url: string;
  pid: number;
  process: ChildServer;
  /** Statements node-postgres has sent since start (all of them: transaction, auth and resolvers). */
  statementsSent(): Promise<number>;
  memory(): { rssBytes: number; peakRssBytes: number } | null;
  /**
   * SIGTERM, then SIGKILL after `graceMs`. The product takes ~10 s to exit on SIGTERM even when idle (see the
   * README's findings), so the benchmark does not wait for it by default; a profiling run must (the profile is
   * written at exit).
   */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts `node server/dist/main.js` on a free port against `databaseUrl` as production runs it (NODE_ENV=production),
 * with TALENTLANE_DIAGNOSTICS=true so responses carry `extensions.sqlStatements` and, on request, the statement trace
 * the floor replays, and LOG_LEVEL=warn. A preload counts the statements it sends. `nodeArgs` go to node before the
 * script (e.g. `--cpu-prof` for bench/profile.ts).
 */
export async function startProductServer(databaseUrl: string, poolSize: number, nodeArgs: string[] = []): Promise<ProductServer> {
  const main = path.join(SERVER_DIR, "dist", "main.js");
  if (!fs.existsSync(main)) throw new Error(`${main} is missing: build first (pnpm --filter @talentlane/server build)`);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: String(poolSize),
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    TALENTLANE_DIAGNOSTICS: "true",
    SEED_DEMO: "false",
  };
  const child = startNode("the product server", [...nodeArgs, "-r", path.join(__dirname, "statement-counter.js"), main], SERVER_DIR, env);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(child, `${url}/healthz`);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return {
    url,
    pid: child.pid,
    process: child,
    statementsSent: async () => (await child.ask<{ statements: number }>({ type: "statements?" })).statements,
    memory: () => memoryOf(child.pid),
    stop: (graceMs = 2_000) => child.stop(graceMs),
  };
}

/** When server/dist was built, and whether server/src or shared/src changed since (then the numbers are for older code). */
export function buildFreshness(): { builtAt: Date | null; newestSourceAt: Date | null; isStale: boolean } {
  const newest = (directory: string): number => {
    let latest = 0;
    if (!fs.existsSync(directory)) return latest;
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) latest = Math.max(latest, newest(full));
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) latest = Math.max(latest, fs.statSync(full).mtimeMs);
    }
    return latest;
  };
  const main = path.join(SERVER_DIR, "dist", "main.js");
  const builtAt = fs.existsSync(main) ? fs.statSync(main).mtimeMs : 0;
  const newestSource = Math.max(newest(path.join(SERVER_DIR, "src")), newest(path.join(SERVER_DIR, "..", "shared", "src")));
  return {
    builtAt: builtAt ? new Date(builtAt) : null,
    newestSourceAt: newestSource ? new Date(newestSource) : null,
    isStale: builtAt > 0 && newestSource > builtAt,
  };
}
