// What every export shares: restricting the graph to a node subset (e.g. a neighborhood) and the display
// attributes of a node (position, size, colour, community) from an analytics snapshot.
import {
  evidenceOf,
  NotFoundError,
  type EdgeAttributes,
  type EdgeType,
  type Evidence,
  type KnowledgeGraph,
  type NodeAttributes,
  type PaperNodeAttributes,
} from "../domain";
import type { AnalyticsSnapshot } from "./compute-analytics";
import { forDisplay, nodeSize } from "./node-size";
import { communityColor, kindColor } from "./palette";

export type ColorBy = "KIND" | "COMMUNITY";

export interface ExportOptions {
  /** Export only these nodes and the edges among them; default: the whole graph. */
  nodes?: Iterable<string>;
  /** Positions, sizes and communities come from here; without it nodes get no position and a default size. */
  snapshot?: Pick<AnalyticsSnapshot, "positions" | "pagerank" | "maxPagerank" | "community">;
  colorBy?: ColorBy;
  /** Include each edge's evidence sentences. */
  evidence?: boolean;
}

export interface NodeVisual {
  x?: number;
  y?: number;
  size: number;
  color: string;
  community?: number;
}

/**
 * The induced subgraph on `nodes` (same keys and attributes); when nodes is undefined, the graph itself, or a
 * full copy if `copy` is set.
 */
export function restrictGraph(graph: KnowledgeGraph, nodes: Iterable<string> | undefined, fn: string, copy = false): KnowledgeGraph {
  if (nodes === undefined && !copy) return graph;
  const keep = new Set(nodes ?? graph.nodes());
  const sub = graph.nullCopy() as KnowledgeGraph;
  sub.replaceAttributes({ ...graph.getAttributes() });
  for (const node of keep) {
    if (!graph.hasNode(node)) throw new NotFoundError(`${fn}: no node with key ${JSON.stringify(node)}`, { key: node });
    sub.addNode(node, graph.getNodeAttributes(node));
  }
  for (const node of keep) {
    graph.forEachOutEdge(node, (edge, attributes, source, target) => {
      if (keep.has(target)) sub.addDirectedEdgeWithKey(edge, source, target, attributes);
    });
  }
  return sub;
}

export function nodeVisual(
  node: string,
  attributes: NodeAttributes,
  snapshot: ExportOptions["snapshot"],
  colorBy: ColorBy = "KIND",
): NodeVisual {
  const position = snapshot?.positions.get(node);
  const community = snapshot?.community.get(node);
  return {
    ...(position ? { x: forDisplay(position.x), y: forDisplay(position.y) } : {}),
    size: snapshot ? nodeSize(snapshot, node) : 5,
    color: colorBy === "COMMUNITY" ? communityColor(community) : kindColor(attributes.kind),
    ...(community !== undefined ? { community } : {}),
  };
}

/** A node's attributes as exported: without a paper's evidence tables (edges carry their evidence instead). */
export type ExportedAttributes = Exclude<NodeAttributes, PaperNodeAttributes> | Omit<PaperNodeAttributes, "sentences" | "spans">;

export function exportedNodeAttributes(attributes: NodeAttributes): ExportedAttributes {
  if (attributes.kind !== "PAPER") return attributes;
  const { sentences: _sentences, spans: _spans, ...rest } = attributes;
  return rest;
}

/** An edge's attributes as exported: type, weight, confidence, and its evidence sentences. */
export interface ExportedEdge {
  type: EdgeType;
  weight: number;
  confidence: number;
  evidence: Evidence[];
}

export function exportedEdge(graph: KnowledgeGraph, source: string, attributes: EdgeAttributes): ExportedEdge {
  const { type, weight, confidence } = attributes;
  return { type, weight, confidence, evidence: evidenceOf(graph.getNodeAttributes(source) as PaperNodeAttributes, attributes) };
}
