// The read/write API over the knowledge graph: lookups, ordered lists and indexes the GraphQL layer asks for.
import type {
  EdgeAttributes,
  EdgeType,
  EntityKind,
  EntityNodeAttributes,
  ExtractionResult,
  KnowledgeGraph,
  NodeAttributes,
  NodeKind,
  PaperNodeAttributes,
} from "../domain";
import { EDGE_TYPES, NODE_KINDS, isEntityNode, paperKey } from "../domain";
import { GraphBuilder, isAcronymLike } from "./graph-builder";
import { emptyDiff, type GraphDiff } from "./graph-diff";
import { SearchIndex, type FullTextIndex, type SearchOptions, type SearchResult } from "./search-index";
import { WorkerSearchIndex } from "./worker-search-index";

export interface PaperLink {
  edge: string;
  type: EdgeType;
  target: string;
  attributes: EdgeAttributes;
}

export interface PaperFilter {
  text?: string;
  methods?: string[];
  datasets?: string[];
  tasks?: string[];
  concepts?: string[];
  hasCode?: boolean;
}

export interface GraphStats {
  nodes: number;
  edges: number;
  papers: number;
  nodesByKind: Record<NodeKind, number>;
  edgesByType: Record<EdgeType, number>;
  updatedAt: string;
}

/** Filtered paper lists kept at once (see paperKeys). */
const FILTERED_ORDER_MAX = 1000;

const FILTER_KINDS: [keyof PaperFilter, EntityKind][] = [
  ["methods", "METHOD"],
  ["datasets", "DATASET"],
  ["tasks", "TASK"],
  ["concepts", "CONCEPT"],
];

export class GraphStore {
  private readonly builder: GraphBuilder;
  private searchIndex: FullTextIndex;
  private paperOrder?: string[];
  /** Each paper's position in paperOrder, built with it. */
  private paperPosition?: Map<string, number>;
  private readonly entityOrder = new Map<EntityKind | "ALL", string[]>();
  private readonly entityNameOrder = new Map<EntityKind | "ALL", string[]>();
  private readonly filteredOrder = new Map<string, string[]>();
  /** Incremented on every change; caches derived from the graph compare against it. */
  private revision = 0;
  private statsCache?: GraphStats;
  private readonly listeners = new Set<(diffs: readonly GraphDiff[]) => void>();

  /** `searchIndex` is given when building or restoring a whole graph (deferred); else the graph is indexed now. */
  constructor(builder: GraphBuilder = new GraphBuilder(), searchIndex?: SearchIndex) {
    this.builder = builder;
    this.searchIndex = searchIndex ?? new SearchIndex(builder.graph);
  }

  /** The parts the graph cache saves besides the graph. */
  get parts(): { builder: GraphBuilder; searchIndex: FullTextIndex } {
    return { builder: this.builder, searchIndex: this.searchIndex };
  }

  /**
   * A store over a graph built from `results`, then indexed in one pass. Unlike addAll it keeps no diff per result
   * (nobody listens to a store that does not exist yet): at 100k papers they held millions of keys through the build.
   * Its full-text index is deferred, as after a restore from the graph cache: built in slices between requests
   * (searchReady), or at once by the first synchronous search. At 100k papers it is a third of the build.
   */
  static fromResults(results: Iterable<ExtractionResult>): GraphStore {
    const builder = new GraphBuilder();
    for (const result of results) builder.add(result);
    return new GraphStore(builder, new SearchIndex(builder.graph, { deferred: true }));
  }

  get graph(): KnowledgeGraph {
    return this.builder.graph;
  }

  get version(): number {
    return this.revision;
  }

  /** Adds or updates papers; returns one diff per result, in order. */
  addAll(results: Iterable<ExtractionResult>): GraphDiff[] {
    const diffs: GraphDiff[] = [];
    for (const result of results) diffs.push(this.builder.add(result));
    this.afterChange(diffs);
    return diffs;
  }

  removePaper(id: string): GraphDiff {
    const key = this.resolvePaperKey(id);
    const paper = key ? this.paper(key) : undefined;
    const diff = paper ? this.builder.remove(paper.id) : emptyDiff();
    this.afterChange([diff]);
    return diff;
  }

  private afterChange(diffs: GraphDiff[]): void {
    const touched = new Set<string>();
    for (const d of diffs) {
      for (const key of [...d.papersRemoved, ...d.entitiesRemoved]) this.searchIndex.remove(key);
      for (const key of [...d.papersAdded, ...d.papersUpdated, ...d.entitiesCreated]) touched.add(key);
      for (const a of d.aliasesAdded) touched.add(a.entity);
    }
    for (const key of touched) if (this.graph.hasNode(key)) this.searchIndex.upsert(this.graph, key);
    this.paperOrder = undefined;
    this.paperPosition = undefined;
    this.entityOrder.clear();
    this.entityNameOrder.clear();
    this.filteredOrder.clear();
    this.statsCache = undefined;
    this.revision++;
    for (const listener of this.listeners) listener(diffs);
  }

  /** Calls `listener` after every change (derived data such as analytics refresh from here); returns an unsubscribe. */
  onChange(listener: (diffs: readonly GraphDiff[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Accepts a node key ("paper:abc") or a bare paper id ("abc"). */
  resolvePaperKey(idOrKey: string): string | undefined {
    for (const key of [idOrKey, paperKey(idOrKey)]) {
      if (this.graph.hasNode(key) && this.graph.getNodeAttribute(key, "kind") === "PAPER") return key;
    }
    return undefined;
  }

  node(key: string): NodeAttributes | undefined {
    return this.graph.hasNode(key) ? this.graph.getNodeAttributes(key) : undefined;
  }

  paper(key: string): PaperNodeAttributes | undefined {
    const a = this.node(key);
    return a && a.kind === "PAPER" ? a : undefined;
  }

  entity(key: string): EntityNodeAttributes | undefined {
    const a = this.node(key);
    return a && isEntityNode(a) ? a : undefined;
  }

  /** Finds an entity by name or alias: case, hyphen and plural insensitive; a bare acronym picks its best-supported owner. */
  lookupEntity(kind: EntityKind, name: string): string | undefined {
    const direct = this.builder.index.byName(kind, name);
    if (direct) return direct;
    const owners = this.builder.index.byAcronym(kind, name);
    if (owners.length === 0 && !isAcronymLike(name)) {
      const upper = this.builder.index.byAcronym(kind, name.toUpperCase());
      owners.push(...upper);
    }
    return owners.sort((a, b) => (this.entity(b)?.paperCount ?? 0) - (this.entity(a)?.paperCount ?? 0) || a.localeCompare(b))[0];
  }

  /**
   * Paper keys in corpus order, optionally filtered (AND across every given field and value). A text filter is
   * answered by the full-text index: use paperKeysMatching for it.
   */
  paperKeys(filter?: Omit<PaperFilter, "text">): string[] {
    if (!filter) return this.papersInOrder();
    // Entity and code filters are kept until the next change: every page of a hub method's list re-collected
    // its tens of thousands of papers. At most FILTERED_ORDER_MAX of them, the oldest dropped first.
    const slot = JSON.stringify([filter.methods, filter.datasets, filter.tasks, filter.concepts, filter.hasCode]);
    let keys = this.filteredOrder.get(slot);
    if (!keys) {
      keys = this.collectPaperKeys(this.papersInOrder(), filter);
      if (this.filteredOrder.size >= FILTERED_ORDER_MAX) this.filteredOrder.delete(this.filteredOrder.keys().next().value!);
      this.filteredOrder.set(slot, keys);
    }
    return keys;
  }

  /** paperKeys with any filter, a text one included (every term must occur in the title, keywords or abstract). */
  async paperKeysMatching(filter: PaperFilter): Promise<string[]> {
    const text = filter.text?.trim();
    if (!text) return this.paperKeys(filter);
    const hits = await this.search(text, { kinds: ["PAPER"] });
    return this.collectPaperKeys(this.papersInOrder(), filter, new Set(hits.map((h) => h.key)));
  }

  /** Every paper key in corpus order, kept until the next change. */
  private papersInOrder(): string[] {
    this.paperOrder ??= this.graph.filterNodes((_, a) => a.kind === "PAPER");
    return this.paperOrder;
  }

  private collectPaperKeys(paperOrder: string[], filter: PaperFilter, textMatches?: Set<string>): string[] {
    let allowed: Set<string> | undefined = textMatches;
    const restrict = (keys: Iterable<string>) => {
      const next = new Set<string>();
      for (const k of keys) if (!allowed || allowed.has(k)) next.add(k);
      allowed = next;
    };
    for (const [field, kind] of FILTER_KINDS) {
      for (const name of (filter[field] as string[] | undefined) ?? []) {
        const key = this.lookupEntity(kind, name);
        restrict(key ? this.graph.inNeighbors(key) : []);
      }
    }
    const keep = allowed;
    const passes = (k: string) => filter.hasCode === undefined || ((this.paper(k)?.codeUrls.length ?? 0) > 0) === filter.hasCode;
    // A restricting filter (an entity's papers) is put in paper order by position, not by scanning every paper.
    if (keep && keep.size * 8 < paperOrder.length) {
      const position = (this.paperPosition ??= new Map(paperOrder.map((k, i) => [k, i])));
      const positions: number[] = [];
      for (const k of keep) if (passes(k)) positions.push(position.get(k)!);
      return positions.sort((a, b) => a - b).map((i) => paperOrder[i]);
    }
    return paperOrder.filter((k) => (!keep || keep.has(k)) && passes(k));
  }

  /** Entity keys ordered by paper count (desc), then name. */
  entityKeys(kind?: EntityKind): string[] {
    const slot = kind ?? "ALL";
    let keys = this.entityOrder.get(slot);
    if (!keys) {
      const rows: [string, number, string][] = [];
      this.graph.forEachNode((key, a) => {
        if (isEntityNode(a) && (!kind || a.kind === kind)) rows.push([key, a.paperCount, a.name.toLowerCase()]);
      });
      rows.sort((x, y) => y[1] - x[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0) || (x[0] < y[0] ? -1 : 1));
      keys = rows.map((r) => r[0]);
      this.entityOrder.set(slot, keys);
    }
    return keys;
  }

  /** Entity keys in alphabetical order of name (case and accent insensitive), then key. */
  entityKeysByName(kind?: EntityKind): string[] {
    const slot = kind ?? "ALL";
    let keys = this.entityNameOrder.get(slot);
    if (!keys) {
      const collator = new Intl.Collator("en", { sensitivity: "base" });
      const rows = this.entityKeys(kind).map((key) => [key, this.entity(key)!.name] as const);
      rows.sort((a, b) => collator.compare(a[1], b[1]) || (a[0] < b[0] ? -1 : 1));
      keys = rows.map((r) => r[0]);
      this.entityNameOrder.set(slot, keys);
    }
    return keys;
  }

  /**
   * The paper's outgoing links, optionally restricted to some edge types and a minimum confidence: one floor for
   * every relation, or a floor per relation (`defaultMinConfidence` gives the API's default view).
   */
  paperLinks(key: string, types?: readonly EdgeType[], minConfidence: number | ((relation: EdgeType) => number) = 0): PaperLink[] {
    const floor = typeof minConfidence === "number" ? () => minConfidence : minConfidence;
    const links: PaperLink[] = [];
    this.graph.forEachOutEdge(key, (edge, attributes, _s, target) => {
      if (types && !types.includes(attributes.type)) return;
      if (attributes.confidence < floor(attributes.type)) return;
      links.push({ edge, type: attributes.type, target, attributes });
    });
    return links;
  }

  /**
   * Distinct entities of one kind the paper links to by some edge types with at least `minConfidence`, in edge
   * order (what the Paper type's entity lists show).
   */
  linkedEntities(key: string, types: readonly EdgeType[], kind: EntityKind, minConfidence = 0): string[] {
    const out: string[] = [];
    if (!this.graph.hasNode(key)) return out;
    this.graph.forEachOutEdge(key, (_edge, attributes, _s, target, _sa, targetAttributes) => {
      if (attributes.confidence < minConfidence || !types.includes(attributes.type)) return;
      if (targetAttributes.kind !== kind || out.includes(target)) return;
      out.push(target);
    });
    return out;
  }

  /** Distinct papers linked to an entity (optionally by some edge types), strongest link first. */
  entityPapers(key: string, types?: readonly EdgeType[]): string[] {
    const best = new Map<string, number>();
    this.graph.forEachInEdge(key, (_e, a, source) => {
      if (types && !types.includes(a.type)) return;
      best.set(source, Math.max(best.get(source) ?? 0, a.weight));
    });
    return [...best.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([k]) => k);
  }

  /** Full-text search; when the index is still being built (after a restart from the graph cache), it is first completed. */
  search(query: string, options?: SearchOptions): Promise<SearchResult[]> {
    return this.searchIndex.find(query, options);
  }

  /**
   * Moves the full-text index to a worker thread (the server does so for large graphs): the store's in-thread index
   * is dropped and the worker indexes every node, in the background. Call it before the first search.
   */
  useSearchWorker(): void {
    if (this.searchIndex instanceof WorkerSearchIndex) return;
    const previous = this.searchIndex;
    this.searchIndex = new WorkerSearchIndex(this.graph);
    void previous.close();
  }

  /** Stops what the store runs outside this thread (a worker's full-text index). */
  close(): Promise<void> {
    return this.searchIndex.close();
  }

  /** Whether the full-text index has every node (false while it is built in the background after a restart). */
  get searchComplete(): boolean {
    return this.searchIndex.complete;
  }

  /**
   * Resolves once the full-text index is complete, building a deferred one in slices between requests: callers that
   * can wait (resolvers) await it so a search that arrives early does not hold the event loop.
   */
  searchReady(): Promise<void> {
    return this.searchIndex.whenComplete();
  }

  /** Counts by kind and type; kept until the next change (health checks and /metrics ask for them constantly). */
  stats(): GraphStats {
    if (this.statsCache) return this.statsCache;
    const nodesByKind = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
    const edgesByType = Object.fromEntries(EDGE_TYPES.map((t) => [t, 0])) as Record<EdgeType, number>;
    this.graph.forEachNode((_, a) => void nodesByKind[a.kind]++);
    this.graph.forEachEdge((_, a) => void edgesByType[a.type]++);
    this.statsCache = {
      nodes: this.graph.order,
      edges: this.graph.size,
      papers: nodesByKind.PAPER,
      nodesByKind,
      edgesByType,
      updatedAt: this.graph.getAttribute("updatedAt"),
    };
    return this.statsCache;
  }
}

