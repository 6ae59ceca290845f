import fs from "node:fs";
import path from "node:path";
import { PRODUCTION_NODE_FLAGS } from "./process";

/*
 * The benchmark measures the server as production runs it, so the Node flags it starts both sides with are the ones
 * production uses: the container's command and the root `pnpm start`.
 */
const SERVER_DIR = path.resolve(__dirname, "..", "..");

describe("production Node flags", () => {
  it("are the ones server/Dockerfile runs the server with", () => {
    const dockerfile = fs.readFileSync(path.join(SERVER_DIR, "Dockerfile"), "utf8");
    const command = dockerfile.split("\n").filter((line) => line.startsWith("CMD ")).pop() ?? "";
    expect(JSON.parse(command.slice("CMD ".length))).toEqual(["node", ...PRODUCTION_NODE_FLAGS, "server/dist/main.js"]);
  });

  it("are the ones the root `pnpm start` runs the server with", () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(SERVER_DIR, "..", "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(scripts.start).toContain(`node ${PRODUCTION_NODE_FLAGS.join(" ")} server/dist/main.js`);
  });
});
