// Request hygiene over real HTTP: execution deadline, masked internal errors with a request id, hidden field
// suggestions in production, configurable body limit and CORS, CSRF prevention kept on.
import { afterAll, describe, expect, it } from "vitest";
import { GraphQLObjectType, GraphQLSchema, GraphQLString, GraphQLList, GraphQLInt } from "graphql";
import { DEFAULT_LIMITS } from "../../src/config";
import { startTestServer, type TestServer } from "./server-fixture";

const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
});

async function serve(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const s = await startTestServer(options);
  servers.push(s);
  return s;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A schema with artificially slow and failing fields, injected only here. */
function slowSchema(): GraphQLSchema {
  const Item = new GraphQLObjectType({
    name: "Item",
    fields: { n: { type: GraphQLInt }, slow: { type: GraphQLString, resolve: async () => (await sleep(5000), "late") } },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: "Query",
      fields: {
        fast: { type: GraphQLString, resolve: () => "ok" },
        slow: { type: GraphQLString, resolve: async () => (await sleep(5000), "late") },
        items: { type: new GraphQLList(Item), resolve: () => Array.from({ length: 20 }, (_, n) => ({ n })) },
        broken: {
          type: GraphQLString,
          resolve: () => {
            throw new Error("secret detail: /etc/papergraph/key at line 3");
          },
        },
      },
    }),
  });
}

describe("execution timeout", () => {
  it("cuts a runaway resolver at the deadline with QUERY_TIMEOUT, and keeps serving", async () => {
    const s = await serve({ schema: slowSchema(), limits: { ...DEFAULT_LIMITS, timeoutMs: 150 } });
    const r = await s.post({ query: "{ fast slow }" });
    expect(r.ms).toBeLessThan(2000);
    expect(r.status).toBe(200);
    expect(r.json.data).toEqual({ fast: "ok", slow: null });
    expect(r.json.errors).toHaveLength(1);
    expect(r.json.errors[0].extensions).toMatchObject({ code: "QUERY_TIMEOUT", limit: "timeoutMs", max: 150 });
    expect(r.json.errors[0].path).toEqual(["slow"]);
    const many = await s.post({ query: "{ items { n slow } }" });
    expect(many.ms).toBeLessThan(2000);
    expect(many.json.errors).toHaveLength(1); // twenty cut fields, one error
    expect(many.json.errors[0].extensions).toMatchObject({ code: "QUERY_TIMEOUT", cutFields: 20 });
    expect((await s.post({ query: "{ fast }" })).json).toMatchObject({ data: { fast: "ok" } });
    expect(s.logs.some((l) => l.msg === "request" && l.errors?.includes("QUERY_TIMEOUT"))).toBe(true);
  });
});

describe("errors in production", () => {
  it("masks internal errors as INTERNAL_SERVER_ERROR with the request id; the stack goes to the log only", async () => {
    const s = await serve({ schema: slowSchema(), production: true });
    const r = await s.post({ query: "{ fast broken }" }, { "x-request-id": "req-test-42" });
    expect(r.headers.get("x-request-id")).toBe("req-test-42");
    expect(r.json.data).toEqual({ fast: "ok", broken: null });
    expect(r.json.errors[0]).toMatchObject({
      message: "Internal server error (request req-test-42)",
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "req-test-42" },
    });
    expect(r.text).not.toContain("secret");
    expect(r.text).not.toContain("stacktrace");
    const logged = s.logs.find((l) => l.msg === "internal error");
    expect(logged?.reqId).toBe("req-test-42");
    expect(logged?.err?.stack).toContain("secret detail");
  });

  it("shows the message and stack in development", async () => {
    const s = await serve({ schema: slowSchema(), production: false });
    const r = await s.post({ query: "{ broken }" });
    expect(r.json.errors[0].message).toContain("secret detail");
    expect(r.json.errors[0].extensions.stacktrace).toBeDefined();
  });

  it("hides field suggestions in production, keeps them in development", async () => {
    const prod = await serve({ production: true });
    const p = await prod.post({ query: "{ papres { totalCount } }" });
    expect(p.json.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(p.json.errors[0].message).not.toMatch(/Did you mean/);
    const dev = await serve();
    const d = await dev.post({ query: "{ papres { totalCount } }" });
    expect(d.json.errors[0].message).toMatch(/Did you mean "papers"/);
  });

  it("ignores a client request id that is not a short token", async () => {
    const s = await serve();
    const r = await s.post({ query: "{ papers { totalCount } }" }, { "x-request-id": "bad id\twith spaces" });
    expect(r.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("request hygiene", () => {
  it("refuses a body over the configured limit with 413 PAYLOAD_TOO_LARGE", async () => {
    const s = await serve({ bodyLimit: 2000 });
    const r = await s.post({ query: `{ search(query: "${"x".repeat(3000)}") { label } }` });
    expect(r.status).toBe(413);
    expect(r.json.errors[0].extensions).toMatchObject({ code: "PAYLOAD_TOO_LARGE", limit: "bodyLimit", max: 2000 });
    expect((await s.post({ query: "{ papers { totalCount } }" })).status).toBe(200);
  });

  it("keeps Apollo's CSRF prevention: a simple text/plain POST or header-less GET is refused", async () => {
    const s = await serve();
    const plain = await s.post(JSON.stringify({ query: "{ papers { totalCount } }" }), { "content-type": "text/plain" });
    expect(plain.status).toBe(400);
    expect(plain.json.errors[0].extensions.code).toBe("BAD_REQUEST");
    const get = await s.get(`/graphql?query=${encodeURIComponent("{ papers { totalCount } }")}`);
    expect(get.status).toBe(400);
    const allowed = await s.get(`/graphql?query=${encodeURIComponent("{ papers { totalCount } }")}`, { "apollo-require-preflight": "true" });
    expect(allowed.json.data.papers.totalCount).toBe(3);
  });

  it("sends no CORS headers by default", async () => {
    const s = await serve();
    const r = await s.post({ query: "{ papers { totalCount } }" }, { origin: "https://elsewhere.example" });
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows configured origins only, and answers their preflight", async () => {
    const s = await serve({ corsOrigins: ["https://explorer.example"] });
    const ok = await s.post({ query: "{ papers { totalCount } }" }, { origin: "https://explorer.example" });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://explorer.example");
    const other = await s.post({ query: "{ papers { totalCount } }" }, { origin: "https://evil.example" });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(`${s.base}/graphql`, {
      method: "OPTIONS",
      headers: { origin: "https://explorer.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("authorization");
  });
});
