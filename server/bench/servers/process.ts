import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Resident and peak resident memory of a process, from /proc (Linux). */
export function memoryOf(pid: number): { rssBytes: number; peakRssBytes: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
    return { rssBytes: kib("VmRSS"), peakRssBytes: kib("VmHWM") };
  } catch {
    return null;
  }
}

/**
 * A child process the benchmark started, with its output kept (the last lines are shown if it dies) and a
 * request/answer channel over IPC.
 */
export class ChildServer {
  readonly output: string[] = [];
  private nextId = 1;
  private exited: Promise<number | null>;
  private pending = new Map<number, { resolve: (value: any) => void; reject: (error: Error) => void }>();

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) this.output.push(line);
      if (this.output.length > 200) this.output.splice(0, this.output.length - 200);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.on("message", (message: { id?: number; error?: string }) => {
      const waiter = message.id ? this.pending.get(message.id) : undefined;
      if (!waiter) return;
      this.pending.delete(message.id!);
      if (message.error) waiter.reject(new Error(`${this.name}: ${message.error}`));
      else waiter.resolve(message);
    });
    this.exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
    void this.exited.then((code) => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`${this.name} exited (${code})\n${this.tail()}`));
      this.pending.clear();
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  get isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends a message and waits for the answer carrying the same id. */
  ask<T>(message: Record<string, unknown>, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.name} did not answer ${String(message.type)} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.child.send({ ...message, id });
    });
  }

  tail(lines = 30): string {
    return this.output.slice(-lines).join("\n");
  }

  /** Stops the process (SIGTERM, then SIGKILL after a grace period). */
  async stop(graceMs = 8_000): Promise<void> {
    if (!this.isRunning) return;
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

/**
 * The Node flags production runs the server with: server/Dockerfile's command and the root `pnpm start` carry the
 * same (node-flags.test.ts checks). Both sides of the benchmark run with them, so neither gets a runtime the other
 * lacks.
 *
 * `--max-semi-space-size=32` doubles V8's young generation from Node 20's 16 MB per half. A request's garbage (rows,
 * mapped objects, the answer's JSON) is short-lived, and with eight requests in flight the small young generation
 * filled before it died, so scavenges ran twice as often and promoted live request data to the old generation,
 * which only a full mark-compact frees. At 10k contacts, both sides with and without the flag, alternating twice:
 * a contacts page's server CPU per request 13.9 and 12.4 ms without, 10.9 and 9.0 ms with (p95 against the floor
 * x1.87 and x1.98, then x1.50 and x1.46); the board's 23.6 and 25.3 against 18.4 and 20.6 ms (44-48 requests/s
 * instead of 38-39); the peak RSS about 30 MiB higher. 64 MB, tried on the product alone, did no better than 32 and
 * added 30-120 MiB.
 */
export const PRODUCTION_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=32"];

/** Starts `node <args>` in `cwd` with an IPC channel, with the production Node flags. */
export function startNode(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): ChildServer {
  const child = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe", "ipc"] });
  return new ChildServer(name, child);
}

/** Waits until `url` answers 200, failing early if the process dies. */
export async function waitUntilHealthy(server: ChildServer, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!server.isRunning) throw new Error(`${server.name} exited while starting:\n${server.tail()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${server.name} did not become healthy at ${url} within ${timeoutMs} ms:\n${server.tail()}`);
}
