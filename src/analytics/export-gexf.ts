// Export as GEXF 1.3 for Gephi, written by graphology-gexf: list attributes are joined into strings (GEXF has
// no portable list type), evidence is reduced to a count and its first sentence, and positions, sizes and
// colours go in the viz namespace.
import { write } from "graphology-gexf";
import type { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../domain";
import { firstEvidenceText } from "../domain";
import { exportedNodeAttributes, nodeVisual, restrictGraph, type ExportOptions } from "./export-subgraph";

type Scalar = string | number | boolean;

export function exportGexf(graph: KnowledgeGraph, options: ExportOptions = {}): string {
  // A copy whose graph attributes are GEXF's own meta fields, since the writer turns every attribute into a meta tag.
  const sub = restrictGraph(graph, options.nodes, "exportGexf", true) as unknown as MultiDirectedGraph<
    NodeAttributes,
    EdgeAttributes
  >;
  const { name, updatedAt } = graph.getAttributes();
  sub.replaceAttributes({
    creator: "papergraph",
    ...(name ? { description: name } : {}),
    ...(updatedAt ? { lastModifiedDate: updatedAt.slice(0, 10) } : {}),
  });
  return write(sub, {
    version: "1.3",
    pedantic: true,
    formatNode: (node, attributes) => {
      const visual = nodeVisual(node, attributes, options.snapshot, options.colorBy);
      const flat: Record<string, Scalar> = {};
      for (const [k, v] of Object.entries(exportedNodeAttributes(attributes))) {
        if (k === "label") continue;
        const s = toScalar(v);
        if (s !== undefined) flat[k] = s;
      }
      if (visual.community !== undefined) flat.community = visual.community;
      return {
        label: attributes.label,
        attributes: flat,
        viz: { color: visual.color, size: visual.size, ...(visual.x !== undefined ? { x: visual.x, y: visual.y } : {}) },
      };
    },
    formatEdge: (edge, a) => ({
      label: a.type,
      weight: a.weight,
      attributes: {
        type: a.type,
        confidence: a.confidence,
        evidenceCount: a.spanCount,
        ...(options.evidence && a.spanCount ? { evidence: firstEvidenceText(sub as unknown as KnowledgeGraph, edge) } : {}),
      },
    }),
  });
}

function toScalar(value: unknown): Scalar | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.length ? value.map(String).join("; ") : undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}
