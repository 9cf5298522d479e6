// The named operations measured both ways: as GraphQL documents sent to the server, and as the same work done
// in-process on the graph store and graphology graph (the limit papergraph's serving overhead is measured against).
import { DEFAULT_CONFIDENCE_VIEW, neighborhood, relatedPapers, shortestPath, type AnalyticsService } from "../../src/analytics";
import type { EdgeType, EntityKind } from "../../src/domain";
import type { GraphStore } from "../../src/graph/graph-store";
import { SearchIndex } from "../../src/graph/search-index";
import { subgraphRecords } from "../../src/graphql/subgraph-records";
import { toEntity, toPaper } from "../../src/graphql/mappers";

/** Inputs sampled once from the built graph (keys are deterministic, so the server's graph has the same ones). */
export interface OperationInputs {
  papers: string[];
  methods: string[];
  searches: string[];
  roots: string[];
  pairs: [string, string][];
}

export const OPERATIONS = ["paperDetail", "paperList", "search", "neighborhood", "shortestPath", "relatedPapers"] as const;
export type OperationName = (typeof OPERATIONS)[number];

export const LABELS: Record<OperationName, string> = {
  paperDetail: "paper detail with entities",
  paperList: "filtered paper list (method, first 20)",
  search: "search (first 20)",
  neighborhood: "neighborhood depth 2, limit 200",
  shortestPath: "shortest path",
  relatedPapers: "related papers (first 10)",
};

const DOCUMENTS: Record<OperationName, string> = {
  paperDetail: "query PaperDetail($id: ID!) { paper(id: $id) { id title codeUrls proposes { name aliases } methods { name aliases } datasets { name } tasks { name } concepts { name } } }",
  paperList: "query PaperList($m: [String!]) { papers(filter: { methods: $m }, first: 20) { totalCount nodes { id title } } }",
  search: "query Search($q: String!) { search(query: $q, first: 20) { score kind label } }",
  neighborhood: "query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id kind label x y size color } edges { source target type weight } } }",
  shortestPath: "query ShortestPath($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { length nodes { id label } hops { explanation } } }",
  relatedPapers: "query Related($id: ID!) { paper(id: $id) { related(first: 10) { score paper { id title } } } }",
};

/** The request bodies of an operation, one per sampled input. */
export function requestBodies(op: OperationName, inputs: OperationInputs): string[] {
  const body = (variables: Record<string, unknown>) => JSON.stringify({ operationName: DOCUMENTS[op].split(/[ (]/)[1], query: DOCUMENTS[op], variables });
  switch (op) {
    case "paperDetail":
      return inputs.papers.map((id) => body({ id }));
    case "paperList":
      return inputs.methods.map((m) => body({ m: [m] }));
    case "search":
      return inputs.searches.map((q) => body({ q }));
    case "neighborhood":
      return inputs.roots.map((id) => body({ id }));
    case "shortestPath":
      return inputs.pairs.map(([a, b]) => body({ a, b }));
    case "relatedPapers":
      return inputs.papers.map((id) => body({ id }));
  }
}

/** What the paper detail document asks for: each entity list (edge types, entity kind), as the resolvers read them. */
const DETAIL: [EdgeType[], EntityKind][] = [
  [["PROPOSES"], "METHOD"],
  [["USES", "COMPARES_WITH"], "METHOD"],
  [["EVALUATES_ON", "INTRODUCES"], "DATASET"],
  [["ADDRESSES"], "TASK"],
  [["MENTIONS"], "CONCEPT"],
];

/**
 * The same work without HTTP or GraphQL: the same store and analytics calls with the same arguments as the
 * resolvers, down to the response objects (mappers included), so the ratio is the serving overhead alone.
 */
export function inProcess(op: OperationName, store: GraphStore, analytics: AnalyticsService): (input: unknown) => unknown {
  const graph = store.graph;
  switch (op) {
    case "paperDetail":
      return (id) => {
        const key = store.resolvePaperKey(id as string)!;
        const paper = toPaper(key, store.paper(key)!);
        return [paper, DETAIL.map(([types, kind]) => store.linkedEntities(key, types, kind, 0.5).map((k) => toEntity(k, store.entity(k)!)))];
      };
    case "paperList":
      return (m) => {
        const keys = store.paperKeys({ methods: [m as string] });
        return [keys.length, keys.slice(0, 20).map((k) => toPaper(k, store.paper(k)!))];
      };
    case "search": {
      // MiniSearch itself, in this thread: the server may hold its index on a worker thread, which is overhead.
      const index = store.parts.searchIndex;
      if (!(index instanceof SearchIndex)) throw new Error("in-process search needs the store's in-thread full-text index");
      return (q) => index.search(q as string, { limit: 20 }).map((h) => [h.score, store.node(h.key)!.kind, store.node(h.key)!.label]);
    }
    case "neighborhood":
      return (id) => {
        const { pagerank } = analytics.snapshot();
        const records = subgraphRecords(store);
        const n = neighborhood(graph, id as string, { depth: 2, limit: 200, minConfidence: DEFAULT_CONFIDENCE_VIEW, scores: pagerank });
        return [
          n.nodes.map((k) => records.node(k)),
          n.edges.map((e) => records.edge(e)),
        ];
      };
    case "shortestPath":
      return (pair) => {
        const [a, b] = pair as [string, string];
        return shortestPath(graph, a, b, { maxLength: 6, minConfidence: DEFAULT_CONFIDENCE_VIEW });
      };
    case "relatedPapers":
      return (id) =>
        relatedPapers(graph, store.resolvePaperKey(id as string)!, { first: 10, textIndex: analytics.snapshot().textIndex }).map((r) => toPaper(r.paper, store.paper(r.paper)!));
  }
}

/** The inputs an operation cycles through in-process (the same as its request bodies). */
export function inputsOf(op: OperationName, inputs: OperationInputs): unknown[] {
  switch (op) {
    case "paperDetail":
    case "relatedPapers":
      return inputs.papers;
    case "paperList":
      return inputs.methods;
    case "search":
      return inputs.searches;
    case "neighborhood":
      return inputs.roots;
    case "shortestPath":
      return inputs.pairs;
  }
}

/**
 * Deterministic inputs spread over the graph: papers at even strides, methods from the head to the tail, search
 * terms from entity names, neighborhood roots mixing papers and entities (hubs included), paths between them.
 */
export function sampleInputs(store: GraphStore, count = 40): OperationInputs {
  const papers = store.paperKeys();
  const stride = (list: readonly string[], n: number) => Array.from({ length: Math.min(n, list.length) }, (_, i) => list[Math.floor((i * list.length) / Math.min(n, list.length))]);
  const paperSample = stride(papers, count).map((k) => store.paper(k)!.id);
  const methods = store.entityKeys("METHOD");
  const headAndTail = [...methods.slice(0, Math.ceil(count / 4)), ...stride(methods.slice(Math.ceil(count / 4)), count - Math.ceil(count / 4))];
  const entityRoots = stride(store.entityKeys(), count / 2);
  const roots = [...stride(papers, count / 2), ...entityRoots];
  const words = stride(store.entityKeys(), count).map((k) => store.entity(k)!.name.split(/\s+/)[0]);
  const pairs = Array.from({ length: count / 2 }, (_, i) => [roots[i], roots[roots.length - 1 - i]] as [string, string]);
  return { papers: paperSample, methods: headAndTail.map((k) => store.entity(k)!.name), searches: words, roots, pairs };
}
