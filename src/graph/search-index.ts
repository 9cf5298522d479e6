// Full-text search over papers and entities (MiniSearch, BM25+), kept in step with the graph.
import MiniSearch, { type AsPlainObject, type Options } from "minisearch";
import type { KnowledgeGraph, NodeKind } from "../domain";

interface SearchDocument {
  id: string;
  kind: NodeKind;
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

function toDocument(graph: KnowledgeGraph, key: string): SearchDocument {
  const a = graph.getNodeAttributes(key);
  return a.kind === "PAPER"
    ? { id: key, kind: a.kind, title: a.title, aliases: a.keywords.join(" "), body: a.abstract }
    : { id: key, kind: a.kind, title: a.name, aliases: a.aliases.join(" "), body: "" };
}

const MINI_OPTIONS: Options<SearchDocument> = {
  fields: ["title", "aliases", "body"],
  storeFields: ["kind"],
  searchOptions: {
    boost: { title: 3, aliases: 2, body: 1 },
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
    fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
    combineWith: "AND",
  },
};

export class SearchIndex {
  private loaded?: MiniSearch<SearchDocument>;
  private load?: () => MiniSearch<SearchDocument>;

  /**
   * Indexes every node of `graph`, or restores `saved` (from toJSON) without re-indexing. `lazy` indexes the graph
   * on first use instead of now: a restart from the graph cache is ready without it, and the first search pays for
   * it (re-indexing 100k papers is faster and lighter than deserialising and loading a saved index).
   */
  constructor(graph?: KnowledgeGraph, saved?: AsPlainObject, options: { lazy?: boolean } = {}) {
    const fresh = () => {
      const mini = new MiniSearch<SearchDocument>(MINI_OPTIONS);
      if (graph) mini.addAll(graph.mapNodes((key) => toDocument(graph, key)));
      return mini;
    };
    if (saved) this.loaded = MiniSearch.loadJS<SearchDocument>(saved, MINI_OPTIONS);
    else if (options.lazy) this.load = fresh;
    else this.loaded = fresh();
  }

  private get mini(): MiniSearch<SearchDocument> {
    if (!this.loaded) {
      this.loaded = this.load!();
      this.load = undefined;
    }
    return this.loaded;
  }

  /** Plain data for the graph cache. */
  toJSON(): AsPlainObject {
    return this.mini.toJSON();
  }

  /** Indexes the node again from its current attributes (new, changed or merged). */
  upsert(graph: KnowledgeGraph, key: string): void {
    const doc = toDocument(graph, key);
    if (this.mini.has(key)) this.mini.replace(doc);
    else this.mini.add(doc);
  }

  remove(key: string): void {
    if (this.mini.has(key)) this.mini.discard(key);
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : undefined;
    const hits = this.mini.search(query, kinds ? { filter: (r) => kinds.has(r.kind as NodeKind) } : undefined);
    const limit = options.limit ?? hits.length;
    return hits.slice(0, limit).map((h) => ({ key: String(h.id), kind: h.kind as NodeKind, score: h.score }));
  }

  /** Keys of the documents matching every term of the query (no ranking), for filters. */
  matchingKeys(query: string, kinds?: NodeKind[]): Set<string> {
    return new Set(this.search(query, { kinds }).map((h) => h.key));
  }
}
