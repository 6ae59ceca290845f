"use strict";
/**
 * Preloaded (`node -r`) into the product server the benchmark starts. It counts every statement node-postgres
 * sends (the transaction's BEGIN, role and workspace settings, the credential lookup and COMMIT included, which
 * the server's own `extensions.sqlStatements` leaves out), and answers the count over the IPC channel the
 * benchmark opened. The cost is one increment per statement; nothing else in the server changes.
 */
const path = require("node:path");

const pg = require(require.resolve("pg", { paths: [path.resolve(__dirname, "..", "..")] }));
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  statements += 1;
  return query.apply(this, args);
};

if (typeof process.send === "function") {
  process.on("message", (message) => {
    if (message && message.type === "statements?") process.send({ type: "statements", id: message.id, statements });
  });
  // Do not keep the server alive for the channel's sake, and do not outlive the benchmark that started it (an orphan
  // would hold its port and its database connections).
  process.channel?.unref();
  process.on("disconnect", () => process.exit(0));
}
