// Graceful shutdown of the real CLI: SIGTERM while requests are in flight; they complete, new connections are
// refused, the log says so, and the process exits 0.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { request } from "node:http";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
let child: ChildProcessWithoutNullStreams | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
});

function startCli(): Promise<{ child: ChildProcessWithoutNullStreams; base: string; stdout: string[]; stderr: string[] }> {
  const proc = spawn(
    process.execPath,
    ["-r", "@swc-node/register", "src/cli/main.ts", "serve", "--port", "0", "--corpus", "tests/server/fixtures/tiny.jsonl"],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "info", PAPERGRAPH_API_KEY: "", PAPERGRAPH_DATA_DIR: resolve(ROOT, "var/test-shutdown") } },
  );
  child = proc;
  const stdout: string[] = [];
  const stderr: string[] = [];
  proc.stdout.on("data", (d) => stdout.push(String(d)));
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${stderr.join("")}`)), 45_000);
    proc.stderr.on("data", (d) => {
      stderr.push(String(d));
      const m = /serving \d+ papers .* at (http:\/\/[^/\s]+)\/graphql/.exec(stderr.join(""));
      if (m) {
        clearTimeout(timer);
        resolveStart({ child: proc, base: m[1], stdout, stderr });
      }
    });
    proc.once("exit", (code) => reject(new Error(`server exited early with ${code}:\n${stderr.join("")}`)));
  });
}

/** A POST whose body is sent in two halves, so the request is in flight until `finish` is called. */
function halfSentRequest(base: string, body: string) {
  const url = new URL("/graphql", base);
  let finish!: () => void;
  const response = new Promise<{ status: number; body: string }>((resolveResponse, reject) => {
    const req = request(url, { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolveResponse({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    const cut = Math.floor(body.length / 2);
    req.write(body.slice(0, cut));
    finish = () => req.end(body.slice(cut));
  });
  return { response, finish: () => finish() };
}

describe("graceful shutdown of `papergraph serve`", () => {
  it("finishes in-flight requests after SIGTERM, refuses new connections, logs it and exits 0", async () => {
    const { child: proc, base, stdout, stderr } = await startCli();
    const exited = new Promise<number | null>((r) => proc.once("exit", (code) => r(code)));
    const query = JSON.stringify({ query: "query Count { papers { totalCount } }" });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    const slow = halfSentRequest(base, query);
    const burst = Array.from({ length: 20 }, () => fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: query }));
    await new Promise((r) => setTimeout(r, 150));
    proc.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    const refused = await fetch(`${base}/healthz`).then(
      () => "accepted",
      () => "refused",
    );
    slow.finish();

    const late = await slow.response;
    expect(late.status).toBe(200);
    expect(JSON.parse(late.body).data.papers.totalCount).toBe(3);
    for (const res of await Promise.all(burst)) expect(res.status).toBe(200);
    expect(refused).toBe("refused");
    expect(await exited).toBe(0);

    const logs = stdout.join("").split("\n").filter(Boolean).map((l) => JSON.parse(l));
    expect(logs.find((l) => l.msg.startsWith("shutting down"))).toMatchObject({ signal: "SIGTERM" });
    expect(logs.find((l) => l.msg.startsWith("stopped"))).toMatchObject({ abandoned: 0 });
    expect(logs.filter((l) => l.msg === "request" && l.operation === "Count").length).toBe(21);
    expect(stderr.join("")).toMatch(/stopped in \d+ ms, every in-flight request completed/);
  }, 60_000);
});
