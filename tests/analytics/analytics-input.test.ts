import { describe, expect, it } from "vitest";
import { serialize } from "node:v8";
import { analyticsInput, graphFromAnalyticsInput } from "../../src/analytics/analytics-input";
import { computeAnalytics } from "../../src/analytics";
import { seedStore } from "../helpers/seed";

describe("analyticsInput", () => {
  const graph = seedStore().graph;
  const input = analyticsInput(graph);
  const lean = graphFromAnalyticsInput(structuredClone(input));

  it("keeps every node and edge, in order, and leaves the evidence out", () => {
    expect(lean.nodes()).toEqual(graph.nodes());
    expect(lean.size).toBe(graph.size);
    const edges = (g: typeof graph) => g.mapEdges((_e, a, s, t) => [s, t, a.type, a.weight, a.confidence]);
    expect(edges(lean)).toEqual(edges(graph));
    expect(lean.someEdge((_e, a) => a.spanCount > 0)).toBe(false);
    expect(serialize(input).length).toBeLessThan(serialize(graph.export()).length / 2);
  });

  it("gives the same analytics as the whole graph", () => {
    const options = { layoutIterations: 5 };
    const a = computeAnalytics(graph, options);
    const b = computeAnalytics(lean, options);
    expect(b.pagerank).toEqual(a.pagerank);
    expect(b.degree).toEqual(a.degree);
    expect(b.community).toEqual(a.community);
    expect(b.communities).toEqual(a.communities);
    expect(b.positions).toEqual(a.positions);
    expect(b.textIndex).toEqual(a.textIndex);
  });
});
