// The graph's adjacency as flat columns (compressed sparse rows): each node's incident edges, both directions, in
// one contiguous range of typed arrays, so traversals walk integers instead of graphology's per-neighbour objects
// and allocate almost nothing. Built once per graph on first use and dropped whenever a node or an edge changes.
import { NODE_KINDS, type KnowledgeGraph, type NodeKind } from "../domain";
import { graphColumns } from "./graph-columns";

export interface Adjacency {
  /** Node keys in graph order; a node's index is its position. */
  keys: string[];
  index: Map<string, number>;
  /** Index into NODE_KINDS, per node. */
  kind: Uint8Array;
  outDegree: Int32Array;
  /**
   * Node i's entries are offset[i] .. offset[i + 1] - 1: first its outgoing edges (outDegree[i] of them), then its
   * incoming ones, each in the order the edges were added to the graph.
   */
  offset: Int32Array;
  /**
   * Per entry: the node at the other end, the edge's key, weight, confidence, type (index into EDGE_TYPES), and
   * whether the node is its source.
   */
  other: Int32Array;
  edge: string[];
  weight: Float64Array;
  confidence: Float32Array;
  type: Uint8Array;
  out: Uint8Array;
  /**
   * For nodes with more than STRONGEST_FIRST_MIN_DEGREE entries, their entries strongest first (ties in range
   * order): entry positions, so that `strongest[offset[i] + k]` is node i's k-th strongest entry. Other ranges are
   * left in range order.
   */
  strongest: Int32Array;
}

/** Nodes with more entries than this have them sorted strongest first (hubs, whose edges traversals budget). */
export const STRONGEST_FIRST_MIN_DEGREE = 64;

const built = new WeakMap<KnowledgeGraph, Adjacency>();
const watched = new WeakSet<KnowledgeGraph>();
const CHANGES = ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared", "edgesCleared", "edgeAttributesUpdated", "eachEdgeAttributesUpdated"];

/** The graph's adjacency, built on first use after each change. */
export function adjacencyOf(graph: KnowledgeGraph): Adjacency {
  return built.get(graph) ?? keepAdjacency(graph, buildAdjacency(graph));
}

/**
 * Keeps `adjacency` as the graph's until the graph changes: the graph cache hands over the one it made from its
 * columns while restoring, so that the first traversal after a restart does not build it.
 */
export function keepAdjacency(graph: KnowledgeGraph, adjacency: Adjacency): Adjacency {
  if (!watched.has(graph)) {
    watched.add(graph);
    const drop = () => void built.delete(graph);
    for (const event of CHANGES) graph.on(event as "edgeAdded", drop);
  }
  built.set(graph, adjacency);
  return adjacency;
}

/**
 * The graph's edges as columns, in graph order: what an adjacency is made from (the graph cache has them already
 * when it restores a graph, so it does not walk the graph again).
 */
export interface EdgeColumnsInput {
  /** Node keys in graph order, and each node's kind (index into NODE_KINDS). */
  keys: string[];
  kind: Uint8Array;
  /** Per edge, in graph order: its ends (indexes into keys), key, weight, confidence and type (index into EDGE_TYPES). */
  source: Int32Array;
  target: Int32Array;
  edgeKeys: string[];
  weight: Float64Array;
  confidence: ArrayLike<number>;
  type: Uint8Array;
}

export function buildAdjacency(graph: KnowledgeGraph): Adjacency {
  const { keys, nodes, source, target, weight, confidence, type } = graphColumns(graph);
  return adjacencyFromColumns({ keys, kind: kindColumn(nodes), source, target, edgeKeys: graph.edges(), weight, confidence, type });
}

/** Each node's kind as an index into NODE_KINDS. */
export function kindColumn(nodes: readonly { kind: NodeKind }[]): Uint8Array {
  const kindIndex = new Map<NodeKind, number>(NODE_KINDS.map((k, i) => [k, i]));
  return Uint8Array.from(nodes, (a) => kindIndex.get(a.kind)!);
}

/** The adjacency of the graph the columns describe; `index` (key to position) is built when not given. */
export function adjacencyFromColumns(columns: EdgeColumnsInput, index?: Map<string, number>): Adjacency {
  const { keys, kind, source, target, edgeKeys } = columns;
  const n = keys.length;
  const m = source.length;
  const count = new Int32Array(n + 1);
  const outDegree = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    count[source[e] + 1]++;
    if (target[e] !== source[e]) count[target[e] + 1]++;
    outDegree[source[e]]++;
  }
  const offset = count;
  for (let k = 0; k < n; k++) offset[k + 1] += offset[k];
  const entries = offset[n];
  // Out-entries fill each range from its start, in-entries from after the out-entries.
  const nextOut = offset.slice(0, n);
  const nextIn = new Int32Array(n);
  for (let k = 0; k < n; k++) nextIn[k] = offset[k] + outDegree[k];
  const other = new Int32Array(entries);
  const edge = filled(entries, "");
  const weight = new Float64Array(entries);
  const confidence = new Float32Array(entries);
  const type = new Uint8Array(entries);
  const out = new Uint8Array(entries);
  const put = (node: number, far: number, k: number, isOut: number) => {
    const at = isOut ? nextOut[node]++ : nextIn[node]++;
    other[at] = far;
    edge[at] = edgeKeys[k];
    weight[at] = columns.weight[k];
    confidence[at] = columns.confidence[k];
    type[at] = columns.type[k];
    out[at] = isOut;
  };
  for (let k = 0; k < m; k++) {
    put(source[k], target[k], k, 1);
    if (target[k] !== source[k]) put(target[k], source[k], k, 0);
  }
  const strongest = new Int32Array(entries);
  for (let k = 0; k < entries; k++) strongest[k] = k;
  for (let node = 0; node < n; node++) {
    const from = offset[node];
    const to = offset[node + 1];
    if (to - from <= STRONGEST_FIRST_MIN_DEGREE) continue;
    sortStrongestFirst(strongest, from, to, weight);
  }
  return { keys, index: index ?? new Map(keys.map((key, i) => [key, i])), kind, outDegree, offset, other, edge, weight, confidence, type, out, strongest };
}

/**
 * Sorts `entries[from..to)` by weight descending, ties by entry ascending (a total order, so the result is
 * deterministic). In place, allocating nothing: a typed array's comparator sort copies the range to the heap, and
 * on a large graph that garbage costs more than the sort.
 */
function sortStrongestFirst(entries: Int32Array, from: number, to: number, weight: Float64Array): void {
  // A max-heap on "comes later", so that repeatedly moving its top to the end leaves the range in order.
  const later = (a: number, b: number) => weight[a] < weight[b] || (weight[a] === weight[b] && a > b);
  const length = to - from;
  const siftDown = (root: number, size: number) => {
    for (;;) {
      const l = 2 * root + 1;
      if (l >= size) return;
      const child = l + 1 < size && later(entries[from + l + 1], entries[from + l]) ? l + 1 : l;
      if (!later(entries[from + child], entries[from + root])) return;
      const t = entries[from + root];
      entries[from + root] = entries[from + child];
      entries[from + child] = t;
      root = child;
    }
  };
  for (let i = (length >> 1) - 1; i >= 0; i--) siftDown(i, length);
  for (let end = length - 1; end > 0; end--) {
    const t = entries[from];
    entries[from] = entries[from + end];
    entries[from + end] = t;
    siftDown(0, end);
  }
}

/** A packed array of `length` copies of `value` (`new Array(length)` past 100k elements is a slow dictionary). */
function filled<T>(length: number, value: T): T[] {
  const array: T[] = [];
  for (let i = 0; i < length; i++) array.push(value);
  return array;
}

const derivedValues = new WeakMap<Adjacency, Map<string, { key: unknown; value: unknown }>>();

/**
 * A value made from an adjacency (and from `key` when it depends on more: a scores map, a text index), kept with
 * the adjacency until the graph changes or another key is asked for: traversals' scratch and per-node columns.
 */
export function derivedFrom<T>(adjacency: Adjacency, slot: string, key: unknown, make: () => T): T {
  let values = derivedValues.get(adjacency);
  if (!values) derivedValues.set(adjacency, (values = new Map()));
  const kept = values.get(slot);
  if (kept && kept.key === key) return kept.value as T;
  const value = make();
  values.set(slot, { key, value });
  return value;
}

/** Per-call scratch over an adjacency's nodes: marks cleared in O(1) by moving to a new generation. */
export class NodeMarks {
  private readonly stamp: Uint32Array;
  private generation = 0;

  constructor(size: number) {
    this.stamp = new Uint32Array(size);
  }

  /** Forgets every mark. */
  reset(): void {
    if (++this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
  }

  has(node: number): boolean {
    return this.stamp[node] === this.generation;
  }

  add(node: number): void {
    this.stamp[node] = this.generation;
  }
}
