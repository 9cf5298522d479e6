import { describe, expect, it } from "vitest";
import { adjacencyOf, buildAdjacency, derivedFrom, NodeMarks, STRONGEST_FIRST_MIN_DEGREE } from "../../src/graph/adjacency";
import { IndexMaxHeap } from "../../src/analytics/max-heap";
import { EDGE_TYPES, NODE_KINDS } from "../../src/domain";
import { buildGraph } from "../fixtures/graphs/build";

/** Each node's entries as "<edge type> <other key> <out|in> <weight>", in range order. */
function entriesOf(graph: ReturnType<typeof buildGraph>): Record<string, string[]> {
  const a = buildAdjacency(graph);
  const byNode: Record<string, string[]> = {};
  a.keys.forEach((key, i) => {
    byNode[key] = [];
    for (let j = a.offset[i]; j < a.offset[i + 1]; j++) {
      byNode[key].push(`${EDGE_TYPES[a.type[j]]} ${a.keys[a.other[j]]} ${a.out[j] ? "out" : "in"} ${a.weight[j]}`);
    }
  });
  return byNode;
}

describe("adjacency", () => {
  it("holds every edge at both ends, with its type, weight, key and direction", () => {
    const graph = buildGraph(["p1 USES a 3", "p1 MENTIONS c 2", "p2 USES a 1"]);
    const entries = entriesOf(graph);
    expect(entries["paper:p1"]).toEqual(["USES method:a out 3", "MENTIONS concept:c out 2"]);
    expect(entries["method:a"]).toEqual(["USES paper:p1 in 3", "USES paper:p2 in 1"]);
    const a = buildAdjacency(graph);
    const p1 = a.index.get("paper:p1")!;
    expect(a.edge.slice(a.offset[p1], a.offset[p1 + 1])).toEqual(graph.outEdges("paper:p1"));
    expect(NODE_KINDS[a.kind[p1]]).toBe("PAPER");
    expect(a.outDegree[p1]).toBe(2);
    // Every node's range has its graphology degree.
    graph.forEachNode((key) => {
      const i = a.index.get(key)!;
      expect(a.offset[i + 1] - a.offset[i]).toBe(graph.degree(key));
    });
  });

  it("puts a node's outgoing entries before its incoming ones", () => {
    const graph = buildGraph(["p1 USES a 1"]);
    // Not a shape papergraph makes (papers point at entities), but the layout holds for any directed graph.
    const attributes = graph.getEdgeAttributes(graph.edges()[0]);
    graph.addDirectedEdgeWithKey("x", "method:a", "paper:p1", { ...attributes, weight: 2 });
    graph.addDirectedEdgeWithKey("y", "paper:p1", "method:a", { ...attributes, weight: 3 });
    expect(entriesOf(graph)["method:a"]).toEqual(["USES paper:p1 out 2", "USES paper:p1 in 1", "USES paper:p1 in 3"]);
    const a = buildAdjacency(graph);
    expect(a.outDegree[a.index.get("method:a")!]).toBe(1);
  });

  it("keeps two relations between the same paper and entity apart", () => {
    const graph = buildGraph(["p1 USES a 1", "p1 COMPARES_WITH a 2"]);
    expect(entriesOf(graph)["method:a"]).toEqual(["USES paper:p1 in 1", "COMPARES_WITH paper:p1 in 2"]);
  });

  it("orders a hub's entries strongest first, ties in range order, and leaves small ranges as they are", () => {
    const weights = Array.from({ length: STRONGEST_FIRST_MIN_DEGREE + 6 }, (_, i) => [1, 5, 2, 5, 3][i % 5]);
    const graph = buildGraph([...weights.map((w, i) => `p${i} USES hub ${w}`), "p0 USES small 1", "p1 USES small 4"]);
    const a = buildAdjacency(graph);
    const hub = a.index.get("method:hub")!;
    const order = Array.from(a.strongest.subarray(a.offset[hub], a.offset[hub + 1]));
    const sorted = order.map((j) => a.weight[j]);
    expect(sorted).toEqual([...weights].sort((x, y) => y - x));
    for (let k = 1; k < order.length; k++) if (sorted[k] === sorted[k - 1]) expect(order[k]).toBeGreaterThan(order[k - 1]);
    const small = a.index.get("method:small")!;
    expect(Array.from(a.strongest.subarray(a.offset[small], a.offset[small + 1]))).toEqual([a.offset[small], a.offset[small] + 1]);
  });

  it("is kept until the graph changes, then rebuilt", () => {
    const graph = buildGraph(["p1 USES a 1"]);
    const first = adjacencyOf(graph);
    expect(adjacencyOf(graph)).toBe(first);
    graph.addNode("method:b", { ...graph.getNodeAttributes("method:a"), label: "b" });
    const second = adjacencyOf(graph);
    expect(second).not.toBe(first);
    expect(second.keys).toContain("method:b");
    graph.addDirectedEdgeWithKey("e2", "paper:p1", "method:b", { ...graph.getEdgeAttributes(graph.edges()[0]), weight: 7 });
    const third = adjacencyOf(graph);
    expect(third).not.toBe(second);
    expect(third.weight).toContain(7);
    graph.setEdgeAttribute("e2", "weight", 9);
    expect(adjacencyOf(graph).weight).toContain(9);
    graph.dropNode("method:b");
    expect(adjacencyOf(graph).keys).not.toContain("method:b");
  });
});

describe("values derived from an adjacency", () => {
  it("are made once per adjacency and key, and made again for another key or after a change", () => {
    const graph = buildGraph(["p1 USES a 1"]);
    let made = 0;
    const make = () => ++made;
    const first = adjacencyOf(graph);
    expect(derivedFrom(first, "test", "k", make)).toBe(1);
    expect(derivedFrom(first, "test", "k", make)).toBe(1);
    expect(derivedFrom(first, "test", "other", make)).toBe(2);
    graph.dropNode("method:a");
    expect(derivedFrom(adjacencyOf(graph), "test", "other", make)).toBe(3);
  });
});

describe("node marks", () => {
  it("forget every mark on reset", () => {
    const marks = new NodeMarks(4);
    marks.reset();
    marks.add(2);
    expect([0, 1, 2, 3].map((n) => marks.has(n))).toEqual([false, false, true, false]);
    marks.reset();
    expect(marks.has(2)).toBe(false);
  });
});

describe("index max-heap", () => {
  it("pops by priority, ties by key ascending, and can be reused after clear", () => {
    const heap = new IndexMaxHeap(["d", "b", "c", "a"]);
    for (const [node, p] of [[0, 1], [1, 2], [2, 2], [3, 0.5]]) heap.push(node, p);
    const popped: [number, number][] = [];
    while (heap.size > 0) popped.push([heap.pop(), heap.poppedPriority]);
    expect(popped).toEqual([[1, 2], [2, 2], [0, 1], [3, 0.5]]);
    heap.push(3, 1);
    heap.clear();
    expect(heap.size).toBe(0);
  });
});
