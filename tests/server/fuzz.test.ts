// Fuzzing the real HTTP server with thousands of generated hostile requests (seeded: set PAPERGRAPH_FUZZ_SEED to
// replay a run). The server must never crash, never answer 5xx, always answer JSON with an error code where it is an
// error, never leak an internal error, and be healthy afterwards.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./server-fixture";

const SEED = Number(process.env.PAPERGRAPH_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const REQUESTS = Number(process.env.PAPERGRAPH_FUZZ_REQUESTS ?? 2400);
const CONCURRENCY = 16;

/** mulberry32: small, fast, good enough to pick cases reproducibly. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  return { next, int, pick };
}

type Rng = ReturnType<typeof prng>;

interface Case {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const JSON_TYPE = { "content-type": "application/json" };

const VALID = [
  "{ papers { totalCount } }",
  "query Q { papers(first: 2) { nodes { id title methods { name } } pageInfo { hasNextPage endCursor } } }",
  '{ entity(kind: METHOD, name: "MoE") { name aliases paperCount papers { nodes { title } } } }',
  '{ search(query: "pruning", first: 5) { score kind label } }',
  '{ neighborhood(id: "paper:p1", depth: 2, limit: 50) { nodes { id } edges { source target } truncated } }',
  "{ graphStats { nodeCount edgeCount } }",
  "{ entities(first: 5) { nodes { id name kind } } }",
  '{ node(id: "paper:p2") { id ... on Paper { title datasets { name } } } }',
];

const ID_SHAPES = [
  "", " ", "paper:", "paper:p1", "method:", "method:mixture-of-experts", "METHOD:MOE", "p1", "paper:p1\u0000", "../../etc/passwd",
  "paper:" + "x".repeat(5000), "🦄", "paper:🦄\u200d", "\ud800", "null", "undefined", "0", "-1", "1e999", "%00", "paper:%2e%2e",
  "<script>alert(1)</script>", "' OR 1=1 --", "\\u0000", "\n\r\t", "paper:p1 ", "Paper:P1", "dataset:imagenet", "concept:",
];

const FIRSTS = ["-1", "0", "1", "100", "101", "1000", "2147483647", "-2147483648", "2147483648", "99999999999999999999", "1.5", "-0", '"10"', "null", "true", "[1]", "{a: 1}", "1e3"];

const STRINGS = (rng: Rng): string =>
  rng.pick([
    "",
    "pruning",
    "\u0000\u0001\u0002\u001f",
    "\ud800\udc00\ud800",
    "Ω≈ç√∫˜µ≤≥÷ 田中さん 🦄🦄🦄 مرحبا",
    "\u202e\u202d reversed",
    "a".repeat(rng.int(1000, 200_000)),
    "*".repeat(rng.int(1, 500)),
    '"'.repeat(50),
    "\\".repeat(51),
    "AND OR NOT ( ) : ~ ^ * ? [ ]",
    "%s%n%x%d",
  ]);

/** encodeURIComponent, but a lone surrogate becomes its raw (invalid) UTF-8 bytes instead of throwing. */
function uri(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return "%ED%A0%80" + encodeURIComponent(s.replace(/[\ud800-\udfff]/g, ""));
  }
}

function jsonString(s: string): string {
  return JSON.stringify(s);
}

function nested(depth: number, field = "methods { papers { nodes {"): string {
  const open = Array.from({ length: depth }, () => field).join(" ");
  return `{ papers { nodes { ${open} id ${"} } }".repeat(depth)} } } }`;
}

const GENERATORS: Record<string, (rng: Rng) => Case> = {
  valid: (rng) => post({ query: rng.pick(VALID) }),
  randomBytes: (rng) => ({ ...post(undefined), body: Buffer.from(Array.from({ length: rng.int(0, 3000) }, () => rng.int(0, 255))) }),
  truncatedJson: (rng) => {
    const text = JSON.stringify({ query: rng.pick(VALID), variables: { a: [1, 2, { b: "c" }] } });
    return { ...post(undefined), body: text.slice(0, rng.int(0, text.length - 1)) };
  },
  jsonNotObject: (rng) => ({ ...post(undefined), body: rng.pick(["null", "1", '"query"', "true", "[]", "{}", '{"query": null}', '{"query": 5}', '{"query": ["{ a }"]}', '{"query": {}}', "[[[[[[[[[[]]]]]]]]]]"]) }),
  wrongContentType: (rng) => ({
    ...post({ query: rng.pick(VALID) }),
    headers: { "content-type": rng.pick(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/json; charset=utf-16", "application/graphql", "image/png", "", "application/jsonp", "*/*"]) },
  }),
  deepNesting: (rng) => post({ query: nested(rng.int(4, 120)) }),
  deepBraces: (rng) => post({ query: "{".repeat(rng.int(10, 3000)) + "}".repeat(rng.int(0, 3000)) }),
  aliasBomb: (rng) => post({ query: `{ ${Array.from({ length: rng.int(20, 1500) }, (_, i) => `a${i}: papers(first: 100) { nodes { title } }`).join(" ")} }` }),
  repeatedField: (rng) => post({ query: `{ ${"papers { nodes { id } } ".repeat(rng.int(5, 1200))}}` }),
  fragmentBomb: (rng) => {
    const n = rng.int(3, 40);
    const defs = Array.from({ length: n }, (_, i) => `fragment F${i} on Paper { methods { papers(first: 100) { nodes { ...F${i + 1} ...F${i + 1} } } } }`);
    defs.push(`fragment F${n} on Paper { title }`);
    return post({ query: `{ papers(first: 100) { nodes { ...F0 } } } ${defs.join(" ")}` });
  },
  fragmentCycle: (rng) =>
    post({ query: rng.pick([`{ papers { nodes { ...A } } } fragment A on Paper { ...B } fragment B on Paper { ...A }`, `{ ...Q } fragment Q on Query { ...Q }`, `{ papers { nodes { ...Missing } } }`, `fragment A on Nope { x } { papers { totalCount } }`]) }),
  firstValues: (rng) => post({ query: `{ ${rng.pick(["papers", "entities"])}(first: ${rng.pick(FIRSTS)}) { totalCount nodes { id } } }` }),
  neighborhoodArgs: (rng) =>
    post({ query: `{ neighborhood(id: ${jsonString(rng.pick(ID_SHAPES))}, depth: ${rng.pick(["-5", "0", "1", "3", "4", "10", "2147483647"])}, limit: ${rng.pick(FIRSTS)}) { nodes { id } } }` }),
  unknownIds: (rng) => {
    const id = rng.pick(ID_SHAPES);
    return post({ query: `query($id: ID!) { node(id: $id) { id } paper(id: $id) { title } }`, variables: { id } });
  },
  entityNames: (rng) => post({ query: `query($n: String!) { entity(kind: ${rng.pick(["METHOD", "DATASET", "TASK", "CONCEPT", "PAPER", "method", "1"])}, name: $n) { id } }`, variables: { n: STRINGS(rng) } }),
  giantString: (rng) => post({ query: `query($q: String!) { search(query: $q, first: 5) { label } }`, variables: { q: STRINGS(rng) } }),
  giantInlineString: (rng) => post({ query: `{ search(query: ${jsonString(STRINGS(rng))}) { label } }` }),
  unicodeQuery: (rng) =>
    post({ query: rng.pick(["query 🦄 { papers { totalCount } }", "{ papers\u0000 { totalCount } }", "{ \u200bpapers { totalCount } }", "query Q\u202e { papers { totalCount } }", "{ papers { totalCount } } \ud800", "# comment \u2028\n{ papers { totalCount } }", "\ufeff{ papers { totalCount } }"]) }),
  wrongVariables: (rng) =>
    post({
      query: "query($n: Int, $id: ID!, $f: PaperFilter) { papers(first: $n, filter: $f) { totalCount } node(id: $id) { id } }",
      variables: rng.pick<unknown>([
        { n: "abc", id: "paper:p1" },
        { n: 1.5, id: 5 },
        { id: null },
        { n: 2 ** 40, id: "x" },
        { id: "x", f: { methods: "not-a-list" } },
        { id: "x", f: { text: { nested: true } } },
        { id: ["a"], extra: 1 },
        [],
        "variables",
        null,
        { id: "x", n: { valueOf: 1 } },
        { id: "x", f: { methods: Array.from({ length: 5000 }, (_, i) => `m${i}`) } },
      ]),
    }),
  deepVariables: (rng) => {
    const depth = rng.int(100, 5000);
    return { ...post(undefined), body: `{"query":"query($f: PaperFilter) { papers(filter: $f) { totalCount } }","variables":{"f":${"[".repeat(depth)}${"]".repeat(depth)}}}` };
  },
  batched: (rng) => post(Array.from({ length: rng.int(0, 50) }, () => ({ query: rng.pick(VALID) }))),
  operationName: (rng) =>
    post({ query: rng.pick(["query A { papers { totalCount } } query B { graphStats { nodeCount } }", "query A { papers { totalCount } } query A { graphStats { nodeCount } }", "{ papers { totalCount } } { graphStats { nodeCount } }"]), operationName: rng.pick([undefined, "A", "B", "C", 5, "", "🦄"]) }),
  directives: (rng) =>
    post({ query: rng.pick([`{ papers @skip(if: $nope) { totalCount } }`, `{ papers @unknown { totalCount } }`, `{ papers { totalCount ${"@include(if: true) ".repeat(rng.int(1, 200))} } }`, `query($s: Boolean!) { papers @skip(if: $s) { totalCount } }`, `{ papers @deprecated { totalCount } }`]) }),
  introspection: (rng) =>
    post({ query: rng.pick([`{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }`, `{ __type(name: "Paper") { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } }`, `{ __schema { ${"types { fields { type { ofType { fields { ".repeat(rng.int(1, 6))} name ${"} } } } } ".repeat(0)} } }`, `{ __typename }`]) }),
  mutations: (rng) =>
    post(
      { query: rng.pick([`mutation { removePaper(id: "paper:p1") { removed } }`, `mutation { addPapers(papers: [{ title: "x" }]) { added } }`, `mutation { nope }`, `subscription { papers { totalCount } }`]) },
      rng.pick<Record<string, string>>([{}, { authorization: "Bearer wrong-key-wrong-key" }, { authorization: "Basic Zm9vOmJhcg==" }, { authorization: "Bearer " + "k".repeat(5000) }]),
    ),
  persistedQuery: (rng) => post({ extensions: rng.pick<unknown>([{ persistedQuery: { version: 1, sha256Hash: "abc" } }, { persistedQuery: "x" }, { persistedQuery: { version: 2 } }, "ext", [1]]), query: rng.pick([undefined, VALID[0]]) }),
  getWeird: (rng) => ({
    kind: "",
    method: rng.pick(["GET", "HEAD"]),
    path:
      "/graphql" +
      rng.pick([
        "",
        "?",
        "?query=%ZZ",
        "?query=" + encodeURIComponent(rng.pick(VALID)),
        "?query=" + encodeURIComponent(rng.pick(VALID)) + "&query=" + encodeURIComponent("{ graphStats { nodeCount } }"),
        "?query[]=x",
        "?query=" + encodeURIComponent("mutation { removePaper(id: \"p1\") { removed } }"),
        "?query=" + encodeURIComponent("{ papers { totalCount } }") + "&variables={",
        "?query=" + encodeURIComponent("{ papers { totalCount } }") + "&extensions=notjson",
        "?variables=" + encodeURIComponent("{}"),
        "?query=" + "%F0%9F".repeat(rng.int(1, 200)),
        "?query=" + encodeURIComponent(nested(30)),
        "?" + "a=1&".repeat(rng.int(1, 2000)),
        "?query=" + "x".repeat(rng.int(1000, 6000)),
        "#fragment",
      ]),
    headers: rng.pick<Record<string, string>>([{}, { "apollo-require-preflight": "1" }, { accept: "text/html" }, { accept: "multipart/mixed; deferSpec=20220824" }, { "apollo-require-preflight": "1", accept: "application/graphql-response+json" }]),
  }),
  weirdMethod: (rng) => ({
    kind: "",
    method: rng.pick(["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"].filter((m) => m !== "TRACE")),
    path: rng.pick(["/graphql", "/healthz", "/metrics", "/", "/export/graph.gexf"]),
    headers: JSON_TYPE,
    body: JSON.stringify({ query: VALID[0] }),
  }),
  weirdPath: (rng) => ({
    kind: "",
    method: "GET",
    path: rng.pick(["/", "/graphql/", "/GRAPHQL", "//graphql", "/graphql%00", "/..%2f..%2fetc/passwd", "/export/graph.json?format=nope", "/export/graph.json?depth=99", "/export/graph.gexf?root=" + uri(rng.pick(ID_SHAPES)), "/readyz?x=" + "y".repeat(3000), "/metrics?format=json", "/%F0%9F%A6%84"]),
    headers: {},
  }),
  oversizedBody: (rng) => ({ ...post(undefined), body: `{"query":"{ papers { totalCount } }","variables":{"pad":"${"p".repeat(rng.int(1_000_001, 1_300_000))}"}}` }),
  headerNoise: (rng) => post({ query: rng.pick(VALID) }, { "x-request-id": rng.pick(["", "x".repeat(500), "a b", "ok-id", "\u00ff"]).replace(/[^\x20-\x7e]/g, "?"), accept: rng.pick(["*/*", "text/html", "application/xml", "application/graphql-response+json", ""]) }),
};

function post(body: unknown, headers: Record<string, string> = {}): Case {
  return { kind: "", method: "POST", path: "/graphql", headers: { ...JSON_TYPE, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) };
}

interface Outcome {
  kind: string;
  status: number;
  contentType: string;
  text: string;
}

async function send(base: string, c: Case): Promise<Outcome> {
  const res = await fetch(base + c.path, { method: c.method, headers: c.headers, body: c.method === "GET" || c.method === "HEAD" ? undefined : c.body });
  return { kind: c.kind, status: res.status, contentType: res.headers.get("content-type") ?? "", text: await res.text() };
}

/** Raw TCP garbage: malformed request lines and headers, answered by the server's clientError handler. */
function sendRaw(port: number, payload: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(payload));
    let data = "";
    socket.on("data", (d) => (data += d));
    socket.on("close", () => resolve(data));
    socket.on("error", () => resolve(data));
    socket.setTimeout(5000, () => socket.destroy());
  });
}

function problems(o: Outcome, method: string): string[] {
  const found: string[] = [];
  if (o.status >= 500 || o.status === 0) found.push(`status ${o.status}`);
  if (method === "HEAD" || o.status === 204) return found;
  if (!/json/.test(o.contentType)) {
    // GET with Accept: text/html gets Apollo's landing page, and /metrics Prometheus text, by design.
    if (!(o.status === 200 && /text\/(html|plain)/.test(o.contentType))) found.push(`content-type ${o.contentType}`);
    return found;
  }
  let body: any;
  try {
    body = JSON.parse(o.text);
  } catch {
    return [...found, "body is not JSON"];
  }
  const codes: string[] = [];
  if (Array.isArray(body?.errors)) for (const e of body.errors) codes.push(e?.extensions?.code);
  else if (body?.code) codes.push(body.code);
  if (o.status >= 400 && codes.length === 0) found.push("error without a code");
  for (const code of codes) {
    if (typeof code !== "string" || !/^[A-Z_]+$/.test(code)) found.push(`bad code ${String(code)}`);
    if (code === "INTERNAL_SERVER_ERROR") found.push(`internal error: ${o.text.slice(0, 300)}`);
  }
  return found;
}

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ production: true });
});

afterAll(async () => {
  await t?.stop();
});

describe(`fuzz (seed ${SEED}; replay with PAPERGRAPH_FUZZ_SEED=${SEED})`, () => {
  it(`survives ${REQUESTS} generated hostile requests`, async () => {
    console.log(`fuzz seed ${SEED}: ${REQUESTS} requests`);
    const rng = prng(SEED);
    const kinds = Object.keys(GENERATORS);
    const cases: Case[] = Array.from({ length: REQUESTS }, () => {
      const kind = rng.pick(kinds);
      return { ...GENERATORS[kind](rng), kind };
    });
    const failures: string[] = [];
    const byKind = new Map<string, number>();
    const t0 = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const c = cases[next++];
        byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
        let outcome: Outcome;
        try {
          outcome = await send(t.base, c);
        } catch (error) {
          failures.push(`${c.kind} ${c.method} ${c.path.slice(0, 80)}: request failed: ${(error as Error).message}`);
          continue;
        }
        if (c.kind === "valid" && (outcome.status !== 200 || JSON.parse(outcome.text).errors)) failures.push(`valid query failed: ${outcome.text.slice(0, 200)}`);
        for (const p of problems(outcome, c.method)) failures.push(`${c.kind} ${c.method} ${c.path.slice(0, 80)} ${String(c.body ?? "").slice(0, 120)}: ${p}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const port = new URL(t.base).port;
    const raw = ["GARBAGE\r\n\r\n", "GET / HTTP/9.9\r\n\r\n", "POST /graphql HTTP/1.1\r\nContent-Length: -5\r\n\r\n", "GET /graphql HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n", "\u0000\u0001\u0002\r\n\r\n"];
    for (const payload of raw) {
      const answer = await sendRaw(Number(port), payload);
      if (answer && !/^HTTP\/1\.1 4\d\d/.test(answer)) failures.push(`raw ${JSON.stringify(payload)}: ${answer.slice(0, 100)}`);
      if (answer && /^HTTP\/1\.1 400/.test(answer) && !/"code":"BAD_REQUEST"/.test(answer)) failures.push(`raw ${JSON.stringify(payload)}: 400 without a JSON code`);
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(`fuzz: ${cases.length + raw.length} requests in ${seconds.toFixed(1)} s; kinds ${[...byKind].map(([k, n]) => `${k}=${n}`).join(" ")}`);

    expect(failures.slice(0, 20), `seed ${SEED}: ${failures.length} failures`).toEqual([]);
    const health = await t.get("/healthz");
    expect(health.status).toBe(200);
    const after = await t.post({ query: "{ papers { totalCount } }" });
    expect(after.json.data.papers.totalCount).toBe(3);
    expect(t.server.activeRequests).toBeLessThanOrEqual(1);
  }, 120_000);
});
