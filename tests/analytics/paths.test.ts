import { describe, expect, it } from "vitest";
import { edgeEvidence, InvalidInputError, NotFoundError } from "../../src/domain";
import { kShortestPaths, shortestPath, type GraphPath } from "../../src/analytics";
import { buildGraph } from "../fixtures/graphs/build";

// Three routes from concept x to concept y: two of 4 hops (via m, via m2), one of 6 (via d and t).
const graph = buildGraph([
  "p1 MENTIONS x",
  "p1 USES m",
  "p1 COMPARES_WITH m 2",
  "p2 USES m",
  "p2 MENTIONS y",
  "p6 MENTIONS x",
  "p6 USES m2",
  "p7 USES m2",
  "p7 MENTIONS y",
  "p3 MENTIONS x",
  "p3 EVALUATES_ON d",
  "p4 EVALUATES_ON d",
  "p4 ADDRESSES t",
  "p5 ADDRESSES t",
  "p5 MENTIONS y",
]);

function expectValidPath(path: GraphPath, from: string, to: string): void {
  expect(path.nodes[0]).toBe(from);
  expect(path.nodes[path.nodes.length - 1]).toBe(to);
  expect(new Set(path.nodes).size).toBe(path.nodes.length);
  expect(path.edges).toHaveLength(path.length);
  path.edges.forEach((edge, i) => {
    const ends = [graph.source(edge), graph.target(edge)].sort();
    expect(ends).toEqual([path.nodes[i], path.nodes[i + 1]].sort());
    expect(edgeEvidence(graph, edge).length).toBeGreaterThan(0);
  });
}

describe("shortestPath", () => {
  it("finds a fewest-hop path, walking edges against their direction too", () => {
    const path = shortestPath(graph, "concept:x", "concept:y")!;
    expect(path.length).toBe(4);
    expectValidPath(path, "concept:x", "concept:y");
    expect([
      "concept:x paper:p1 method:m paper:p2 concept:y",
      "concept:x paper:p6 method:m2 paper:p7 concept:y",
    ]).toContain(path.nodes.join(" "));
  });

  it("carries each hop by its heaviest allowed edge", () => {
    const path = shortestPath(graph, "concept:x", "method:m")!;
    expect(path.nodes).toEqual(["concept:x", "paper:p1", "method:m"]);
    expect(path.edges[1]).toBe("COMPARES_WITH:paper:p1->method:m");
    const usesOnly = shortestPath(graph, "concept:x", "method:m", { edgeTypes: ["MENTIONS", "USES"] })!;
    expect(usesOnly.edges[1]).toBe("USES:paper:p1->method:m");
  });

  it("respects maxLength and edge types, and returns null when nothing fits", () => {
    expect(shortestPath(graph, "concept:x", "concept:y", { maxLength: 3 })).toBeNull();
    expect(shortestPath(graph, "concept:x", "dataset:d", { edgeTypes: ["MENTIONS", "USES"] })).toBeNull();
    expect(shortestPath(graph, "concept:x", "concept:x")).toEqual({ nodes: ["concept:x"], edges: [], length: 0 });
  });

  it("rejects unknown nodes and bad options", () => {
    expect(() => shortestPath(graph, "concept:x", "concept:nope")).toThrow(NotFoundError);
    expect(() => shortestPath(graph, "concept:x", "concept:y", { maxLength: 0 })).toThrow(InvalidInputError);
  });
});

describe("kShortestPaths", () => {
  it("lists loopless paths shortest first, one per node sequence", () => {
    const paths = kShortestPaths(graph, "concept:x", "concept:y", { k: 10 });
    expect(paths.map((p) => p.length)).toEqual([4, 4, 6]);
    expect(paths[2].nodes).toEqual(["concept:x", "paper:p3", "dataset:d", "paper:p4", "task:t", "paper:p5", "concept:y"]);
    paths.forEach((p) => expectValidPath(p, "concept:x", "concept:y"));
    expect(kShortestPaths(graph, "concept:x", "concept:y", { k: 10, maxLength: 5 })).toHaveLength(2);
    expect(kShortestPaths(graph, "concept:x", "concept:y", { k: 1 })).toHaveLength(1);
  });

  it("enumerates every simple path of a complete bipartite graph K3,3", () => {
    // From a to b: 3 paths a-pi-b, and 3 * 2 paths a-pi-c-pj-b (i != j). No others exist.
    const k33 = buildGraph(["p1 USES a", "p1 USES b", "p1 USES c", "p2 USES a", "p2 USES b", "p2 USES c", "p3 USES a", "p3 USES b", "p3 USES c"]);
    const paths = kShortestPaths(k33, "method:a", "method:b", { k: 50, maxLength: 8 });
    expect(paths.map((p) => p.length)).toEqual([2, 2, 2, 4, 4, 4, 4, 4, 4]);
    expect(new Set(paths.map((p) => p.nodes.join())).size).toBe(9);
    for (const p of paths) expect(new Set(p.nodes).size).toBe(p.nodes.length);
  });

  it("validates k", () => {
    expect(() => kShortestPaths(graph, "concept:x", "concept:y", { k: 0 })).toThrow(/"k"/);
  });
});
