import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { createKnowledgeGraph } from "../../src/graph";
import { dictionaryObject, useDictionaryNeighbourTables } from "../../src/graph/neighbour-tables";

setFlagsFromString("--allow-natives-syntax");
const hasFastProperties = new Function("o", "return %HasFastProperties(o)") as (o: object) => boolean;

describe("graphology neighbour tables held as hash tables", () => {
  it("applies to the pinned graphology", () => {
    expect(useDictionaryNeighbourTables()).toBe(true);
    expect(hasFastProperties({ a: 1 })).toBe(true);
    expect(hasFastProperties(dictionaryObject())).toBe(false);
  });

  it("gives every node of a knowledge graph dictionary-mode in/out tables, with the graph's behaviour unchanged", () => {
    const graph = createKnowledgeGraph();
    graph.addNode("paper:a", { kind: "PAPER" } as never);
    graph.addNode("method:x", { kind: "METHOD" } as never);
    graph.addNode("method:y", { kind: "METHOD" } as never);
    graph.addDirectedEdgeWithKey("USES:paper:a->method:x", "paper:a", "method:x", { type: "USES" } as never);
    graph.addDirectedEdgeWithKey("COMPARES_WITH:paper:a->method:x", "paper:a", "method:x", { type: "COMPARES_WITH" } as never);
    graph.addDirectedEdgeWithKey("USES:paper:a->method:y", "paper:a", "method:y", { type: "USES" } as never);
    const record = (graph as unknown as { _nodes: Map<string, { in: object; out: object }> })._nodes.get("paper:a")!;
    expect(hasFastProperties(record.out)).toBe(false);
    expect(hasFastProperties(record.in)).toBe(false);
    expect(graph.hasDirectedEdge("paper:a", "method:x")).toBe(true);
    expect(graph.hasDirectedEdge("method:x", "paper:a")).toBe(false);
    expect(graph.outNeighbors("paper:a").sort()).toEqual(["method:x", "method:y"]);
    expect(graph.directedEdges("paper:a", "method:x").sort()).toEqual(["COMPARES_WITH:paper:a->method:x", "USES:paper:a->method:x"]);
    graph.dropEdge("USES:paper:a->method:y");
    expect(graph.outDegree("paper:a")).toBe(2);
    graph.clearEdges();
    expect(graph.outNeighbors("paper:a")).toEqual([]);
  });
});
