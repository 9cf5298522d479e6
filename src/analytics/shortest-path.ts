// The shortest path (fewest hops) between two nodes, each hop carried by its strongest edge so its evidence can be read.
import type { EdgeType, KnowledgeGraph } from "../domain";
import { bidirectionalBfs } from "./bidirectional-bfs";
import { confidenceFloors, edgePasses, type ConfidenceFloor, type EdgeFilter } from "./edge-filter";
import { checkEdgeTypes, checkInteger, checkNumber, withDefaults } from "./option-checks";
import { requireNode } from "./require-node";

export interface GraphPath {
  /** From the first node to the last. */
  nodes: string[];
  /** One edge per hop (nodes[i] - nodes[i+1]): the heaviest allowed edge between the pair, whatever its direction. */
  edges: string[];
  /** Number of hops. */
  length: number;
}

export interface PathOptions {
  /** Edge types that may be walked; omitted or empty: all. */
  edgeTypes?: readonly EdgeType[];
  /** Most hops, 1..12. */
  maxLength?: number;
  /** Edges lighter than this are not walked. */
  minWeight?: number;
  /** Edges less confident than this (one floor, or one per relation) are not walked; omitted: any confidence. */
  minConfidence?: ConfidenceFloor;
}

export const PATH_DEFAULTS = { maxLength: 6, minWeight: 0 } as const;
export const PATH_MAX_LENGTH = 12;

export interface ResolvedPathOptions {
  maxLength: number;
  filter: EdgeFilter;
}

export function resolvePathOptions(fn: string, options: PathOptions): ResolvedPathOptions {
  const o = withDefaults(PATH_DEFAULTS, options);
  return {
    maxLength: checkInteger(fn, "maxLength", o.maxLength, 1, PATH_MAX_LENGTH),
    filter: {
      edgeTypes: checkEdgeTypes(fn, options.edgeTypes),
      minWeight: checkNumber(fn, "minWeight", o.minWeight, 0, Number.MAX_VALUE),
      minConfidence: confidenceFloors(fn, options.minConfidence),
    },
  };
}

/** The shortest path from `from` to `to` within maxLength hops, or null when there is none. */
export function shortestPath(graph: KnowledgeGraph, from: string, to: string, options: PathOptions = {}): GraphPath | null {
  const { maxLength, filter } = resolvePathOptions("shortestPath", options);
  requireNode(graph, "shortestPath", from);
  requireNode(graph, "shortestPath", to);
  const nodes = bidirectionalBfs(graph, from, to, maxLength, { filter });
  return nodes && toGraphPath(graph, nodes, filter);
}

export function toGraphPath(graph: KnowledgeGraph, nodes: string[], filter: EdgeFilter): GraphPath {
  const edges: string[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) edges.push(strongestEdge(graph, nodes[i], nodes[i + 1], filter));
  return { nodes, edges, length: edges.length };
}

/** The heaviest allowed edge between two nodes in either direction (ties: smallest key). */
function strongestEdge(graph: KnowledgeGraph, a: string, b: string, filter: EdgeFilter): string {
  let best: string | undefined;
  let bestWeight = -Infinity;
  const consider = (edge: string) => {
    const attributes = graph.getEdgeAttributes(edge);
    if (!edgePasses(filter, attributes)) return;
    if (attributes.weight > bestWeight || (attributes.weight === bestWeight && best !== undefined && edge < best)) {
      best = edge;
      bestWeight = attributes.weight;
    }
  };
  graph.edges(a, b).forEach(consider);
  graph.edges(b, a).forEach(consider);
  if (best === undefined) throw new Error(`shortestPath: no allowed edge between ${a} and ${b}`);
  return best;
}
