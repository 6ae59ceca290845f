import pino, { type Logger } from "pino";

export type { Logger };

/** The product's one structured logger. Child loggers carry the request id. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "talentlane" }, redact: ["password", "*.password", "token", "*.token"] });
}
