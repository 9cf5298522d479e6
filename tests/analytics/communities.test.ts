import { describe, expect, it } from "vitest";
import { communities, computeAnalytics, layout, topEntities } from "../../src/analytics";
import { buildGraph } from "../fixtures/graphs/build";

/** Three planted clusters, each 4 papers x 3 concepts fully linked, joined by one edge from 1 to 2 and one from 2 to 3. */
function plantedClusters() {
  const names = [
    ["attention", "transformer", "bert"],
    ["pruning", "sparsity", "lottery-ticket"],
    ["reinforcement-learning", "policy-gradient", "reward"],
  ];
  const edges: string[] = [];
  names.forEach((concepts, c) => {
    for (let p = 0; p < 4; p++) for (const concept of concepts) edges.push(`c${c}p${p} MENTIONS ${concept}`);
  });
  edges.push("c0p0 MENTIONS pruning", "c1p0 MENTIONS reward");
  return { graph: buildGraph(edges), names };
}

describe("communities", () => {
  const { graph, names } = plantedClusters();
  const clusterOf = (node: string) => {
    if (node.startsWith("paper:c")) return Number(node[7]);
    return names.findIndex((list) => list.includes(node.slice("concept:".length)));
  };

  it("recovers planted clusters", () => {
    const result = communities(graph);
    expect(result.communities).toHaveLength(3);
    const found = new Map<number, number>();
    graph.forEachNode((node) => {
      const planted = clusterOf(node);
      const c = result.assignment.get(node)!;
      if (!found.has(planted)) found.set(planted, c);
      expect(c).toBe(found.get(planted));
    });
    expect(new Set(found.values()).size).toBe(3);
    for (const community of result.communities) {
      expect(community.size).toBe(7);
      const cluster = clusterOf(community.topNodes[0]);
      expect(community.label.split(" · ").sort()).toEqual(names[cluster].map((n) => n.replace(/-/g, " ")).sort());
      expect(community.topNodes.slice(0, 3).every((n) => n.startsWith("concept:"))).toBe(true);
    }
  });

  it("reports modularity computed by hand", () => {
    // m = 38 edges; each community has 12 internal edges and degree 25, 26, 25.
    const expected = (3 * 12) / 38 - (25 ** 2 + 26 ** 2 + 25 ** 2) / (2 * 38) ** 2;
    const result = communities(graph);
    expect(result.modularity).toBeCloseTo(expected, 10);
    expect(result.communities.reduce((s, c) => s + c.modularity, 0)).toBeCloseTo(expected, 10);
  });

  it("is deterministic for a seed and labels paper-only communities by title", () => {
    const withLonePaper = buildGraph({ papers: { lone: { title: "A lonely paper" } }, edges: ["p1 MENTIONS a", "p2 MENTIONS a"] });
    const a = communities(withLonePaper);
    expect(a.communities.map((c) => c.label)).toEqual(["a", "A lonely paper"]);
    expect([...communities(graph, { seed: 7 }).assignment]).toEqual([...communities(graph, { seed: 7 }).assignment]);
  });
});

describe("layout and snapshot", () => {
  const { graph } = plantedClusters();

  it("gives every node finite, deterministic positions that keep clusters together", () => {
    const positions = layout(graph, { seed: 1 });
    expect(positions.size).toBe(graph.order);
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect([...layout(graph, { seed: 1 })]).toEqual([...positions]);
    const dist = (a: string, b: string) => Math.hypot(positions.get(a)!.x - positions.get(b)!.x, positions.get(a)!.y - positions.get(b)!.y);
    expect(dist("concept:attention", "concept:bert")).toBeLessThan(dist("concept:attention", "concept:reward"));
  });

  it("computes one snapshot with every analytic, and ranks entities from it", () => {
    const lone = buildGraph({ papers: { solo: {} }, edges: ["p1 USES m", "p2 USES m", "p2 MENTIONS x"] });
    const snapshot = computeAnalytics(lone, { layoutIterations: 20 });
    expect(snapshot.pagerank.size).toBe(5);
    expect(snapshot.community.size).toBe(5);
    expect(snapshot.positions.size).toBe(5);
    expect(snapshot.textIndex.papers).toHaveLength(3);
    expect(snapshot.maxPagerank).toBe(Math.max(...snapshot.pagerank.values()));
    expect(Date.parse(snapshot.computedAt)).not.toBeNaN();
    expect(snapshot.durationMs).toBeGreaterThanOrEqual(0);

    const full = computeAnalytics(graph);
    expect(topEntities(graph, full, { by: "PAPER_COUNT", first: 2 })).toEqual([
      { entity: "concept:pruning", value: 5 },
      { entity: "concept:reward", value: 5 },
    ]);
    expect(topEntities(graph, full, { by: "DEGREE", first: 1 })[0].value).toBe(5);
    expect(topEntities(graph, full, { kind: "METHOD" })).toEqual([]);
    expect(() => topEntities(graph, full, { by: "FAME" as never })).toThrow(/"by"/);
    // A refresh seeded with the previous positions stays close to them.
    const refreshed = computeAnalytics(graph, { previous: full });
    expect(refreshed.positions.size).toBe(graph.order);
  });
});
