// One smoke test over real HTTP: the seed served on a free port, as `npm start` serves it.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";
import { startServer } from "../../src/server/start";
import type { PapergraphServer } from "../../src/server/http-server";
import { silentLogger } from "../../src/server/logger";

let server: PapergraphServer;
let base: string;
const logs: string[] = [];

async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

beforeAll(async () => {
  server = await startServer({ config: loadConfig({}, { port: 0, host: "127.0.0.1" }), log: (l) => logs.push(l), logger: silentLogger() });
  base = server.baseUrl();
});

afterAll(async () => {
  await server?.stop();
});

describe("HTTP server on the seed", () => {
  it("logs one line with the URL and the graph's size", () => {
    expect(logs.some((l) => /serving 135 papers \(\d+ nodes, \d+ edges\) at http:\/\/127\.0\.0\.1:\d+\/graphql/.test(l))).toBe(true);
  });

  it("answers /healthz and /readyz", async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect((await health.json()) as unknown).toEqual({ status: "ok", papers: 135 });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as any).status).toBe("ready");
  });

  it("answers the paper count over POST /graphql", async () => {
    const r = await post({ query: "{ papers { totalCount } }" });
    expect(r.status).toBe(200);
    expect(r.json.data.papers.totalCount).toBe(135);
  });

  it("keeps serving after bad requests", async () => {
    const broken = await post("{ not json");
    expect(broken.status).toBe(400);
    expect(broken.json.errors[0].extensions.code).toBe("BAD_REQUEST");
    const big = await post({ query: "{ papers(first: 1000) { totalCount } }" });
    expect(big.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const unknown = await post({ query: `{ paper(id: "no-such-paper") { id } }` });
    expect(unknown.json.data.paper).toBeNull();
    const invalid = await post({ query: "{ papers { nope } }" });
    expect(invalid.status).toBe(400);
    expect(invalid.json.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const after = await post({ query: "{ papers { totalCount } }" });
    expect(after.json.data.papers.totalCount).toBe(135);
  });

  it("answers unknown routes with 404 JSON", async () => {
    const res = await fetch(`${base}/nowhere`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).code).toBe("NOT_FOUND");
  });
});
