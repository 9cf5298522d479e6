import { describe, expect, it } from "vitest";
import { InvalidInputError, NotFoundError } from "../../src/domain";
import { neighborhood } from "../../src/analytics";
import { buildGraph } from "../fixtures/graphs/build";

// a <- p1 -> b, p1 -> c ; a <- p2 -> d ; c <- p3 -> x
const graph = buildGraph([
  "p1 USES a 3",
  "p1 USES b 1",
  "p1 MENTIONS c 2",
  "p2 USES a 1",
  "p2 MENTIONS d",
  "p3 MENTIONS c",
  "p3 EVALUATES_ON x",
]);

describe("neighborhood", () => {
  it("walks edges in both directions, by hops", () => {
    expect(neighborhood(graph, "method:a").nodes.sort()).toEqual(["method:a", "paper:p1", "paper:p2"]);
    const d2 = neighborhood(graph, "method:a", { depth: 2 });
    expect(d2.nodes.sort()).toEqual(["concept:c", "concept:d", "method:a", "method:b", "paper:p1", "paper:p2"]);
    expect(d2.edges).toHaveLength(5);
    expect(d2).toMatchObject({ root: "method:a", truncated: false, omittedNodes: 0, omittedEdges: 0, omittedEstimated: false });
    const d3 = neighborhood(graph, "method:a", { depth: 3 });
    expect(d3.nodes).toHaveLength(7);
    expect(d3.nodes).toContain("paper:p3");
    expect(d3.edges).toHaveLength(6);
  });

  it("chooses best-first under the budget and counts what it left out", () => {
    // p1 (edge 3, degree 3) beats p2 (edge 1, degree 2); then p2 (depth 1) beats p1's neighbours (depth 2).
    const three = neighborhood(graph, "method:a", { depth: 2, limit: 3 });
    expect(three.nodes).toEqual(["method:a", "paper:p1", "paper:p2"]);
    expect(three).toMatchObject({ truncated: true, omittedNodes: 3, omittedEdges: 3 });
    expect(three.edges.sort()).toEqual(["USES:paper:p1->method:a", "USES:paper:p2->method:a"]);
    // Then c (via the weight-2 edge) before b (weight 1).
    const four = neighborhood(graph, "method:a", { depth: 2, limit: 4 });
    expect(four.nodes).toEqual(["method:a", "paper:p1", "paper:p2", "concept:c"]);
    expect(four).toMatchObject({ omittedNodes: 2, omittedEdges: 2 });
    expect(four.edges).toHaveLength(3);
  });

  it("always keeps the root", () => {
    const one = neighborhood(graph, "method:a", { depth: 2, limit: 1 });
    expect(one).toEqual({ root: "method:a", nodes: ["method:a"], edges: [], truncated: true, omittedNodes: 5, omittedEdges: 5, omittedEstimated: false });
  });

  it("lets a strong depth-2 node beat a weak depth-1 node", () => {
    const g = buildGraph(["p1 MENTIONS r 10", "p1 USES m1 10", "p2 MENTIONS r 0.01"]);
    const scores = new Map([["paper:p1", 10], ["method:m1", 10]]);
    const result = neighborhood(g, "concept:r", { depth: 2, limit: 3, scores });
    expect(result.nodes).toEqual(["concept:r", "paper:p1", "method:m1"]);
  });

  it("filters by edge type, node kind and weight", () => {
    expect(neighborhood(graph, "method:a", { depth: 2, edgeTypes: ["USES"] }).nodes.sort()).toEqual([
      "method:a",
      "method:b",
      "paper:p1",
      "paper:p2",
    ]);
    expect(neighborhood(graph, "method:a", { depth: 2, nodeKinds: ["PAPER", "METHOD"] }).nodes.sort()).toEqual([
      "method:a",
      "method:b",
      "paper:p1",
      "paper:p2",
    ]);
    const heavy = neighborhood(graph, "method:a", { depth: 2, minWeight: 2 });
    expect(heavy.nodes.sort()).toEqual(["concept:c", "method:a", "paper:p1"]);
    expect(heavy.edges.sort()).toEqual(["MENTIONS:paper:p1->concept:c", "USES:paper:p1->method:a"]);
  });

  it("validates options and the root", () => {
    expect(() => neighborhood(graph, "method:a", { depth: 4 })).toThrow(InvalidInputError);
    expect(() => neighborhood(graph, "method:a", { depth: 4 })).toThrow(/"depth".*between 1 and 3/);
    expect(() => neighborhood(graph, "method:a", { limit: 0 })).toThrow(/"limit"/);
    expect(() => neighborhood(graph, "method:a", { minWeight: -1 })).toThrow(/"minWeight"/);
    expect(() => neighborhood(graph, "method:a", { edgeTypes: ["CITES" as never] })).toThrow(/"edgeTypes"/);
    expect(() => neighborhood(graph, "method:a", { nodeKinds: ["AUTHOR" as never] })).toThrow(/"nodeKinds"/);
    expect(() => neighborhood(graph, "method:a", { scores: ((k: string) => k.length) as never })).toThrow(/"scores" must be a Map/);
    expect(() => neighborhood(graph, "method:nope")).toThrow(NotFoundError);
  });
});

describe("neighborhood around hubs", () => {
  // A hub m0 with 1,000 papers (its reach is too large to discover whole); each paper also uses one of 30 methods.
  const lines: string[] = [];
  for (let i = 0; i < 1000; i++) lines.push(`p${i} USES m0 ${i === 7 ? 5 : 1}`, `p${i} USES m${1 + (i % 30)} ${1 + (i % 3)}`);
  const hubGraph = buildGraph(lines);

  it("answers within the budget, strongest edges first, with estimated omissions", () => {
    const result = neighborhood(hubGraph, "method:m0", { depth: 2, limit: 20 });
    expect(result.nodes).toHaveLength(20);
    expect(result.nodes[0]).toBe("method:m0");
    // The one strong edge (weight 5) wins the first place after the root.
    expect(result.nodes[1]).toBe("paper:p7");
    expect(result).toMatchObject({ truncated: true, omittedEstimated: true });
    expect(result.omittedNodes).toBeGreaterThan(0);
    // Every returned edge joins two returned nodes, and every node but the root has one.
    const chosen = new Set(result.nodes);
    for (const e of result.edges) expect(chosen.has(hubGraph.source(e)) && chosen.has(hubGraph.target(e))).toBe(true);
    const touched = new Set(result.edges.flatMap((e) => [hubGraph.source(e), hubGraph.target(e)]));
    for (const node of result.nodes.slice(1)) expect(touched.has(node)).toBe(true);
  });

  it("sees edges added after a first query", () => {
    expect(neighborhood(hubGraph, "method:m0", { depth: 1, limit: 2 }).nodes).toEqual(["method:m0", "paper:p7"]);
    hubGraph.addNode("paper:q", { kind: "PAPER", id: "q", label: "q", title: "q", abstract: "", codeUrls: [], authors: [], keywords: [], sentences: [], spans: [] });
    hubGraph.addDirectedEdgeWithKey("USES:paper:q->method:m0", "paper:q", "method:m0", { type: "USES", confidence: 1, weight: 50, spanStart: 0, spanCount: 0 });
    expect(neighborhood(hubGraph, "method:m0", { depth: 1, limit: 2 }).nodes).toEqual(["method:m0", "paper:q"]);
  });
});
