// Budgeted neighborhoods: the nodes within `depth` hops of a root (edges walked in both directions, since every
// edge points paper -> entity), chosen best-first when there are more than `limit`.
// Two regimes, so a hub's neighborhood costs about as much as a leaf's: when everything within reach can be
// discovered in a few thousand edge visits, it is (exact `omitted*` counts); otherwise the best-first search runs
// alone, expanding only the nodes it chooses, each through its strongest edges up to the budget still open (hubs'
// edges sorted by weight once per graph change), and `omitted*` are estimates (`omittedEstimated`).
// Both walk the graph's adjacency columns (adjacency.ts) with per-node scratch arrays, not graphology's objects.
import { NODE_KINDS, type EdgeType, type KnowledgeGraph, type NodeKind } from "../domain";
import { adjacencyOf, derivedFrom, NodeMarks, STRONGEST_FIRST_MIN_DEGREE, type Adjacency } from "../graph/adjacency";
import { confidenceFloors, entryFilter, entryPasses, type ConfidenceFloor, type EntryFilter } from "./edge-filter";
import { IndexMaxHeap } from "./max-heap";
import { checkEdgeTypes, checkInteger, checkMap, checkNodeKinds, checkNumber, withDefaults } from "./option-checks";
import { requireNode } from "./require-node";

export interface NeighborhoodOptions {
  /** Hops from the root, 1..3. */
  depth?: number;
  /** Most nodes returned, root included, 1..10000. */
  limit?: number;
  /** Edge types that may be walked (and returned); omitted or empty: all. */
  edgeTypes?: readonly EdgeType[];
  /**
   * Node kinds that may appear; nodes of other kinds are neither returned nor walked through, so the result stays
   * connected. The root is always included. Omitted or empty: all.
   */
  nodeKinds?: readonly NodeKind[];
  /** Edges lighter than this are neither walked nor returned. */
  minWeight?: number;
  /**
   * Edges less confident than this (one floor, or one per relation) are neither walked nor returned; omitted: any
   * confidence. The API passes DEFAULT_CONFIDENCE_VIEW unless asked otherwise.
   */
  minConfidence?: ConfidenceFloor;
  /**
   * Importance of each node when the budget forces a choice (e.g. PageRank; nodes missing count 0); default: its
   * degree. Read once into a dense column per graph change and map, so pass the same map object across calls.
   */
  scores?: ReadonlyMap<string, number>;
}

export interface Neighborhood {
  root: string;
  /** Root first, then in the order chosen (nearest and strongest first). */
  nodes: string[];
  /** Edges among the chosen nodes that pass the filters. */
  edges: string[];
  truncated: boolean;
  /** Reachable nodes (within depth, through the filters) left out by the budget; an estimate when `omittedEstimated`. */
  omittedNodes: number;
  /** Edges among reachable nodes that pass the filters but were left out with their nodes; an estimate when `omittedEstimated`. */
  omittedEdges: number;
  /**
   * Whether `omitted*` are estimates: the reachable part was too large to discover whole (a hub within reach), so
   * they count what the search saw but did not take plus the unexamined edges of the nodes it expanded.
   */
  omittedEstimated: boolean;
}

export const NEIGHBORHOOD_DEFAULTS = { depth: 1, limit: 200, minWeight: 0 } as const;
export const NEIGHBORHOOD_MAX_DEPTH = 3;
export const NEIGHBORHOOD_MAX_LIMIT = 10_000;

/** Each hop multiplies a candidate's priority by this, so nearer nodes are preferred unless much stronger. */
const HOP_DECAY = 0.5;
/** Edge visits (plus out-edges of the outer layer) within which everything reachable is discovered for exact counts. */
export const NEIGHBORHOOD_DISCOVERY_BUDGET = 2_000;

interface ResolvedOptions {
  depth: number;
  limit: number;
  /** Which edges may be walked (and returned). */
  filter: EntryFilter;
  /** Per NODE_KINDS index, whether the kind may appear; undefined: all. */
  nodeKinds?: Uint8Array;
  scores?: ReadonlyMap<string, number>;
}

function resolveOptions(graph: KnowledgeGraph, options: NeighborhoodOptions): ResolvedOptions {
  const fn = "neighborhood";
  const o = withDefaults(NEIGHBORHOOD_DEFAULTS, options);
  checkMap(fn, "scores", options.scores);
  const nodeKinds = checkNodeKinds(fn, "nodeKinds", options.nodeKinds);
  return {
    depth: checkInteger(fn, "depth", o.depth, 1, NEIGHBORHOOD_MAX_DEPTH),
    limit: checkInteger(fn, "limit", o.limit, 1, NEIGHBORHOOD_MAX_LIMIT),
    filter: entryFilter({
      edgeTypes: checkEdgeTypes(fn, options.edgeTypes),
      minWeight: checkNumber(fn, "minWeight", o.minWeight, 0, Number.MAX_VALUE),
      minConfidence: confidenceFloors(fn, options.minConfidence),
    }),
    nodeKinds: nodeKinds && Uint8Array.from(NODE_KINDS, (k) => (nodeKinds.has(k) ? 1 : 0)),
    scores: options.scores,
  };
}

/** What a search reuses from one call to the next on the same adjacency (calls are synchronous, never interleaved). */
class Scratch {
  readonly reached: NodeMarks;
  readonly taken: NodeMarks;
  readonly members: NodeMarks;
  readonly hasBest: NodeMarks;
  readonly hop: Int32Array;
  readonly best: Float64Array;
  readonly heap: IndexMaxHeap;

  constructor(adjacency: Adjacency) {
    const n = adjacency.keys.length;
    this.reached = new NodeMarks(n);
    this.taken = new NodeMarks(n);
    this.members = new NodeMarks(n);
    this.hasBest = new NodeMarks(n);
    this.hop = new Int32Array(n);
    this.best = new Float64Array(n);
    this.heap = new IndexMaxHeap(adjacency.keys);
  }
}

/**
 * Each node's score, finite and at least 0: from `scores` (missing: 0), or the node's degree. Kept for the last
 * scores map (the analytics snapshot's PageRank changes only on refresh).
 */
function scoreColumn(adjacency: Adjacency, scores: ReadonlyMap<string, number> | undefined): Float64Array {
  return derivedFrom(adjacency, "neighborhood scores", scores, () => {
    const { keys, offset } = adjacency;
    const column = new Float64Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const s = scores ? (scores.get(keys[i]) ?? 0) : offset[i + 1] - offset[i];
      column[i] = Number.isFinite(s) ? Math.max(0, s) : 0;
    }
    return column;
  });
}

function scratchFor(adjacency: Adjacency): Scratch {
  const scratch = derivedFrom(adjacency, "neighborhood scratch", undefined, () => new Scratch(adjacency));
  scratch.reached.reset();
  scratch.taken.reset();
  scratch.members.reset();
  scratch.hasBest.reset();
  scratch.heap.clear();
  return scratch;
}

/** One search: the adjacency, the options and the scratch, with the filters as predicates on entries and nodes. */
class Search {
  readonly adjacency: Adjacency;
  readonly scratch: Scratch;
  private readonly scores: Float64Array;

  constructor(
    graph: KnowledgeGraph,
    readonly options: ResolvedOptions,
  ) {
    this.adjacency = adjacencyOf(graph);
    this.scratch = scratchFor(this.adjacency);
    this.scores = scoreColumn(this.adjacency, options.scores);
  }

  passes(entry: number): boolean {
    return entryPasses(this.adjacency, this.options.filter, entry);
  }

  allowed(node: number): boolean {
    const kinds = this.options.nodeKinds;
    return !kinds || kinds[this.adjacency.kind[node]] === 1;
  }

  degree(node: number): number {
    return this.adjacency.offset[node + 1] - this.adjacency.offset[node];
  }

  /** The node's score, finite and at least 0. */
  score(node: number): number {
    return this.scores[node];
  }

  /** Edges whose two ends are marked in `members` and that pass the filter; each edge seen once, from its source. */
  edgesAmong(nodes: readonly number[], members: NodeMarks): string[] {
    const { offset, outDegree, other, edge } = this.adjacency;
    const edges: string[] = [];
    for (const node of nodes) {
      // A node's out-entries come first in its range (entities have none: a hub costs nothing here).
      for (let j = offset[node]; j < offset[node] + outDegree[node]; j++) {
        if (members.has(other[j]) && this.passes(j)) edges.push(edge[j]);
      }
    }
    return edges;
  }

  result(root: string, chosen: number[], truncated: boolean, omittedNodes: number, omittedEdges: number, omittedEstimated: boolean, edges: string[]): Neighborhood {
    const keys = this.adjacency.keys;
    return { root, nodes: chosen.map((node) => keys[node]), edges, truncated, omittedNodes, omittedEdges, omittedEstimated };
  }
}

export function neighborhood(graph: KnowledgeGraph, root: string, options: NeighborhoodOptions = {}): Neighborhood {
  const resolved = resolveOptions(graph, options);
  requireNode(graph, "neighborhood", root);
  const search = new Search(graph, resolved);
  const { depth, limit } = resolved;
  const { offset, other, weight, outDegree } = search.adjacency;
  const { reached, hop } = search.scratch;
  const rootIndex = search.adjacency.index.get(root)!;

  // 1. Discover everything reachable within depth (exact counts for `omitted*`), hop distance per node, unless that
  //    takes more than the discovery budget (a hub within reach): then the bounded search decides alone.
  const order: number[] = [rootIndex];
  reached.add(rootIndex);
  hop[rootIndex] = 0;
  let maxWeight = 0;
  let visits = 0;
  for (let i = 0; i < order.length; i++) {
    const node = order[i];
    const d = hop[node];
    if (d === depth) continue;
    visits += search.degree(node);
    if (visits > NEIGHBORHOOD_DISCOVERY_BUDGET) return boundedNeighborhood(search, root, rootIndex);
    for (let j = offset[node]; j < offset[node + 1]; j++) {
      if (!search.passes(j)) continue;
      const far = other[j];
      if (far === node || !search.allowed(far)) continue;
      if (weight[j] > maxWeight) maxWeight = weight[j];
      if (!reached.has(far)) {
        reached.add(far);
        hop[far] = d + 1;
        order.push(far);
        if (d + 1 === depth) visits += outDegree[far];
      }
    }
  }
  if (visits > NEIGHBORHOOD_DISCOVERY_BUDGET) return boundedNeighborhood(search, root, rootIndex);

  const chosen = order.length <= limit ? order : chooseBestFirst(search, rootIndex, order, maxWeight);
  const { members } = search.scratch;
  for (const node of chosen) members.add(node);
  const edges = search.edgesAmong(chosen, members);
  const truncated = chosen.length < order.length;
  const omittedEdges = truncated ? search.edgesAmong(order, reached).length - edges.length : 0;
  return search.result(root, chosen, truncated, order.length - chosen.length, omittedEdges, false, edges);
}

/**
 * Best-first search without prior discovery: a candidate's priority is its parent's times HOP_DECAY times the edge's
 * and the node's relative strength (each in [0.5, 1], scaled by the root's own edges and neighbours, capped at 1);
 * a chosen node within depth is expanded through at most as many of its strongest passing edges as the budget still
 * has room for. `omitted*` estimate what was left: candidates seen but not taken plus unexamined edges.
 */
function boundedNeighborhood(search: Search, root: string, rootIndex: number): Neighborhood {
  const { depth, limit } = search.options;
  const { minWeight } = search.options.filter;
  const { offset, other, weight, strongest } = search.adjacency;
  const { taken, hasBest, members, hop, best, heap } = search.scratch;
  // Hubs' edges are taken strongest first; the root's only up to `limit` of them (what the first expansion sees).
  const rootDegree = search.degree(rootIndex);
  const sortedRoot = rootDegree > STRONGEST_FIRST_MIN_DEGREE;
  const scan = (node: number, visit: (entry: number, far: number) => boolean | void): number => {
    // Returns the passing edges left unexamined.
    const degree = search.degree(node);
    const from = offset[node];
    if (degree <= STRONGEST_FIRST_MIN_DEGREE) {
      for (let j = from; j < from + degree; j++) if (search.passes(j)) visit(j, other[j]);
      return 0;
    }
    const length = node === rootIndex && sortedRoot ? Math.min(limit, degree) : degree;
    let i = 0;
    for (; i < length; i++) {
      const j = strongest[from + i];
      if (weight[j] < minWeight) return 0; // sorted: none of the rest passes either
      if (!search.passes(j)) continue;
      if (visit(j, other[j]) === false) break;
    }
    return Math.max(0, degree - i - 1);
  };
  // Scales from the root's strongest edges and their ends.
  let maxWeight = 0;
  let maxScore = search.score(rootIndex);
  scan(rootIndex, (j, far) => {
    if (weight[j] > maxWeight) maxWeight = weight[j];
    const s = search.score(far);
    if (s > maxScore) maxScore = s;
  });
  const logMaxScore = Math.log1p(maxScore);
  const nodeFactor = (s: number) => 0.5 + (logMaxScore > 0 ? Math.min(0.5, (0.5 * Math.log1p(s)) / logMaxScore) : 0.5);
  const edgeFactor = (w: number) => 0.5 + (maxWeight > 0 ? Math.min(0.5, (0.5 * Math.max(0, w)) / maxWeight) : 0.5);

  const chosen: number[] = [];
  const seen: number[] = [];
  hasBest.reset();
  const reachedHop = search.scratch.reached;
  reachedHop.reset();
  reachedHop.add(rootIndex);
  hop[rootIndex] = 0;
  let unexamined = 0;
  let examined = 0;
  heap.push(rootIndex, 1);
  while (heap.size > 0 && chosen.length < limit) {
    const node = heap.pop();
    const priority = heap.poppedPriority;
    if (taken.has(node)) continue;
    taken.add(node);
    chosen.push(node);
    const d = hop[node];
    if (d >= depth) continue;
    let room = limit - chosen.length;
    if (room === 0) break;
    unexamined += scan(node, (j, far) => {
      if (far === node) return;
      examined++;
      if (taken.has(far) || !search.allowed(far)) return;
      const p = priority * HOP_DECAY * edgeFactor(weight[j]) * nodeFactor(search.score(far));
      if (!reachedHop.has(far) || hop[far] > d + 1) {
        reachedHop.add(far);
        hop[far] = d + 1;
      }
      if (p > (hasBest.has(far) ? best[far] : 0)) {
        if (!hasBest.has(far)) seen.push(far);
        hasBest.add(far);
        best[far] = p;
        heap.push(far, p);
      }
      if (--room === 0) return false;
    });
  }
  for (const node of chosen) members.add(node);
  const edges = search.edgesAmong(chosen, members);
  let left = 0;
  for (const node of seen) if (!members.has(node)) left++;
  const omittedNodes = left + unexamined;
  const omittedEdges = Math.max(0, examined + unexamined - edges.length);
  return search.result(root, chosen, omittedNodes > 0, omittedNodes, omittedEdges, true, edges);
}

/**
 * Best-first expansion along shortest-hop edges (layer d to layer d+1, so every chosen node is within depth and
 * attached to a chosen parent): a candidate's priority is its best parent's priority times HOP_DECAY times the
 * edge's relative weight times the node's relative score, each factor in [0.5, 1]. Like Dijkstra on -log(priority),
 * nodes are taken in decreasing priority until the budget is spent.
 */
function chooseBestFirst(search: Search, rootIndex: number, order: readonly number[], maxWeight: number): number[] {
  const { limit } = search.options;
  const { offset, other, weight } = search.adjacency;
  const { taken, hasBest, hop, best, heap } = search.scratch;
  let maxScore = 0;
  for (const node of order) maxScore = Math.max(maxScore, search.score(node));
  const logMaxScore = Math.log1p(maxScore);
  const nodeFactor = (node: number) => 0.5 + (logMaxScore > 0 ? (0.5 * Math.log1p(search.score(node))) / logMaxScore : 0.5);
  const edgeFactor = (w: number) => 0.5 + (maxWeight > 0 ? (0.5 * Math.max(0, w)) / maxWeight : 0.5);
  // Nodes outside `order` were never reached; their hop is stale, so membership is checked first.
  const reached = search.scratch.reached;

  const chosen: number[] = [];
  heap.push(rootIndex, 1);
  while (heap.size > 0 && chosen.length < limit) {
    const node = heap.pop();
    const priority = heap.poppedPriority;
    if (taken.has(node)) continue;
    taken.add(node);
    chosen.push(node);
    const d = hop[node];
    for (let j = offset[node]; j < offset[node + 1]; j++) {
      if (!search.passes(j)) continue;
      const far = other[j];
      if (taken.has(far) || !reached.has(far) || hop[far] !== d + 1 || !search.allowed(far)) continue;
      const p = priority * HOP_DECAY * edgeFactor(weight[j]) * nodeFactor(far);
      if (p > (hasBest.has(far) ? best[far] : 0)) {
        hasBest.add(far);
        best[far] = p;
        heap.push(far, p);
      }
    }
  }
  return chosen;
}
