// Full-text search over papers and entities (MiniSearch, BM25+), kept in step with the graph.
import MiniSearch, { type Options } from "minisearch";
import type { KnowledgeGraph, NodeKind } from "../domain";
import { nodeKindOfKey } from "../domain";
import { inSlices } from "./in-slices";
import { isStopWord } from "./stop-words";

/** What the index holds of a node: its key, its title or name, its keywords or aliases, and a paper's abstract. */
export interface SearchDocument {
  id: string;
  title: string;
  aliases: string;
  body: string;
}

export interface SearchResult {
  key: string;
  kind: NodeKind;
  score: number;
}

export interface SearchOptions {
  kinds?: NodeKind[];
  limit?: number;
}

export function toDocument(graph: KnowledgeGraph, key: string): SearchDocument {
  const a = graph.getNodeAttributes(key);
  return a.kind === "PAPER"
    ? { id: key, title: a.title, aliases: a.keywords.join(" "), body: a.abstract }
    : { id: key, title: a.name, aliases: a.aliases.join(" "), body: "" };
}

/** A node's kind from its key ("method:moe" -> METHOD): keys are made per kind (keys.ts), so the index stores nothing per document. */
function kindOfKey(key: string): NodeKind {
  const kind = nodeKindOfKey(key);
  if (!kind) throw new Error(`search index: node key without a kind prefix: ${key}`);
  return kind;
}

/** Lowercased; function words ("the", "of", "we") are neither indexed nor searched: every abstract has them. */
function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return isStopWord(lower) ? null : lower;
}

const MINI_OPTIONS: Options<SearchDocument> = {
  fields: ["title", "aliases", "body"],
  processTerm,
  searchOptions: {
    boost: { title: 3, aliases: 2, body: 1 },
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
    fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
    combineWith: "AND",
  },
};

/**
 * A full-text index kept in step with a graph: in this thread (SearchIndex) or on a worker thread
 * (WorkerSearchIndex). Changes apply in order; a search sees every change made before it.
 */
export interface FullTextIndex {
  /** Whether every node is indexed. */
  readonly complete: boolean;
  /** Indexes the node again from its current attributes (new, changed or merged). */
  upsert(graph: KnowledgeGraph, key: string): void;
  remove(key: string): void;
  /** Ranked hits (every query term must match, the last one also as a prefix); waits for the index to be complete. */
  find(query: string, options?: SearchOptions): Promise<SearchResult[]>;
  /** Resolves once every node is indexed (building a deferred index in the background). */
  whenComplete(): Promise<void>;
  /** Releases what the index holds outside this thread. */
  close(): Promise<void>;
}

/** How long one background indexing slice may hold the event loop. */
const SLICE_MS = 25;

export class SearchIndex implements FullTextIndex {
  private readonly mini = new MiniSearch<SearchDocument>(MINI_OPTIONS);
  /** Nodes still to index while a deferred index is built, from `next` on; undefined once every node is indexed. */
  private pending?: { graph: KnowledgeGraph; keys: string[]; next: number };
  private ready?: Promise<void>;

  /**
   * Indexes every node of `graph` now, or with `deferred` leaves them pending: `indexInBackground` then indexes them
   * in slices between requests (a restart from the graph cache is ready without waiting for the index). A search
   * before the index is complete first indexes the rest, synchronously.
   */
  constructor(graph?: KnowledgeGraph, options: { deferred?: boolean } = {}) {
    if (!graph) return;
    if (options.deferred) this.pending = { graph, keys: graph.nodes(), next: 0 };
    else for (const key of graph.nodes()) this.mini.add(toDocument(graph, key));
  }

  /** Whether every node is indexed. */
  get complete(): boolean {
    return this.pending === undefined;
  }

  /**
   * Indexes the pending nodes in slices of about 25 ms, yielding to the event loop between slices; resolves when the
   * index is complete (at once when nothing is pending). Calling it again returns the same promise.
   */
  indexInBackground(): Promise<void> {
    this.ready ??= inSlices((deadline) => {
      this.indexPending(deadline);
      return !this.pending;
    }, SLICE_MS);
    return this.ready;
  }

  /** Resolves when the index is complete; a deferred index not yet being built starts building in the background. */
  whenComplete(): Promise<void> {
    return this.complete ? Promise.resolve() : this.indexInBackground();
  }

  /** Indexes pending nodes until `deadline` (performance.now() time; Infinity for all of them). */
  private indexPending(deadline: number): void {
    const p = this.pending;
    if (!p) return;
    while (p.next < p.keys.length) {
      // Nodes changed meanwhile were indexed by upsert (or removed): only the untouched ones are indexed here.
      const key = p.keys[p.next++];
      if (p.graph.hasNode(key) && !this.mini.has(key)) this.mini.add(toDocument(p.graph, key));
      if ((p.next & 63) === 0 && performance.now() >= deadline) return;
    }
    this.pending = undefined;
  }

  /** Indexes the node again from its current attributes (new, changed or merged). */
  upsert(graph: KnowledgeGraph, key: string): void {
    this.upsertDocument(toDocument(graph, key));
  }

  /** Indexes a document, in place of the one with the same key if any (a worker's index is fed documents). */
  upsertDocument(doc: SearchDocument): void {
    if (this.mini.has(doc.id)) this.mini.replace(doc);
    else this.mini.add(doc);
  }

  remove(key: string): void {
    if (this.mini.has(key)) this.mini.discard(key);
  }

  async find(query: string, options?: SearchOptions): Promise<SearchResult[]> {
    return this.search(query, options);
  }

  async close(): Promise<void> {}

  /** Ranked hits, now: a deferred index first indexes what is pending. */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    this.indexPending(Infinity);
    const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : undefined;
    const hits = this.mini.search(query, kinds ? { filter: (r) => kinds.has(kindOfKey(String(r.id))) } : undefined);
    const limit = options.limit ?? hits.length;
    return hits.slice(0, limit).map((h) => ({ key: String(h.id), kind: kindOfKey(String(h.id)), score: h.score }));
  }
}
