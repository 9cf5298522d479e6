// The records a drawn subgraph is made of — each node's display (position, size, colour, community) and each edge's
// ends and strength — kept until the graph or the analytics snapshot changes. A 200-node neighborhood maps its
// nodes and edges through one lookup each instead of five and three, and allocates none of them again: the
// records live in the old generation instead of becoming per-request garbage.
import { analyticsFor, type AnalyticsService, type AnalyticsSnapshot, type ColorBy } from "../analytics";
import type { GraphStore } from "../graph";
import { toGraphEdge, toGraphNode } from "./mappers";
import type { GraphEdge, GraphNode } from "./types/subgraph.type";

/** Records kept per table before it starts over (a bound on memory when clients sweep a large graph). */
export const SUBGRAPH_RECORDS_LIMIT = 100_000;

export class SubgraphRecords {
  private snapshot?: AnalyticsSnapshot;
  private version = -1;
  private readonly nodes = new Map<ColorBy, Map<string, GraphNode>>();
  private readonly edges = new Map<string, GraphEdge>();

  constructor(
    private readonly store: GraphStore,
    private readonly analytics: AnalyticsService,
  ) {}

  /** The node's display record (read-only: shared by every request until the next change). */
  node(key: string, colorBy: ColorBy = "KIND"): GraphNode {
    this.check();
    let records = this.nodes.get(colorBy);
    if (!records) this.nodes.set(colorBy, (records = new Map()));
    return remembered(records, key, () => toGraphNode(key, this.store.graph.getNodeAttributes(key), this.analytics, colorBy));
  }

  /** The edge's record (read-only, as node records). */
  edge(key: string): GraphEdge {
    this.check();
    const graph = this.store.graph;
    return remembered(this.edges, key, () => toGraphEdge(key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key)));
  }

  /** Starts over when the graph or the snapshot has changed since the records were made. */
  private check(): void {
    const snapshot = this.analytics.snapshot();
    if (snapshot === this.snapshot && this.store.version === this.version) return;
    this.nodes.clear();
    this.edges.clear();
    this.snapshot = snapshot;
    this.version = this.store.version;
  }
}

/** The record of `key` in `records`, made on first use; a table holding `limit` records starts over. */
export function remembered<T>(records: Map<string, T>, key: string, make: () => T, limit = SUBGRAPH_RECORDS_LIMIT): T {
  let record = records.get(key);
  if (record === undefined) {
    if (records.size >= limit) records.clear();
    records.set(key, (record = make()));
  }
  return record;
}

const stores = new WeakMap<GraphStore, SubgraphRecords>();

/** The store's subgraph records. */
export function subgraphRecords(store: GraphStore): SubgraphRecords {
  let records = stores.get(store);
  if (!records) stores.set(store, (records = new SubgraphRecords(store, analyticsFor(store))));
  return records;
}
