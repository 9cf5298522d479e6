// One snapshot of every precomputed analytic, for the graph store to cache and refresh when the graph changes.
// The undirected projection is built once and shared by PageRank, Louvain and ForceAtlas2.
import type { KnowledgeGraph } from "../domain";
import { centrality } from "./centrality";
import { communities, type Community } from "./communities";
import { defaultIterations, layout, type Position } from "./layout";
import { buildTextIndex, type TextIndex } from "./text-index";
import { undirectedProjection } from "./undirected-projection";

export interface AnalyticsOptions {
  /** Seed for Louvain and the layout's initial positions. */
  seed?: number;
  /** ForceAtlas2 iterations; default scales with graph size. 0 keeps the seeded initial positions. */
  layoutIterations?: number;
  /** Louvain resolution. */
  resolution?: number;
  /**
   * The snapshot being refreshed: its positions seed the layout, so after a small change a few iterations
   * (a fifth of the default unless layoutIterations is given) keep the picture stable.
   */
  previous?: Pick<AnalyticsSnapshot, "positions">;
}

export interface AnalyticsSnapshot {
  pagerank: ReadonlyMap<string, number>;
  /** Distinct neighbours. */
  degree: ReadonlyMap<string, number>;
  /** Node key -> community id (an index into `communities`). */
  community: ReadonlyMap<string, number>;
  communities: readonly Community[];
  modularity: number;
  positions: ReadonlyMap<string, Position>;
  textIndex: TextIndex;
  /** Largest PageRank, to scale node sizes. */
  maxPagerank: number;
  /** ISO timestamp. */
  computedAt: string;
  durationMs: number;
  /** Milliseconds per stage: projection, centrality, communities, layout, textIndex. */
  timings: Readonly<Record<string, number>>;
}

export function computeAnalytics(graph: KnowledgeGraph, options: AnalyticsOptions = {}): AnalyticsSnapshot {
  const started = performance.now();
  const timings: Record<string, number> = {};
  const timed = <T>(name: string, run: () => T): T => {
    const t0 = performance.now();
    const out = run();
    timings[name] = Math.round((performance.now() - t0) * 10) / 10;
    return out;
  };
  const projection = timed("projection", () => undirectedProjection(graph, { weighted: true }));
  const { pagerank, degree } = timed("centrality", () => centrality(graph, { projection }));
  const clusters = timed("communities", () =>
    communities(graph, { projection, pagerank, seed: options.seed, resolution: options.resolution }),
  );
  const iterations =
    options.layoutIterations ??
    (options.previous ? Math.ceil(defaultIterations(projection.order) / 5) : defaultIterations(projection.order));
  const positions = timed("layout", () =>
    layout(graph, {
      projection,
      seed: options.seed,
      iterations,
      community: clusters.assignment,
      initial: options.previous?.positions,
    }),
  );
  const textIndex = timed("textIndex", () => buildTextIndex(graph));
  let maxPagerank = 0;
  for (const r of pagerank.values()) if (r > maxPagerank) maxPagerank = r;
  return {
    pagerank,
    degree,
    community: clusters.assignment,
    communities: clusters.communities,
    modularity: clusters.modularity,
    positions,
    textIndex,
    maxPagerank,
    computedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - started),
    timings,
  };
}
