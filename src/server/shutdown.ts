// Graceful shutdown on SIGTERM/SIGINT: stop accepting, finish in-flight requests within a deadline, flush the log,
// and resolve with the exit code (0 when the stop completed; a second signal exits at once with 130).
import type { PapergraphServer } from "./http-server";
import { flushLogger, type Logger } from "./logger";

export interface ShutdownOptions {
  logger: Logger;
  /** How long in-flight requests may take before their connections are closed. */
  timeoutMs: number;
  /** A human-readable status line (stderr). */
  log?: (line: string) => void;
  signals?: NodeJS.Signals[];
}

export function untilShutdown(server: PapergraphServer, options: ShutdownOptions): Promise<number> {
  const { logger, timeoutMs } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  const signals = options.signals ?? ["SIGTERM", "SIGINT"];
  return new Promise<number>((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.warn({ signal }, "second signal during shutdown: exiting now");
        log(`papergraph: ${signal} again, exiting without waiting`);
        void flushLogger(logger).finally(() => process.exit(130));
        return;
      }
      stopping = true;
      const inFlight = server.activeRequests;
      const t0 = performance.now();
      logger.info({ signal, inFlight, timeoutMs }, "shutting down: no new connections, finishing in-flight requests");
      log(`papergraph: ${signal} received, finishing ${inFlight} in-flight request(s) (up to ${timeoutMs} ms) ...`);
      const done = (code: number) => {
        for (const s of signals) process.off(s, onSignal);
        // Whatever still holds the event loop (a stray timer, a client socket) must not keep a stopped server alive.
        setTimeout(() => process.exit(code), 2000).unref();
        void flushLogger(logger).then(() => resolve(code));
      };
      server.stop(timeoutMs).then(
        ({ abandoned }) => {
          const durationMs = Math.round(performance.now() - t0);
          logger.info({ signal, abandoned, durationMs }, abandoned ? "stopped: closed connections still busy at the deadline" : "stopped: every in-flight request completed");
          log(`papergraph: stopped in ${durationMs} ms` + (abandoned ? ` (${abandoned} request(s) cut at the deadline)` : ", every in-flight request completed"));
          done(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, "shutdown failed");
          done(1);
        },
      );
    };
    for (const s of signals) process.on(s, onSignal);
  });
}
