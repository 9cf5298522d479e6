import { describe, expect, it } from "vitest";
import { computeAnalytics, isPackedSnapshot, packSnapshot, relatedPapers, unpackSnapshot } from "../../src/analytics";
import { buildGraph } from "../fixtures/graphs/build";

const graph = buildGraph({
  papers: { p1: { abstract: "sparse training of transformers" }, p2: { abstract: "pruning transformers" }, p3: { abstract: "graph layouts" } },
  edges: ["p1 USES a 3", "p1 MENTIONS c 2", "p2 USES a 1", "p2 MENTIONS d", "p3 MENTIONS c", "p3 EVALUATES_ON x"],
});

describe("packed analytics snapshot", () => {
  it("round-trips every map and the text index through typed columns", () => {
    const snapshot = computeAnalytics(graph, { layoutIterations: 10 });
    const packed = packSnapshot(snapshot, graph.nodes());
    expect(isPackedSnapshot(packed)).toBe(true);
    expect(isPackedSnapshot(snapshot)).toBe(false);
    const back = unpackSnapshot(structuredClone(packed), graph.nodes());
    expect(new Map(back.pagerank)).toEqual(snapshot.pagerank);
    expect(new Map(back.degree)).toEqual(snapshot.degree);
    expect(new Map(back.community)).toEqual(snapshot.community);
    expect([...back.positions]).toEqual([...snapshot.positions]);
    expect(back.pagerank.size).toBe(snapshot.pagerank.size);
    for (const key of [...graph.nodes(), "paper:missing"]) {
      expect(back.pagerank.get(key)).toBe(snapshot.pagerank.get(key));
      expect(back.community.has(key)).toBe(snapshot.community.has(key));
      expect(back.positions.get(key)).toEqual(snapshot.positions.get(key));
    }
    expect(back.communities).toEqual(snapshot.communities);
    expect(back.modularity).toBe(snapshot.modularity);
    expect(back.textIndex.papers).toEqual(snapshot.textIndex.papers);
    expect(relatedPapers(graph, "paper:p1", { textIndex: back.textIndex })).toEqual(relatedPapers(graph, "paper:p1", { textIndex: snapshot.textIndex }));
  });
});
