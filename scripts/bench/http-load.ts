// GraphQL over HTTP on loopback: sequential latency at concurrency 1 (precise timers) and autocannon at 32.
import { Agent, request } from "node:http";
import { MAX_MS_PER_OPERATION, MIN_SAMPLES, percentile, round, type Latency } from "./measure";

/** The part of autocannon's result this suite reads (the package ships no types). */
interface CannonResult {
  latency: { p50: number; p99: number };
  requests: { average: number; total: number };
  errors: number;
  non2xx: number;
  timeouts: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (options: Record<string, unknown>) => Promise<CannonResult>;

function post(agent: Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, hostname: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        let size = 0;
        res.on("data", (c: Buffer) => (size += c.length));
        res.on("end", () => (res.statusCode === 200 ? resolve(size) : reject(new Error(`HTTP ${res.statusCode}`))));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** One request at a time over a kept-alive connection (at most `iterations`, fewer past MAX_MS_PER_OPERATION); fails on the first non-200. */
export async function sequential(urlText: string, bodies: string[], iterations: number): Promise<Latency & { bytes: number }> {
  const url = new URL(urlText);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    let bytes = 0;
    for (const body of bodies) bytes += await post(agent, url, body);
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < iterations && (i < MIN_SAMPLES || total < MAX_MS_PER_OPERATION); i++) {
      const t0 = performance.now();
      await post(agent, url, bodies[i % bodies.length]);
      const dt = performance.now() - t0;
      times.push(dt);
      total += dt;
    }
    times.sort((a, b) => a - b);
    return { p50: round(percentile(times, 0.5), 3), p99: round(percentile(times, 0.99), 3), perSecond: Math.round((1000 * times.length) / total), samples: times.length, bytes: Math.round(bytes / bodies.length) };
  } finally {
    agent.destroy();
  }
}

/**
 * autocannon with `connections` connections for `seconds`, cycling through the bodies, after a discarded warm-up of
 * `warmupSeconds` at the same concurrency: the figures are the steady state, not the first seconds' lazily built
 * per-node orderings and optimising compiler.
 */
export async function concurrent(url: string, bodies: string[], connections: number, seconds: number, warmupSeconds = 1): Promise<Latency & { errors: number }> {
  const run = (duration: number) => autocannon({
    url,
    connections,
    duration,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: bodies.map((body) => ({ method: "POST", body })),
  });
  if (warmupSeconds > 0) await run(warmupSeconds);
  const result = await run(seconds);
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    perSecond: Math.round(result.requests.average),
    samples: result.requests.total,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}
