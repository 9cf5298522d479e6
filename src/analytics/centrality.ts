// PageRank and degree of every node, computed on the undirected simple projection (see undirected-projection.ts).
// Reference: Page, Brin, Motwani & Winograd (1999). The PageRank citation ranking: bringing order to the web.
// On this undirected bipartite projection a random walk alternates papers and entities, so an entity's rank grows
// with the number (and edge weight) of its papers and with how central those papers are.
import pagerank from "graphology-metrics/centrality/pagerank";
import type { KnowledgeGraph } from "../domain";
import { checkNumber, withDefaults } from "./option-checks";
import { undirectedProjection, type ProjectedGraph } from "./undirected-projection";

export interface CentralityOptions {
  /** Damping factor, 0 < alpha < 1. */
  alpha?: number;
  /** Use summed edge weights as transition weights (true) or treat every link alike (false). */
  weighted?: boolean;
  /** A projection already built (computeAnalytics shares one); must match `weighted`. */
  projection?: ProjectedGraph;
}

export interface Centrality {
  /** Sums to 1 over the graph. */
  pagerank: Map<string, number>;
  /** Distinct neighbours (parallel edges count once). */
  degree: Map<string, number>;
}

export const CENTRALITY_DEFAULTS = { alpha: 0.85, weighted: true } as const;

export function centrality(graph: KnowledgeGraph, options: CentralityOptions = {}): Centrality {
  const o = withDefaults(CENTRALITY_DEFAULTS, options);
  const alpha = checkNumber("centrality", "alpha", o.alpha, 1e-9, 1 - 1e-9);
  const projection = options.projection ?? undirectedProjection(graph, { weighted: o.weighted });
  const degree = new Map<string, number>();
  projection.forEachNode((node) => degree.set(node, projection.degree(node)));
  if (projection.order === 0) return { pagerank: new Map(), degree };
  const ranks = pagerank(projection, {
    alpha,
    getEdgeWeight: o.weighted ? "weight" : null,
    maxIterations: 1000,
    tolerance: 1e-10,
  });
  return { pagerank: new Map(Object.entries(ranks)), degree };
}
