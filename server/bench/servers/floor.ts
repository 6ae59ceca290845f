import path from "node:path";
import type { FloorRoute, MoveTemplate } from "./floor-protocol";
import { loadConfig } from "../../src/config/config";
import { ChildServer, freePort, memoryOf, startNode } from "./process";
import { SERVER_DIR } from "./product-server";

/** The parent's handle on the floor process (see floor-server.ts for what the floor is). */
export interface FloorServer {
  url: string;
  pid: number;
  process: ChildServer;
  setRoutes(routes: FloorRoute[]): Promise<void>;
  setMove(template: MoveTemplate | null): Promise<void>;
  statementsSent(): Promise<number>;
  memory(): { rssBytes: number; peakRssBytes: number } | null;
  stop(): Promise<void>;
}

/** Starts the floor as its own Node process (like the product server), with the same pool size. */
export async function startFloorServer(databaseUrl: string, workspaceId: string, poolSize: number): Promise<FloorServer> {
  const port = await freePort();
  const child = startNode("the floor server", ["-r", "@swc-node/register", path.join(__dirname, "floor-server.ts")], SERVER_DIR, {
    ...process.env,
    NODE_ENV: "production",
  });
  try {
    // The product's pool keeps idle connections for DATABASE_POOL_IDLE_TIMEOUT_MS; so does the floor's, or the side
    // whose connections closed between rounds would pay for new ones.
    const idleTimeoutMs = loadConfig(process.env, []).databasePoolIdleTimeoutMs;
    await child.ask({ type: "start", databaseUrl, workspaceId, poolSize, idleTimeoutMs, port }, 60_000);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    process: child,
    setRoutes: async (routes) => {
      await child.ask({ type: "routes", routes });
    },
    setMove: async (template) => {
      await child.ask({ type: "move", template });
    },
    statementsSent: async () => (await child.ask<{ statements: number }>({ type: "statements?" })).statements,
    memory: () => memoryOf(child.pid),
    stop: () => child.stop(),
  };
}
