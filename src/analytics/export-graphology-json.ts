// Export as graphology's serialisation format: `Graph.from(json)` or `graph.import(json)` restores it, and node
// attributes carry x, y, size and color so sigma.js can draw it as is.
import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../domain";
import { nodeVisual, restrictGraph, type ExportOptions, type NodeVisual } from "./export-subgraph";

export type ExportedNodeAttributes = NodeAttributes & NodeVisual;
export type ExportedEdgeAttributes = Omit<EdgeAttributes, "evidence"> & { evidence?: EdgeAttributes["evidence"] };
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
      attributes: { ...n.attributes!, ...nodeVisual(n.key, n.attributes!, options.snapshot, options.colorBy) },
    })),
    edges: json.edges.map((e) => {
      const { evidence, ...rest } = e.attributes!;
      return { ...e, attributes: withEvidence ? { ...rest, evidence } : rest };
    }),
  };
}
