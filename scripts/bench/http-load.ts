// GraphQL over HTTP on loopback: sequential latency at concurrency 1, and a closed loop of kept-alive connections at 32.
import { Agent, request } from "node:http";
import { MAX_MS_PER_OPERATION, MIN_SAMPLES, percentile, round, WARM_UP_MS, type Latency } from "./measure";

/**
 * Posts one GraphQL request; resolves with the response's size. With `check`, the response is read and a GraphQL
 * error in it fails the request like a non-200 does (an answer that is an error must not be timed as an answer).
 */
function post(agent: Agent, url: URL, body: string, check = false): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, hostname: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        let size = 0;
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => {
          size += c.length;
          if (check) chunks.push(c);
        });
        res.on("end", () => {
          if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}`));
          const errors = check ? (JSON.parse(Buffer.concat(chunks).toString()) as { errors?: { message: string; extensions?: { code?: string } }[] }).errors : undefined;
          if (errors?.length) return reject(new Error(`GraphQL error ${errors[0].extensions?.code ?? ""}: ${errors[0].message}`));
          resolve(size);
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * One request at a time over a kept-alive connection (at most `iterations`, fewer past MAX_MS_PER_OPERATION), after
 * an untimed warm-up of `warmUpMs` (as in-process timings have); fails on the first non-200, and when any of the
 * bodies is answered with a GraphQL error.
 */
export async function sequential(urlText: string, bodies: string[], iterations: number, warmUpMs = WARM_UP_MS): Promise<Latency & { bytes: number }> {
  const url = new URL(urlText);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    let bytes = 0;
    // Every request body once first: each answer is checked for GraphQL errors, and its size kept.
    for (const body of bodies) bytes += await post(agent, url, body, true);
    const warmEnd = performance.now() + warmUpMs;
    for (let i = 0; performance.now() < warmEnd; i++) await post(agent, url, bodies[i % bodies.length]);
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

/** One request at a time over a kept-alive connection, cycling through the bodies, until `stop` resolves. */
export async function sequentialUntil(urlText: string, bodies: string[], stop: Promise<unknown>): Promise<Latency> {
  const url = new URL(urlText);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let stopped = false;
  void stop.then(() => (stopped = true));
  const times: number[] = [];
  const started = performance.now();
  try {
    for (let i = 0; !stopped; i++) {
      const t0 = performance.now();
      await post(agent, url, bodies[i % bodies.length]);
      times.push(performance.now() - t0);
    }
  } finally {
    agent.destroy();
  }
  const elapsed = performance.now() - started;
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 0.5), 1), p99: round(percentile(times, 0.99), 1), perSecond: round((1000 * times.length) / elapsed, 1), samples: times.length };
}

/**
 * A closed loop of `connections` kept-alive connections for `seconds`, each sending its next request as soon as the
 * last one is answered, cycling through the bodies (each connection from its own offset), after a discarded warm-up
 * of `warmupSeconds` at the same concurrency: the figures are the steady state, not the first seconds' lazily built
 * indexes and optimising compiler. Every request's latency is kept, from writing it to the end of its response.
 * (autocannon's `requests` mode, used before, reported multi-second outliers here that neither the server's own
 * request timings nor this loop showed, also against a bare node:http server.)
 */
export async function concurrent(urlText: string, bodies: string[], connections: number, seconds: number, warmupSeconds = 1): Promise<Latency & { errors: number }> {
  const url = new URL(urlText);
  const run = async (duration: number) => {
    const times: number[] = [];
    let errors = 0;
    const started = performance.now();
    const end = started + duration * 1000;
    await Promise.all(
      Array.from({ length: connections }, async (_, c) => {
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        try {
          for (let i = c; performance.now() < end; i++) {
            const t0 = performance.now();
            try {
              await post(agent, url, bodies[i % bodies.length]);
              times.push(performance.now() - t0);
            } catch {
              errors++;
            }
          }
        } finally {
          agent.destroy();
        }
      }),
    );
    return { times, errors, elapsed: performance.now() - started };
  };
  if (warmupSeconds > 0) await run(warmupSeconds);
  const { times, errors, elapsed } = await run(seconds);
  times.sort((a, b) => a - b);
  return {
    p50: round(percentile(times, 0.5), 1),
    p99: round(percentile(times, 0.99), 1),
    perSecond: Math.round((1000 * times.length) / elapsed),
    samples: times.length,
    errors,
  };
}
