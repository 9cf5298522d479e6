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
    expect(d2).toMatchObject({ root: "method:a", truncated: false, omittedNodes: 0, omittedEdges: 0 });
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
    expect(one).toEqual({ root: "method:a", nodes: ["method:a"], edges: [], truncated: true, omittedNodes: 5, omittedEdges: 5 });
  });

  it("lets a strong depth-2 node beat a weak depth-1 node", () => {
    const g = buildGraph(["p1 MENTIONS r 10", "p1 USES m1 10", "p2 MENTIONS r 0.01"]);
    const score = (n: string) => ({ "paper:p1": 10, "method:m1": 10 })[n] ?? 0;
    const result = neighborhood(g, "concept:r", { depth: 2, limit: 3, score });
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
    expect(() => neighborhood(graph, "method:nope")).toThrow(NotFoundError);
  });
});
