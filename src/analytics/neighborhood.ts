// Budgeted neighborhoods: the nodes within `depth` hops of a root (edges walked in both directions, since every
// edge points paper -> entity), chosen best-first when there are more than `limit`.
// Two regimes, so a hub's neighborhood costs about as much as a leaf's: when everything within reach can be
// discovered in a few thousand edge visits, it is (exact `omitted*` counts); otherwise the best-first search runs
// alone, expanding only the nodes it chooses, each through its strongest edges up to the budget still open (hubs'
// edges sorted by weight once per graph change), and `omitted*` are estimates (`omittedEstimated`).
import type { EdgeAttributes, EdgeType, KnowledgeGraph, NodeKind } from "../domain";
import { edgePasses, type EdgeFilter } from "./edge-filter";
import { MaxHeap } from "./max-heap";
import { checkEdgeTypes, checkFunction, checkInteger, checkNodeKinds, checkNumber, withDefaults } from "./option-checks";
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
  /** Importance of a node when the budget forces a choice (e.g. PageRank); default: its degree. */
  score?: (node: string) => number;
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
/** Nodes with more edges than this are expanded through their strongest edges first (sorted once per graph change). */
const SORTED_ADJACENCY_MIN_DEGREE = 64;

interface ResolvedOptions {
  depth: number;
  limit: number;
  filter: EdgeFilter;
  nodeKinds?: ReadonlySet<NodeKind>;
  score: (node: string) => number;
}

function resolveOptions(graph: KnowledgeGraph, options: NeighborhoodOptions): ResolvedOptions {
  const fn = "neighborhood";
  const o = withDefaults(NEIGHBORHOOD_DEFAULTS, options);
  checkFunction(fn, "score", options.score);
  return {
    depth: checkInteger(fn, "depth", o.depth, 1, NEIGHBORHOOD_MAX_DEPTH),
    limit: checkInteger(fn, "limit", o.limit, 1, NEIGHBORHOOD_MAX_LIMIT),
    filter: {
      edgeTypes: checkEdgeTypes(fn, options.edgeTypes),
      minWeight: checkNumber(fn, "minWeight", o.minWeight, 0, Number.MAX_VALUE),
    },
    nodeKinds: checkNodeKinds(fn, "nodeKinds", options.nodeKinds),
    score: options.score ?? ((node) => graph.degree(node)),
  };
}

export function neighborhood(graph: KnowledgeGraph, root: string, options: NeighborhoodOptions = {}): Neighborhood {
  const resolved = resolveOptions(graph, options);
  requireNode(graph, "neighborhood", root);
  const { depth, limit, filter, nodeKinds } = resolved;
  const allowed = (node: string): boolean => !nodeKinds || nodeKinds.has(graph.getNodeAttribute(node, "kind"));

  // 1. Discover everything reachable within depth (exact counts for `omitted*`), hop distance per node, unless that
  //    takes more than the discovery budget (a hub within reach): then the bounded search decides alone.
  const hops = new Map<string, number>([[root, 0]]);
  const order: string[] = [root];
  let maxWeight = 0;
  let visits = 0;
  for (let i = 0; i < order.length; i++) {
    const node = order[i];
    const d = hops.get(node)!;
    if (d === depth) continue;
    visits += graph.degree(node);
    if (visits > NEIGHBORHOOD_DISCOVERY_BUDGET) return boundedNeighborhood(graph, root, resolved, allowed);
    graph.forEachEdge(node, (_edge, attributes, source, target) => {
      if (!edgePasses(filter, attributes)) return;
      const other = source === node ? target : source;
      if (other === node || !allowed(other)) return;
      if (attributes.weight > maxWeight) maxWeight = attributes.weight;
      if (!hops.has(other)) {
        hops.set(other, d + 1);
        order.push(other);
        if (d + 1 === depth) visits += graph.outDegree(other);
      }
    });
  }
  if (visits > NEIGHBORHOOD_DISCOVERY_BUDGET) return boundedNeighborhood(graph, root, resolved, allowed);

  const chosen = order.length <= limit ? order : chooseBestFirst(graph, root, hops, limit, maxWeight, resolved, allowed);
  const chosenSet = new Set(chosen);
  const edges = edgesAmong(graph, chosen, chosenSet, filter);
  const truncated = chosen.length < order.length;
  const omittedEdges = truncated ? edgesAmong(graph, order, new Set(order), filter).length - edges.length : 0;
  return { root, nodes: chosen, edges, truncated, omittedNodes: order.length - chosen.length, omittedEdges, omittedEstimated: false };
}

interface Neighbor {
  edge: string;
  other: string;
  attributes: EdgeAttributes;
}

/** Per graph: the edges of its high-degree nodes, strongest first; dropped whenever an edge or node changes. */
const sortedAdjacency = new WeakMap<KnowledgeGraph, Map<string, Neighbor[]>>();

function strongestFirst(graph: KnowledgeGraph, node: string): Neighbor[] {
  let cache = sortedAdjacency.get(graph);
  if (!cache) {
    const byNode = new Map<string, Neighbor[]>();
    cache = byNode;
    sortedAdjacency.set(graph, byNode);
    const drop = () => byNode.clear();
    for (const event of ["edgeAdded", "edgeDropped", "nodeDropped", "cleared", "edgesCleared", "edgeAttributesUpdated", "eachEdgeAttributesUpdated"]) {
      graph.on(event as "edgeAdded", drop);
    }
  }
  let list = cache.get(node);
  if (!list) {
    const edges: Neighbor[] = [];
    graph.forEachEdge(node, (edge, attributes, source, target) => void edges.push({ edge, other: source === node ? target : source, attributes }));
    // Stable: equal weights keep the graph's edge order, so results are deterministic.
    list = edges.sort((a, b) => b.attributes.weight - a.attributes.weight);
    cache.set(node, list);
  }
  return list;
}

/**
 * Best-first search without prior discovery: a candidate's priority is its parent's times HOP_DECAY times the edge's
 * and the node's relative strength (each in [0.5, 1], scaled by the root's own edges and neighbours, capped at 1);
 * a chosen node within depth is expanded through at most as many of its strongest passing edges as the budget still
 * has room for. `omitted*` estimate what was left: candidates seen but not taken plus unexamined edges.
 */
function boundedNeighborhood(
  graph: KnowledgeGraph,
  root: string,
  options: ResolvedOptions,
  allowed: (node: string) => boolean,
): Neighborhood {
  const { depth, limit, filter } = options;
  // Scales from the root's strongest edges and their ends (what the first expansion sees anyway).
  let maxWeight = 0;
  let maxScore = Math.max(0, finiteOr(options.score(root), 0));
  const rootEdges = graph.degree(root) > SORTED_ADJACENCY_MIN_DEGREE ? strongestFirst(graph, root).slice(0, limit) : undefined;
  const scan = (node: string, visit: (edge: string, attributes: EdgeAttributes, other: string) => boolean | void): number => {
    // Returns the passing edges left unexamined.
    if (graph.degree(node) <= SORTED_ADJACENCY_MIN_DEGREE) {
      graph.forEachEdge(node, (edge, attributes, source, target) => {
        if (edgePasses(filter, attributes)) visit(edge, attributes, source === node ? target : source);
      });
      return 0;
    }
    const list = node === root && rootEdges ? rootEdges : strongestFirst(graph, node);
    let i = 0;
    for (; i < list.length; i++) {
      const n = list[i];
      if (n.attributes.weight < filter.minWeight) return 0; // sorted: none of the rest passes either
      if (!edgePasses(filter, n.attributes)) continue;
      if (visit(n.edge, n.attributes, n.other) === false) break;
    }
    return Math.max(0, (node === root ? graph.degree(root) : list.length) - i - 1);
  };
  scan(root, (_e, attributes, other) => {
    if (attributes.weight > maxWeight) maxWeight = attributes.weight;
    const s = Math.max(0, finiteOr(options.score(other), 0));
    if (s > maxScore) maxScore = s;
  });
  const logMaxScore = Math.log1p(maxScore);
  const nodeFactor = (s: number) => 0.5 + (logMaxScore > 0 ? Math.min(0.5, (0.5 * Math.log1p(s)) / logMaxScore) : 0.5);
  const edgeFactor = (w: number) => 0.5 + (maxWeight > 0 ? Math.min(0.5, (0.5 * Math.max(0, w)) / maxWeight) : 0.5);

  const chosen: string[] = [];
  const taken = new Set<string>();
  const best = new Map<string, number>();
  const hop = new Map<string, number>([[root, 0]]);
  const heap = new MaxHeap();
  let unexamined = 0;
  let examined = 0;
  heap.push(root, 1);
  while (heap.size > 0 && chosen.length < limit) {
    const { key: node, priority } = heap.pop()!;
    if (taken.has(node)) continue;
    taken.add(node);
    chosen.push(node);
    const d = hop.get(node)!;
    if (d >= depth) continue;
    let room = limit - chosen.length;
    if (room === 0) break;
    unexamined += scan(node, (_e, attributes, other) => {
      if (other === node) return;
      examined++;
      if (taken.has(other) || !allowed(other)) return;
      const p = priority * HOP_DECAY * edgeFactor(attributes.weight) * nodeFactor(finiteOr(options.score(other), 0));
      if ((hop.get(other) ?? Infinity) > d + 1) hop.set(other, d + 1);
      if (p > (best.get(other) ?? 0)) {
        best.set(other, p);
        heap.push(other, p);
      }
      if (--room === 0) return false;
    });
  }
  const chosenSet = new Set(chosen);
  const edges = edgesAmong(graph, chosen, chosenSet, filter);
  let seen = 0;
  for (const node of best.keys()) if (!chosenSet.has(node)) seen++;
  const omittedNodes = seen + unexamined;
  const omittedEdges = Math.max(0, examined + unexamined - edges.length);
  return { root, nodes: chosen, edges, truncated: omittedNodes > 0, omittedNodes, omittedEdges, omittedEstimated: true };
}

/**
 * Best-first expansion along shortest-hop edges (layer d to layer d+1, so every chosen node is within depth and
 * attached to a chosen parent): a candidate's priority is its best parent's priority times HOP_DECAY times the
 * edge's relative weight times the node's relative score, each factor in [0.5, 1]. Like Dijkstra on -log(priority),
 * nodes are taken in decreasing priority until the budget is spent.
 */
function chooseBestFirst(
  graph: KnowledgeGraph,
  root: string,
  hops: ReadonlyMap<string, number>,
  limit: number,
  maxWeight: number,
  options: ResolvedOptions,
  allowed: (node: string) => boolean,
): string[] {
  let maxScore = 0;
  const scores = new Map<string, number>();
  for (const node of hops.keys()) {
    const s = Math.max(0, finiteOr(options.score(node), 0));
    scores.set(node, s);
    if (s > maxScore) maxScore = s;
  }
  const logMaxScore = Math.log1p(maxScore);
  const nodeFactor = (node: string) => 0.5 + (logMaxScore > 0 ? (0.5 * Math.log1p(scores.get(node)!)) / logMaxScore : 0.5);
  const edgeFactor = (w: number) => 0.5 + (maxWeight > 0 ? (0.5 * Math.max(0, w)) / maxWeight : 0.5);

  const chosen: string[] = [];
  const taken = new Set<string>();
  const best = new Map<string, number>();
  const heap = new MaxHeap();
  heap.push(root, 1);
  while (heap.size > 0 && chosen.length < limit) {
    const { key: node, priority } = heap.pop()!;
    if (taken.has(node)) continue;
    taken.add(node);
    chosen.push(node);
    const d = hops.get(node)!;
    graph.forEachEdge(node, (_edge, attributes, source, target) => {
      if (!edgePasses(options.filter, attributes)) return;
      const other = source === node ? target : source;
      if (taken.has(other) || hops.get(other) !== d + 1 || !allowed(other)) return;
      const p = priority * HOP_DECAY * edgeFactor(attributes.weight) * nodeFactor(other);
      if (p > (best.get(other) ?? 0)) {
        best.set(other, p);
        heap.push(other, p);
      }
    });
  }
  return chosen;
}

/** Edges whose two ends are in `members` and that pass the filter; each directed edge seen once, from its source. */
function edgesAmong(graph: KnowledgeGraph, nodes: readonly string[], members: ReadonlySet<string>, filter: EdgeFilter): string[] {
  const edges: string[] = [];
  for (const node of nodes) {
    graph.forEachOutEdge(node, (edge, attributes, _source, target) => {
      if (members.has(target) && edgePasses(filter, attributes)) edges.push(edge);
    });
  }
  return edges;
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}
