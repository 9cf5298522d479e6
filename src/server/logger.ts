// The JSON logger (pino): one object per line on stdout, ISO timestamps, level names; flushed on shutdown.
import pino, { type DestinationStream, type Logger } from "pino";
import type { Config } from "../config";

export type { Logger } from "pino";

export function createLogger(level: Config["logLevel"], destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "papergraph", pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/** A logger that drops everything (the default of servers built in tests). */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}

/** Writes out what the logger still buffers. */
export function flushLogger(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}
