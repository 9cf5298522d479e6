// Small measuring tools shared by the benchmark scripts: percentiles, peak RSS, timing, progress lines.
import { readFileSync } from "node:fs";

export function percentile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export interface Latency {
  p50: number;
  p99: number;
  /** Operations per second (sequential: 1000 / mean). */
  perSecond: number;
  samples: number;
}

/** Enough samples for a p99 to mean something, and the most time one operation may take at one size. */
export const MIN_SAMPLES = 50;
export const MAX_MS_PER_OPERATION = 5_000;

/** Untimed calls before an operation is timed, so both sides of the served/in-process ratio are measured at their
 * optimising compiler's steady state: one pass over the inputs left the served side 2-3x slower than it settles at. */
export const WARM_UP_MS = 1_000;

/**
 * Latency of `fn` over `iterations` calls cycling through `inputs`, after a warm-up of at least one pass and
 * `warmUpMs`; stops early (after MIN_SAMPLES) once MAX_MS_PER_OPERATION is spent, so slow operations at 100k papers
 * do not take minutes.
 */
export function timeCalls<T>(inputs: readonly T[], iterations: number, fn: (input: T) => unknown, warmUpMs = WARM_UP_MS): Latency {
  const warmEnd = performance.now() + warmUpMs;
  for (let i = 0; i < inputs.length || performance.now() < warmEnd; i++) fn(inputs[i % inputs.length]);
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < iterations && (i < MIN_SAMPLES || total < MAX_MS_PER_OPERATION); i++) {
    const t0 = performance.now();
    fn(inputs[i % inputs.length]);
    const dt = performance.now() - t0;
    times.push(dt);
    total += dt;
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 0.5), 3), p99: round(percentile(times, 0.99), 3), perSecond: Math.round((1000 * times.length) / total), samples: times.length };
}

/** Peak resident set size of this process in bytes (VmHWM), 0 where /proc is missing. */
export function peakRss(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function round(x: number, digits = 1): number {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function log(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}
