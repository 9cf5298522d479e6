// What the analytics worker is sent: every node with its attributes (the text index reads titles and abstracts) and
// the edges as columns of node indexes, types, weights and confidences, without their evidence sentences, which no
// analytic reads and which dominate the graph's size. At 100k papers, cloning graph.export() to the worker took
// 8.4 s and 762 MiB on every refresh; this takes a fraction of it (see the closing figures in the README).
import { MultiDirectedGraph } from "graphology";
import type { EdgeType, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../domain";
import { EDGE_TYPES } from "../domain";

export interface AnalyticsInput {
  attributes: GraphAttributes;
  keys: string[];
  nodes: NodeAttributes[];
  source: Int32Array;
  target: Int32Array;
  /** Index into EDGE_TYPES. */
  type: Uint8Array;
  weight: Float64Array;
  confidence: Float64Array;
}

export function analyticsInput(graph: KnowledgeGraph): AnalyticsInput {
  const keys: string[] = [];
  const nodes: NodeAttributes[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    index.set(key, keys.length);
    keys.push(key);
    nodes.push(attributes);
  });
  const m = graph.size;
  const input: AnalyticsInput = {
    attributes: graph.getAttributes(),
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
    input.source[i] = index.get(source)!;
    input.target[i] = index.get(target)!;
    input.type[i] = typeIndex.get(a.type)!;
    input.weight[i] = a.weight;
    input.confidence[i] = a.confidence;
    i++;
  });
  return input;
}

/** The columns' buffers, to transfer rather than copy. */
export function transferables(input: AnalyticsInput): ArrayBuffer[] {
  return [input.source, input.target, input.type, input.weight, input.confidence].map((a) => a.buffer as ArrayBuffer);
}

/** The graph the analytics run on: the same nodes and edges in the same order, each edge with no evidence. */
export function graphFromAnalyticsInput(input: AnalyticsInput): KnowledgeGraph {
  const graph = new MultiDirectedGraph() as KnowledgeGraph;
  graph.replaceAttributes(input.attributes);
  input.keys.forEach((key, n) => graph.addNode(key, input.nodes[n]));
  for (let i = 0; i < input.source.length; i++) {
    graph.addEdge(input.keys[input.source[i]], input.keys[input.target[i]], {
      type: EDGE_TYPES[input.type[i]],
      weight: input.weight[i],
      confidence: input.confidence[i],
      evidence: [],
    });
  }
  return graph;
}
