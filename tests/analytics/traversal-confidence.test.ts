// Traversals walk only links at least as confident as asked: one floor for every relation, or one per relation.
import { describe, expect, it } from "vitest";
import { edgeKey, InvalidInputError } from "../../src/domain";
import { DEFAULT_CONFIDENCE_VIEW, kShortestPaths, neighborhood, shortestPath } from "../../src/analytics";
import { buildGraph } from "../fixtures/graphs/build";

// p1 -> a (0.9), p1 -> weak (0.4), p2 -> weak (0.9), p2 -> a (0.3), p1 -> concept c (0.2), p3 -> c (0.9)
function fixture() {
  const graph = buildGraph(["p1 USES a", "p1 USES weak", "p2 USES weak", "p2 USES a", "p1 MENTIONS c", "p3 MENTIONS c"]);
  const confidence: [string, string, string, number][] = [
    ["USES", "paper:p1", "method:weak", 0.4],
    ["USES", "paper:p2", "method:a", 0.3],
    ["MENTIONS", "paper:p1", "concept:c", 0.2],
  ];
  for (const [type, s, t, c] of confidence) graph.setEdgeAttribute(edgeKey(type as "USES", s, t), "confidence", c);
  return graph;
}

describe("traversals by confidence", () => {
  const graph = fixture();

  it("walks every link when no floor is given, as before", () => {
    expect(neighborhood(graph, "paper:p1", { depth: 2 }).nodes.sort()).toEqual(["concept:c", "method:a", "method:weak", "paper:p1", "paper:p2", "paper:p3"]);
  });

  it("leaves out links below one floor, both ways, and what is reached only through them", () => {
    const n = neighborhood(graph, "paper:p1", { depth: 2, minConfidence: 0.5 });
    expect(n.nodes.sort()).toEqual(["method:a", "paper:p1"]);
    expect(n.edges).toEqual([edgeKey("USES", "paper:p1", "method:a")]);
    expect(neighborhood(graph, "paper:p1", { depth: 2, minConfidence: 0.4 }).nodes).toContain("paper:p2");
  });

  it("applies the default view per relation: typed links from 0.5, concept links whatever their confidence", () => {
    const n = neighborhood(graph, "paper:p1", { depth: 2, minConfidence: DEFAULT_CONFIDENCE_VIEW });
    expect(n.nodes.sort()).toEqual(["concept:c", "method:a", "paper:p1", "paper:p3"]);
    expect(n.edges).not.toContain(edgeKey("USES", "paper:p1", "method:weak"));
  });

  it("keeps paths to confident links, and finds none when only weak links connect", () => {
    expect(shortestPath(graph, "paper:p1", "paper:p2")?.length).toBe(2);
    expect(shortestPath(graph, "paper:p1", "paper:p2", { minConfidence: 0.5 })).toBeNull();
    expect(shortestPath(graph, "paper:p1", "paper:p3", { minConfidence: DEFAULT_CONFIDENCE_VIEW })?.nodes).toEqual(["paper:p1", "concept:c", "paper:p3"]);
    expect(shortestPath(graph, "paper:p1", "paper:p3", { minConfidence: 0.5 })).toBeNull();
    const paths = kShortestPaths(graph, "paper:p1", "paper:p2", { k: 5, minConfidence: 0.35 });
    expect(paths.map((p) => p.nodes)).toEqual([["paper:p1", "method:weak", "paper:p2"]]);
  });

  it("rejects a floor outside 0..1, naming the option", () => {
    expect(() => neighborhood(graph, "paper:p1", { minConfidence: 1.5 })).toThrow(InvalidInputError);
    expect(() => shortestPath(graph, "paper:p1", "paper:p2", { minConfidence: -0.1 })).toThrow(/minConfidence/);
  });
});
