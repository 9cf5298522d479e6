// Load benchmark (not a test): the seed served by `papergraph serve` in a child process, warmed up, then autocannon
// with a mix of the named operations of schema/examples.graphql; req/s, latency percentiles, errors, peak RSS.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse, print, type OperationDefinitionNode } from "graphql";

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p97_5: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
interface AutocannonRequest {
  method: string;
  setupRequest(request: Record<string, unknown>, context: Record<string, unknown>): Record<string, unknown>;
  onResponse(status: number, body: string, context: Record<string, unknown>): void;
}
interface AutocannonInstance {
  on(event: "reqError", listener: (error: NodeJS.ErrnoException) => void): void;
  on(event: "tick", listener: (counts: { counter: number }) => void): void;
  once(event: "done", listener: (result: AutocannonResult) => void): void;
  once(event: "error", listener: (error: Error) => void): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (options: { url: string; connections: number; duration: number; requests: AutocannonRequest[] }) => AutocannonInstance;

const REPO = path.resolve(__dirname, "..");

const HELP = `Usage: npm run bench:load -- [options]

Starts \`papergraph serve\` on the seed in a child process (port picked by the OS), warms it up, then drives it with
autocannon: POST /graphql, each request one of the named operations of schema/examples.graphql in turn. Prints a
progress line per second, then req/s, latency p50/p97.5/p99, errors, non-2xx, GraphQL errors and the server's peak
RSS. The server is stopped with SIGTERM at the end and must exit 0.

Options
  --duration S     measured seconds (default 30)
  --connections N  concurrent connections (default 32)
  --warmup S       warm-up seconds, not measured (default 5)
  --term-at S      send SIGTERM S seconds into the measured run (shows in-flight requests completing)
  --json           print the summary as JSON
  -h, --help       this help`;

interface Operation {
  name: string;
  body: string;
}

function operations(): Operation[] {
  const source = readFileSync(path.join(REPO, "schema/examples.graphql"), "utf8");
  return parse(source)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition" && d.operation === "query" && !!d.name)
    .map((op) => ({ name: op.name!.value, body: JSON.stringify({ query: print(op), operationName: op.name!.value }) }));
}

/** Requests the server logged, and those it logged as aborted (response not finished). */
const served = { logged: 0, aborted: 0 };

function startServer(): Promise<{ child: ChildProcess; base: string; stderr: string[]; stdout: string[] }> {
  // The sources, not dist/: a stale build would be measured otherwise.
  const args = ["-r", "@swc-node/register", "src/cli/main.ts"];
  // Logging at info, as `npm start` does: one JSON line per request is part of the cost measured.
  const child = spawn(process.execPath, [...args, "serve", "--port", "0"], {
    cwd: REPO,
    env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: process.env.LOG_LEVEL ?? "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stderr: string[] = [];
  const stdout: string[] = [];
  // Keep the log lines that are not per-request (startup, shutdown, errors); request lines are only counted.
  let partial = "";
  child.stdout!.on("data", (d) => {
    const lines = (partial + String(d)).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      if (!line) continue;
      if (!line.includes('"msg":"request"')) stdout.push(line);
      else {
        served.logged++;
        if (line.includes('"aborted":true')) served.aborted++;
      }
    }
  });
  return new Promise((resolve, reject) => {
    child.stderr!.on("data", (d) => {
      stderr.push(String(d));
      const m = /serving \d+ papers .* at (http:\/\/[^/\s]+)\/graphql/.exec(stderr.join(""));
      if (m) resolve({ child, base: m[1], stderr, stdout });
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code} before it was ready:\n${stderr.join("")}`)));
  });
}

/** Peak resident set of a process (Linux VmHWM), in MiB. */
function peakRssMiB(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

interface RunCounters {
  graphqlErrors: number;
  byOperation: Map<string, number>;
  reqErrors: Map<string, number>;
}

function run(base: string, ops: Operation[], seconds: number, connections: number, counters: RunCounters, progress: boolean): Promise<AutocannonResult> {
  let next = 0;
  const instance = autocannon({
    url: `${base}/graphql`,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        setupRequest: (request, context) => {
          const op = ops[next++ % ops.length];
          context.op = op.name;
          return { ...request, headers: { "content-type": "application/json" }, body: op.body };
        },
        onResponse: (status, body, context) => {
          const name = String(context.op);
          counters.byOperation.set(name, (counters.byOperation.get(name) ?? 0) + 1);
          if (status === 200 && body.includes('"errors"')) counters.graphqlErrors++;
        },
      },
    ],
  });
  instance.on("reqError", (error) => {
    const code = error.code ?? error.message;
    counters.reqErrors.set(code, (counters.reqErrors.get(code) ?? 0) + 1);
  });
  if (progress) {
    let second = 0;
    instance.on("tick", ({ counter }) => {
      second++;
      process.stderr.write(`  ${String(second).padStart(3)} s  ${String(counter).padStart(6)} req/s\n`);
    });
  }
  return new Promise((resolve, reject) => {
    instance.once("done", resolve);
    instance.once("error", reject);
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "30" },
      connections: { type: "string", default: "32" },
      warmup: { type: "string", default: "5" },
      "term-at": { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const warmup = Number(values.warmup);
  const termAt = values["term-at"] === undefined ? undefined : Number(values["term-at"]);
  for (const [flag, n] of [["--duration", duration], ["--connections", connections], ["--warmup", warmup], ["--term-at", termAt ?? 1]] as const) {
    if (!Number.isFinite(n) || n < 0) {
      console.error(`bench:load: ${flag} must be a non-negative number`);
      return 2;
    }
  }
  const ops = operations();
  console.error(`bench:load: starting papergraph serve on the seed; ${ops.length} operations: ${ops.map((o) => o.name).join(", ")}`);
  const { child, base, stderr, stdout } = await startServer();
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let rss: number | undefined;
  const sampler = setInterval(() => {
    const now = peakRssMiB(child.pid!);
    if (now !== undefined) rss = Math.max(rss ?? 0, now);
  }, 250);
  console.error(`bench:load: server ready at ${base} (pid ${child.pid})`);
  try {
    if (warmup > 0) {
      console.error(`bench:load: warm-up ${warmup} s at ${connections} connections ...`);
      await run(base, ops, warmup, connections, { graphqlErrors: 0, byOperation: new Map(), reqErrors: new Map() }, false);
    }
    console.error(`bench:load: measuring ${duration} s at ${connections} connections ...`);
    const counters: RunCounters = { graphqlErrors: 0, byOperation: new Map(), reqErrors: new Map() };
    let termSentAt: number | undefined;
    const term =
      termAt !== undefined
        ? setTimeout(() => {
            termSentAt = Date.now();
            console.error(`bench:load: sending SIGTERM to the server at ${termAt} s`);
            child.kill("SIGTERM");
          }, termAt * 1000)
        : undefined;
    const result = await run(base, ops, duration, connections, counters, true);
    if (term) clearTimeout(term);
    const last = peakRssMiB(child.pid!);
    if (last !== undefined) rss = Math.max(rss ?? 0, last);
    clearInterval(sampler);
    if (termSentAt === undefined) child.kill("SIGTERM");
    const code = await exited;
    const logs = stdout.map((l) => {
      try {
        return JSON.parse(l) as { msg?: string };
      } catch {
        return {};
      }
    });
    const summary = {
      operations: ops.length,
      connections,
      durationS: duration,
      requests: result.requests.total,
      reqPerSec: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphqlErrors: counters.graphqlErrors,
      requestErrors: Object.fromEntries(counters.reqErrors),
      peakRssMiB: rss === undefined ? null : Math.round(rss),
      serverExit: code,
      serverLoggedRequests: served.logged,
      serverAbortedResponses: served.aborted,
      serverShutdownLog: logs.filter((l) => l.msg?.startsWith("shutting down") || l.msg?.startsWith("stopped")).map((l) => l.msg),
    };
    if (values.json) console.log(JSON.stringify(summary, null, 2));
    else {
      console.log(
        [
          `papergraph bench:load — ${ops.length} named operations, ${connections} connections, ${duration} s (after ${warmup} s warm-up)`,
          `  requests      ${summary.requests} (${summary.reqPerSec} req/s)`,
          `  latency       p50 ${summary.latencyMs.p50} ms   p97.5 ${summary.latencyMs.p97_5} ms   p99 ${summary.latencyMs.p99} ms   max ${summary.latencyMs.max} ms`,
          `  errors        ${summary.errors} (timeouts ${summary.timeouts})${counters.reqErrors.size ? " " + JSON.stringify(summary.requestErrors) : ""}`,
          `  non-2xx       ${summary.non2xx}`,
          `  GraphQL errors in 200 responses  ${summary.graphqlErrors}`,
          `  server peak RSS  ${summary.peakRssMiB ?? "n/a"} MiB`,
          `  server log   ${served.logged} requests (warm-up included), ${served.aborted} aborted before their response finished`,
          `  server exit after SIGTERM  ${code}${summary.serverShutdownLog.length ? ` (log: ${summary.serverShutdownLog.join("; ")})` : ""}`,
        ].join("\n"),
      );
    }
    if (code !== 0) console.error(stderr.join(""));
    return code === 0 && (termAt !== undefined || (summary.errors === 0 && summary.non2xx === 0)) ? 0 : 1;
  } finally {
    clearInterval(sampler);
    if (child.exitCode === null) child.kill("SIGKILL");
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
