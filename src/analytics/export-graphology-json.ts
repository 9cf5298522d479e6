// Export as graphology's serialisation format: `Graph.from(json)` or `graph.import(json)` restores it, and node
// attributes carry x, y, size and color so sigma.js can draw it as is.
import type { SerializedGraph } from "graphology-types";
import type { GraphAttributes, KnowledgeGraph } from "../domain";
import {
  exportedEdge,
  exportedNodeAttributes,
  nodeVisual,
  restrictGraph,
  type ExportedAttributes,
  type ExportedEdge,
  type ExportOptions,
  type NodeVisual,
} from "./export-subgraph";

export type ExportedNodeAttributes = ExportedAttributes & NodeVisual;
export type ExportedEdgeAttributes = Omit<ExportedEdge, "evidence"> & { evidence?: ExportedEdge["evidence"] };
export type GraphologyJson = SerializedGraph<ExportedNodeAttributes, ExportedEdgeAttributes, GraphAttributes>;

/** Evidence is included unless `evidence: false`: this is the lossless format. */
export function exportGraphologyJson(graph: KnowledgeGraph, options: ExportOptions = {}): GraphologyJson {
  const sub = restrictGraph(graph, options.nodes, "exportGraphologyJson");
  const withEvidence = options.evidence ?? true;
  const json = sub.export();
  return {
    ...json,
    nodes: json.nodes.map((n) => ({
      key: n.key,
      attributes: { ...exportedNodeAttributes(n.attributes!), ...nodeVisual(n.key, n.attributes!, options.snapshot, options.colorBy) },
    })),
    edges: json.edges.map((e) => {
      const { evidence, ...rest } = exportedEdge(sub, e.source, e.attributes!);
      return { ...e, attributes: withEvidence ? { ...rest, evidence } : rest };
    }),
  };
}
