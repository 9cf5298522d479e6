// Adds the nodes and edges of a server subgraph to the drawn graph, keeping the server's layout and colours.
import type { GraphEdgeView, GraphNodeView, SubgraphView } from "./api";
import type { ViewGraph } from "./state";

export interface MergeResult {
  addedNodes: number;
  addedEdges: number;
}

export function mergeNodes(graph: ViewGraph, nodes: readonly GraphNodeView[]): number {
  let added = 0;
  for (const n of nodes) {
    const attributes = { kind: n.kind, label: n.label, x: n.x, y: n.y, size: n.size, color: n.color, community: n.community, pagerank: n.pagerank };
    if (graph.hasNode(n.id)) graph.mergeNodeAttributes(n.id, attributes);
    else {
      graph.addNode(n.id, attributes);
      added++;
    }
  }
  return added;
}

/** Edges whose ends are both drawn; evidence, when the payload carries it, replaces what the edge had. */
export function mergeEdges(graph: ViewGraph, edges: readonly GraphEdgeView[]): number {
  let added = 0;
  for (const e of edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (graph.hasEdge(e.id)) {
      graph.mergeEdgeAttributes(e.id, e.evidence ? { weight: e.weight, evidence: e.evidence } : { weight: e.weight });
    } else {
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { relation: e.type, weight: e.weight, evidence: e.evidence });
      added++;
    }
  }
  return added;
}

export function mergeSubgraph(graph: ViewGraph, subgraph: SubgraphView): MergeResult {
  const addedNodes = mergeNodes(graph, subgraph.nodes);
  return { addedNodes, addedEdges: mergeEdges(graph, subgraph.edges) };
}
