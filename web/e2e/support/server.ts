import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";

const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");
const SERVER_MAIN = path.join(REPO_ROOT, "server", "dist", "main.js");
const WEB_INDEX = path.join(REPO_ROOT, "web", "dist", "index.html");
/** The demo seed writes 2,000 contacts and 10,000 interactions before the server listens. */
const READY_TIMEOUT_MS = 90_000;
// The server needs about 10 s to stop after it has served requests (reported); SIGKILL only if it hangs.
const STOP_TIMEOUT_MS = 15_000;

/** A Talentlane server started for one test file, on its own database. */
export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** Stops the process and deletes its database (or data folder). Safe to call twice. */
  stop: () => Promise<void>;
}

export interface StartServerOptions {
  /** The server's stdout and stderr are written here, to read when a test fails. */
  logFile: string;
}

/**
 * Starts `node --max-semi-space-size=32 server/dist/main.js --seed-demo` (what `pnpm start` runs) on a free port of
 * 127.0.0.1 and resolves once `GET /healthz` answers 200. With `DATABASE_URL` set, it creates a fresh database
 * `tl_e2e_<random>` on that PostgreSQL server (dropped by `stop`); without it, the server runs the embedded
 * PGlite in a fresh temporary folder. Throws, with the end of the server's output, when it exits or does not
 * get ready in time; the caller must still call `stop`, which is done for it on failure.
 */
export async function startServer({ logFile }: StartServerOptions): Promise<RunningServer> {
  for (const [file, what] of [
    [SERVER_MAIN, "the server build"],
    [WEB_INDEX, "the web build"],
  ]) {
    if (!fs.existsSync(file)) throw new Error(`${what} is missing (${file}): run \`pnpm build\` at the repository root first`);
  }

  const cleanups: Array<() => Promise<void>> = [];
  const stop = async () => {
    while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
  };

  try {
    const port = await findFreePort();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn" };
    // Run as `pnpm start` does (jest sets NODE_ENV=test).
    delete env.NODE_ENV;
    delete env.TALENTLANE_DATA_DIR;

    if (process.env.DATABASE_URL) {
      const database = await createDatabase(process.env.DATABASE_URL);
      cleanups.push(database.drop);
      env.DATABASE_URL = database.url;
    } else {
      delete env.DATABASE_URL;
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "talentlane-e2e-data-"));
      cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
      env.TALENTLANE_DATA_DIR = dataDir;
    }

    const log = fs.createWriteStream(logFile);
    const output = new OutputTail();
    const child = spawn(process.execPath, ["--max-semi-space-size=32", SERVER_MAIN, "--seed-demo"], {
      cwd: path.dirname(path.dirname(SERVER_MAIN)),
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.on("data", (chunk: Buffer) => {
        log.write(chunk);
        output.add(chunk);
      });
    }
    cleanups.push(async () => {
      await stopProcess(child);
      await new Promise<void>((resolve) => log.end(resolve));
    });

    const url = `http://127.0.0.1:${port}`;
    await waitUntilHealthy(url, child, output);
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Creates `tl_e2e_<random>` on the server `adminUrl` points at; `drop` removes it even with connections left. */
async function createDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `tl_e2e_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: OutputTail): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output.text()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) {
        if (child.exitCode === null && child.signalCode === null) return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer GET /healthz with 200 within ${READY_TIMEOUT_MS / 1000} s:\n${output.text()}`);
}

/** SIGTERM, then SIGKILL if it has not exited after {@link STOP_TIMEOUT_MS}. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** The last few kilobytes a process printed, for error messages. */
class OutputTail {
  private chunks: string[] = [];
  private size = 0;

  add(chunk: Buffer): void {
    const text = chunk.toString("utf8");
    this.chunks.push(text);
    this.size += text.length;
    while (this.size > 8_000 && this.chunks.length > 1) this.size -= this.chunks.shift()!.length;
  }

  text(): string {
    return this.chunks.join("").trim() || "(no output)";
  }
}
