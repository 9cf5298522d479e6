// Export as Cytoscape.js elements JSON: `cy.add(json.elements)` or `cytoscape({ elements })` loads it.
import type { KnowledgeGraph } from "../domain";
import { exportedEdge, exportedNodeAttributes, nodeVisual, restrictGraph, type ExportOptions } from "./export-subgraph";

export interface CytoscapeNode {
  data: { id: string; label: string; kind: string; size: number; color: string; community?: number } & Record<string, unknown>;
  position?: { x: number; y: number };
}

export interface CytoscapeEdge {
  data: { id: string; source: string; target: string; type: string; weight: number; confidence: number; evidenceCount: number } & Record<
    string,
    unknown
  >;
}

export interface CytoscapeJson {
  elements: { nodes: CytoscapeNode[]; edges: CytoscapeEdge[] };
}

/** Node data keeps every domain attribute; edge evidence only with `evidence: true` (it dominates the size). */
export function exportCytoscapeJson(graph: KnowledgeGraph, options: ExportOptions = {}): CytoscapeJson {
  const sub = restrictGraph(graph, options.nodes, "exportCytoscapeJson");
  const nodes: CytoscapeNode[] = sub.mapNodes((node, attributes) => {
    const { x, y, ...visual } = nodeVisual(node, attributes, options.snapshot, options.colorBy);
    return {
      data: { ...exportedNodeAttributes(attributes), id: node, ...visual },
      ...(x !== undefined && y !== undefined ? { position: { x, y } } : {}),
    };
  });
  const edges: CytoscapeEdge[] = sub.mapEdges((edge, a, source, target) => ({
    data: {
      id: edge,
      source,
      target,
      type: a.type,
      weight: a.weight,
      confidence: a.confidence,
      evidenceCount: a.spanCount,
      ...(options.evidence ? { evidence: exportedEdge(sub, source, a).evidence } : {}),
    },
  }));
  return { elements: { nodes, edges } };
}
