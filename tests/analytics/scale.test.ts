// The analytics on a synthetic 3,000-paper graph with hub entities: budgets hold and queries stay fast.
// Time bounds are generous (shared 2-core machines); the point is catching accidental O(N^2) work.
import { beforeAll, describe, expect, it } from "vitest";
import {
  computeAnalytics,
  kShortestPaths,
  neighborhood,
  relatedEntities,
  relatedPapers,
  shortestPath,
  type AnalyticsSnapshot,
} from "../../src/analytics";
import type { KnowledgeGraph } from "../../src/domain";
import { syntheticGraph } from "../fixtures/graphs/synthetic";

function timed<T>(run: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = run();
  return { value, ms: performance.now() - t0 };
}

describe("analytics at scale", () => {
  let graph: KnowledgeGraph;
  let snapshot: AnalyticsSnapshot;
  beforeAll(() => {
    graph = syntheticGraph({ papers: 3000, entities: 4000, linksPerPaper: 16 });
    snapshot = computeAnalytics(graph, { layoutIterations: 5 });
  });

  it("snapshots every node with finite positions and several communities", () => {
    expect(snapshot.positions.size).toBe(graph.order);
    for (const p of snapshot.positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(snapshot.communities.length).toBeGreaterThanOrEqual(3);
    expect(snapshot.modularity).toBeGreaterThan(0.3);
  });

  it("keeps hub neighborhoods within budget", () => {
    const { value, ms } = timed(() => neighborhood(graph, "method:e0", { depth: 3, limit: 100, scores: snapshot.pagerank }));
    expect(value.nodes).toHaveLength(100);
    expect(value.truncated).toBe(true);
    const all = neighborhood(graph, "method:e0", { depth: 3, limit: 10_000 });
    expect(all.truncated).toBe(false);
    // A hub's reach is too large to discover whole: the counts of what was left out are estimates, of the right order.
    expect(value.omittedEstimated).toBe(true);
    expect(value.omittedNodes).toBeGreaterThan(0);
    expect(value.nodes.length + value.omittedNodes).toBeLessThanOrEqual(2 * all.nodes.length);
    expect(value.omittedEdges).toBeGreaterThan(0);
    // Every chosen node is connected to the root through chosen nodes, and among the whole neighborhood.
    const members = new Set(all.nodes);
    for (const node of value.nodes) expect(members.has(node)).toBe(true);
    expect(ms).toBeLessThan(1000);
  });

  it("answers path and related-work queries quickly", () => {
    expect(timed(() => shortestPath(graph, "concept:e3", "dataset:e3997")).value).not.toBeNull();
    const paths = timed(() => kShortestPaths(graph, "concept:e3", "dataset:e3997", { k: 10, maxLength: 6 }));
    expect(paths.value).toHaveLength(10);
    expect(paths.ms).toBeLessThan(2000);
    const related = timed(() => relatedPapers(graph, "paper:p7", { textIndex: snapshot.textIndex }));
    expect(related.value).toHaveLength(10);
    expect(related.ms).toBeLessThan(500);
    expect(timed(() => relatedEntities(graph, "method:e0")).ms).toBeLessThan(500);
  });
});
