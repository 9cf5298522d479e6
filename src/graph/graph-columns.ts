// The graph as columns: node keys and attributes in graph order, and per edge (in graph order) its ends as indexes
// into the keys, its type, weight and confidence. The graph cache and the analytics worker's input are made from it.
import type { EdgeType, KnowledgeGraph, NodeAttributes } from "../domain";
import { EDGE_TYPES } from "../domain";

export interface GraphColumns {
  keys: string[];
  nodes: NodeAttributes[];
  source: Int32Array;
  target: Int32Array;
  /** Index into EDGE_TYPES. */
  type: Uint8Array;
  weight: Float64Array;
  confidence: Float64Array;
}

export function graphColumns(graph: KnowledgeGraph): GraphColumns {
  const keys: string[] = [];
  const nodes: NodeAttributes[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    index.set(key, keys.length);
    keys.push(key);
    nodes.push(attributes);
  });
  const m = graph.size;
  const columns: GraphColumns = {
    keys,
    nodes,
    source: new Int32Array(m),
    target: new Int32Array(m),
    type: new Uint8Array(m),
    weight: new Float64Array(m),
    confidence: new Float64Array(m),
  };
  const typeIndex = new Map<EdgeType, number>(EDGE_TYPES.map((t, i) => [t, i]));
  let i = 0;
  graph.forEachEdge((_edge, a, source, target) => {
    columns.source[i] = index.get(source)!;
    columns.target[i] = index.get(target)!;
    columns.type[i] = typeIndex.get(a.type)!;
    columns.weight[i] = a.weight;
    columns.confidence[i] = a.confidence;
    i++;
  });
  return columns;
}
