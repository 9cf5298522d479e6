// Query limits over real HTTP: hostile documents are refused before execution with a stable code naming the limit
// and the value found; a query at every limit succeeds; every response carries extensions.cost.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, type OperationDefinitionNode, type FragmentDefinitionNode } from "graphql";
import { GraphStore } from "../../src/graph";
import { buildPapergraphSchema } from "../../src/graphql";
import { DEFAULT_COST_OPTIONS, estimateCost } from "../../src/graphql/limits";
import { createApollo } from "../../src/server/apollo";
import { DEFAULT_LIMITS } from "../../src/config";
import { smallCorpus } from "../helpers/results";
import { startTestServer, type TestServer } from "./server-fixture";

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  await t?.stop();
});

/** `levels` times papers { nodes { methods { ... } } } under entity, ending in `leaf`. */
function nested(levels: number, leaf: string): string {
  return `{ entity(kind: METHOD, name: "MoE") { ${"papers(first: 1) { nodes { methods { ".repeat(levels)}${leaf}${" } } }".repeat(levels)} } }`;
}

function aliases(n: number): string {
  return `{ ${Array.from({ length: n }, (_, i) => `a${i}: graphStats { nodeCount }`).join(" ")} }`;
}

/** Median round trip and server time (from the request log) after a warm-up: figures for the report, not assertions. */
async function timed(query: string): Promise<{ code: string; status: number; ms: string; body: any }> {
  const trips: number[] = [];
  const ids: string[] = [];
  let last;
  for (let i = 0; i < 20; i++) {
    const id = `timed-${i}-${Math.random().toString(36).slice(2)}`;
    last = await t.post({ query }, { "x-request-id": id });
    if (i >= 10) {
      trips.push(last.ms);
      ids.push(id);
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
  const server = t.logs.filter((l) => ids.includes(l.reqId)).map((l) => l.durationMs as number);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const ms = `${median(trips).toFixed(2)} ms round trip, ${median(server).toFixed(2)} ms in the server (medians of 10 after 10 warm-up)`;
  return { code: last!.json.errors?.[0]?.extensions?.code, status: last!.status, ms, body: last!.json };
}

describe("hostile queries are refused before execution", () => {
  it("a depth-20 query: QUERY_TOO_DEEP, naming maxDepth and the depth found", async () => {
    const r = await timed(nested(6, "name"));
    console.log(`depth-20 query refused: ${r.ms}`);
    expect(r.status).toBe(400);
    expect(r.code).toBe("QUERY_TOO_DEEP");
    expect(r.body.errors[0].extensions).toMatchObject({ limit: "maxDepth", max: 12, found: 20 });
    expect(r.body.data).toBeUndefined();
  });

  it("a 500-alias query: TOO_MANY_ALIASES", async () => {
    const r = await timed(aliases(500));
    console.log(`500-alias query refused: ${r.ms}`);
    expect(r.status).toBe(400);
    expect(r.code).toBe("TOO_MANY_ALIASES");
    expect(r.body.errors[0].extensions).toMatchObject({ limit: "maxAliases", max: 30, found: 500 });
  });

  it("neighborhood(depth: 10): BAD_USER_INPUT naming maxTraversalDepth, before the traversal runs", async () => {
    const r = await timed(`{ neighborhood(id: "paper:p1", depth: 10) { nodes { id } } }`);
    console.log(`neighborhood(depth: 10) refused: ${r.ms}`);
    expect(r.status).toBe(400);
    expect(r.code).toBe("BAD_USER_INPUT");
    expect(r.body.errors[0].extensions).toMatchObject({ limit: "maxTraversalDepth", argument: "depth", max: 3, found: 10 });
    expect(r.body.extensions.cost.actual).toBe(0);
  });

  it("a query past the cost limit: QUERY_TOO_COSTLY with the estimate, also through variables", async () => {
    const r = await t.post({ query: `{ entities(first: 100) { nodes { papers(first: 100) { nodes { title } } } } }` });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COSTLY", limit: "maxCost", max: 10_000, found: 10_201 });
    const v = await t.post({
      query: `query Big($n: Int) { entities(first: $n) { nodes { papers(first: $n) { nodes { title } } } } }`,
      variables: { n: 100 },
    });
    expect(v.json.errors[0].extensions.code).toBe("QUERY_TOO_COSTLY");
  });

  it("too many tokens, directives or repeated fields each get their own code", async () => {
    const tokens = await t.post({ query: `{ ${"__typename ".repeat(6000)}}` });
    expect(tokens.status).toBe(400);
    expect(tokens.json.errors[0].extensions).toMatchObject({ code: "TOO_MANY_TOKENS", limit: "maxTokens", max: 5000 });
    const directives = await t.post({ query: `{ graphStats { nodeCount ${"@include(if: true) ".repeat(25)}} }` });
    expect(directives.json.errors[0].extensions).toMatchObject({ code: "TOO_MANY_DIRECTIVES", max: 20, found: 25 });
    const repeated = await t.post({ query: `{ ${"graphStats { nodeCount } ".repeat(300)}}` });
    expect(repeated.json.errors[0].extensions).toMatchObject({ code: "TOO_MANY_REPEATED_FIELDS", max: 10, found: 300 });
  });

  it("a fragment bomb is refused (by depth or cost) without expanding it", async () => {
    const fragments = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Paper { methods { papers(first: 100) { nodes { ...F${i + 1} } } } }`);
    fragments.push("fragment F12 on Paper { title }");
    const r = await t.post({ query: `{ papers(first: 100) { nodes { ...F0 } } } ${fragments.join(" ")}` });
    expect(r.status).toBe(400);
    expect(["QUERY_TOO_DEEP", "QUERY_TOO_COSTLY"]).toContain(r.json.errors[0].extensions.code);
    expect(r.ms).toBeLessThan(2000);
  });

  it("the same limits hold in-process (Apollo validation rules, executeOperation)", async () => {
    const apollo = createApollo({ production: false });
    const store = GraphStore.fromResults(smallCorpus());
    const run = async (query: string) => {
      const res = await apollo.executeOperation({ query }, { contextValue: { store } });
      return res.body.kind === "single" ? res.body.singleResult : undefined;
    };
    expect((await run(nested(6, "name")))?.errors?.[0].extensions?.code).toBe("QUERY_TOO_DEEP");
    expect((await run(aliases(500)))?.errors?.[0].extensions?.code).toBe("TOO_MANY_ALIASES");
    expect((await run(`{ neighborhood(id: "paper:p1", depth: 10) { nodes { id } } }`))?.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const ok = await run("{ papers { totalCount } }");
    expect(ok?.errors).toBeUndefined();
    expect(ok?.extensions?.cost).toEqual({ requested: 1, actual: 1, limit: DEFAULT_LIMITS.maxCost });
  });
});

describe("queries at the limits", () => {
  it("depth 12, 30 aliases and a cost just under the limit all succeed", async () => {
    const deep = await t.post({ query: nested(3, "papers(first: 1) { totalCount }") });
    expect(deep.json.errors).toBeUndefined();
    expect(deep.status).toBe(200);
    const tooDeep = await t.post({ query: nested(3, "papers(first: 1) { nodes { title } }") });
    expect(tooDeep.json.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_DEEP", found: 13 });

    const thirty = await t.post({ query: aliases(30) });
    expect(thirty.json.errors).toBeUndefined();
    expect(Object.keys(thirty.json.data)).toHaveLength(30);
    expect((await t.post({ query: aliases(31) })).json.errors[0].extensions.code).toBe("TOO_MANY_ALIASES");

    const costly = await t.post({
      query: `{ neighborhood(id: "paper:p1", depth: 3, limit: 1000) { nodes { id } edges { id } }
               entities(first: 100) { nodes { papers(first: 47) { nodes { id } } } } }`,
    });
    expect(costly.json.errors).toBeUndefined();
    expect(costly.json.extensions.cost.requested).toBe(9901);
    expect(costly.json.extensions.cost.requested).toBeLessThanOrEqual(costly.json.extensions.cost.limit);
  });
});

describe("extensions.cost", () => {
  it("reports requested (static estimate), actual (objects resolved) and the limit on every response", async () => {
    const r = await t.post({ query: `{ papers(first: 2) { nodes { id methods { name } } } }` });
    // 1 connection + 2 papers x (1 + 10 methods assumed)
    expect(r.json.extensions.cost).toMatchObject({ requested: 23, limit: 10_000 });
    const actualMethods = r.json.data.papers.nodes.reduce((n: number, p: any) => n + p.methods.length, 0);
    expect(r.json.extensions.cost.actual).toBe(1 + 2 + actualMethods);
    for (const bad of [`{ papers { nope } }`, `{ papers(`, `{ paper(id: "none") { id } }`]) {
      const e = await t.post({ query: bad });
      expect(e.json.extensions.cost, bad).toMatchObject({ limit: 10_000 });
    }
    const early = await t.post("{ not json");
    expect(early.json.extensions.cost).toMatchObject({ requested: 0, actual: 0 });
    const noQuery = await t.post({ variables: {} });
    expect(noQuery.status).toBe(400);
    expect(noQuery.json.extensions.cost).toBeDefined();
  });

  it("estimates with the model: lists by first/limit, nested lists of a page by its size, traversals by depth x limit", () => {
    const schema = buildPapergraphSchema();
    const cost = (query: string, variables?: Record<string, unknown>) => {
      const doc = parse(query);
      const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
      const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === "FragmentDefinition").map((f) => [f.name.value, f]));
      return estimateCost(schema, fragments, op, variables, DEFAULT_COST_OPTIONS).cost;
    };
    expect(cost(`{ papers(first: 7) { nodes { methods { name } } } }`)).toBe(1 + 7 * (1 + 10));
    expect(cost(`query($n: Int) { papers(first: $n) { nodes { methods { name } } } }`, { n: 7 })).toBe(78);
    expect(cost(`query($n: Int = 7) { papers(first: $n) { edges { node { id } } } }`)).toBe(1 + 7 * 2);
    expect(cost(`{ papers { totalCount } }`)).toBe(1);
    expect(cost(`{ neighborhood(id: "x", depth: 2, limit: 50) { nodes { id } edges { id } } }`)).toBe(2 * 50 + 50 + 50);
    expect(cost(`{ papers(first: 5) { nodes { ...P ...P } } } fragment P on Paper { datasets { name } }`)).toBe(1 + 5 * 11);
    expect(cost(`{ papers(first: 1e9) { nodes { id } } }`.replace("1e9", "2147483647"))).toBeGreaterThan(1e9);
  });
});
