// Operability: /metrics in Prometheus format, one JSON log line per request, health and readiness.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./server-fixture";

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ processMetrics: true });
});

afterAll(async () => {
  await t?.stop();
});

describe("/metrics", () => {
  it("scrapes requests, errors, latency by operation, graph size and process metrics", async () => {
    await t.post({ query: "query CountPapers { papers { totalCount } }" });
    await t.post({ query: "query TooMany { papers(first: 1000) { totalCount } }" });
    await t.post({ query: `{ ${"graphStats { nodeCount } ".repeat(50)}}` });
    const r = await t.get("/metrics");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = r.text;
    expect(text).toMatch(/papergraph_http_requests_total\{route="graphql",method="POST",status="200"\} [1-9]/);
    expect(text).toMatch(/papergraph_http_requests_total\{route="graphql",method="POST",status="400"\} 1/);
    expect(text).toMatch(/papergraph_graphql_request_duration_seconds_bucket\{le="0\.\d+",operation="CountPapers",outcome="ok"\}/);
    expect(text).toMatch(/papergraph_graphql_request_duration_seconds_count\{operation="TooMany",outcome="error"\} 1/);
    expect(text).toMatch(/papergraph_graphql_errors_total\{code="BAD_USER_INPUT"\} 1/);
    expect(text).toMatch(/papergraph_graphql_errors_total\{code="TOO_MANY_REPEATED_FIELDS"\} 1/);
    expect(text).toMatch(/papergraph_graph_nodes \d+/);
    expect(text).toMatch(/papergraph_graph_edges \d+/);
    expect(text).toMatch(/papergraph_graph_papers 3/);
    expect(text).toMatch(/process_cpu_user_seconds_total/);
    expect(text).toMatch(/nodejs_heap_size_used_bytes/);
  });

  it("bounds the operation label: names past the budget or not GraphQL names become `other`", async () => {
    for (let i = 0; i < 210; i++) await t.post({ query: `query Op${i} { papers { totalCount } }` });
    const text = (await t.get("/metrics")).text;
    const names = new Set([...text.matchAll(/papergraph_graphql_request_duration_seconds_count\{operation="([^"]+)"/g)].map((m) => m[1]));
    expect(names.size).toBeLessThanOrEqual(201 + 2);
    expect(names.has("other")).toBe(true);
  });
});

describe("JSON request log", () => {
  it("writes one line per request with request id, operation, status, duration and cost", async () => {
    const r = await t.post({ query: "query LogMe { papers(first: 2) { nodes { id } } }" }, { "x-request-id": "log-test-1" });
    expect(r.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const lines = t.logs.filter((l) => l.reqId === "log-test-1");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      msg: "request",
      method: "POST",
      path: "/graphql",
      status: 200,
      operation: "LogMe",
      cost: { requested: 3, actual: 3 },
      service: "papergraph",
    });
    expect(typeof lines[0].durationMs).toBe("number");
    expect(typeof lines[0].time).toBe("string");
  });

  it("logs health checks and scrapes at debug only", async () => {
    await t.get("/healthz", { "x-request-id": "health-1" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(t.logs.find((l) => l.reqId === "health-1")?.level).toBe("debug");
  });
});

describe("health and readiness", () => {
  it("answers /healthz and /readyz with the graph's size", async () => {
    expect((await t.get("/healthz")).json).toEqual({ status: "ok", papers: 3 });
    expect((await t.get("/readyz")).json).toMatchObject({ status: "ready", papers: 3 });
  });
});
