// The undirected simple projection of the knowledge graph: one edge per linked node pair, weights summed.
// PageRank, Louvain and ForceAtlas2 run on it because the stored graph is a directed multigraph whose edges
// all point paper -> entity: directed PageRank would make every entity a dangling sink, and parallel edges
// (a paper that both USES and COMPARES_WITH a method) would otherwise count as separate links.
import { UndirectedGraph } from "graphology";
import type { KnowledgeGraph } from "../domain";

export interface ProjectionEdgeAttributes {
  weight: number;
}

/** Positions are only set on working copies made by the layout. */
export interface ProjectionNodeAttributes {
  x?: number;
  y?: number;
}

export type ProjectedGraph = UndirectedGraph<ProjectionNodeAttributes, ProjectionEdgeAttributes>;

export interface ProjectionOptions {
  /** Sum the edges' `weight` (true) or count each linked pair once with weight 1 (false). */
  weighted?: boolean;
}

export function undirectedProjection(graph: KnowledgeGraph, options: ProjectionOptions = {}): ProjectedGraph {
  const weighted = options.weighted ?? true;
  const projection: ProjectedGraph = new UndirectedGraph({ allowSelfLoops: false });
  graph.forEachNode((node) => {
    projection.addNode(node);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const w = weighted ? positiveWeight(attributes.weight) : 1;
    const existing = projection.edge(source, target);
    if (existing === undefined) projection.addEdge(source, target, { weight: w });
    else if (weighted) projection.updateEdgeAttribute(existing, "weight", (old) => (old ?? 0) + w);
  });
  return projection;
}

/** Guards the numeric algorithms against missing, zero or non-finite weights. */
function positiveWeight(weight: number): number {
  return Number.isFinite(weight) && weight > 0 ? weight : 1e-6;
}
