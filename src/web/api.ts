// The explorer's only channel to the server: GraphQL over POST /graphql, and the export download URLs.
import type { EdgeType, NodeKind } from "../domain/kinds";

export interface EvidenceView {
  text: string;
  start: number;
  end: number;
  mention: string;
}

export interface GraphNodeView {
  id: string;
  kind: NodeKind;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  community: number | null;
  pagerank: number;
}

export interface GraphEdgeView {
  id: string;
  source: string;
  target: string;
  type: EdgeType;
  weight: number;
  evidence?: EvidenceView[];
}

export interface SubgraphView {
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
  truncated: boolean;
  omittedNodes: number;
}

export interface SearchHitView {
  kind: NodeKind;
  label: string;
  node: { id: string };
}

interface Linked {
  id: string;
  title?: string;
  name?: string;
  kind?: NodeKind;
}

export interface NodeDetails {
  id: string;
  __typename: string;
  community: { id: number; label: string } | null;
  centrality: { pagerank: number; degree: number };
  // Papers
  title?: string;
  abstract?: string;
  url?: string | null;
  codeUrls?: string[];
  authors?: string[];
  published?: string | null;
  relatedPapers?: { score: number; paper: Linked }[];
  // Entities
  name?: string;
  kind?: NodeKind;
  aliases?: string[];
  paperCount?: number;
  papers?: { totalCount: number; nodes: Linked[] };
  relatedEntities?: { count: number; entity: Linked }[];
}

export interface PathHopView {
  explanation: string;
  from: { id: string };
  to: { id: string };
  edge: GraphEdgeView;
}

export interface PathResult {
  length: number;
  nodes: GraphNodeView[];
  hops: PathHopView[];
}

export class ApiError extends Error {}

const NODE_FIELDS = "id kind label x y size color community pagerank";
const EDGE_FIELDS = "id source target type weight";
const EVIDENCE_FIELDS = "evidence { text start end mention }";

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`the server answered ${response.status} without JSON`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "));
  if (!body.data) throw new ApiError(`the server answered ${response.status} without data`);
  return body.data;
}

function subgraphFields(evidence: boolean): string {
  return `truncated omittedNodes nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} ${evidence ? EVIDENCE_FIELDS : ""} }`;
}

export async function neighborhood(id: string, depth: number, limit: number, evidence = false): Promise<SubgraphView> {
  const data = await graphql<{ neighborhood: SubgraphView }>(
    `query ExplorerNeighborhood($id: ID!, $depth: Int!, $limit: Int!) { neighborhood(id: $id, depth: $depth, limit: $limit) { ${subgraphFields(evidence)} } }`,
    { id, depth, limit },
  );
  return data.neighborhood;
}

/** The most central entities by PageRank, plus the top few of each kind so that every kind is represented. */
export async function topEntityIds(first: number, perKind: number): Promise<string[]> {
  const fields = "entity { id }";
  const data = await graphql<Record<string, { entity: { id: string } }[]>>(
    `query ExplorerTopEntities($first: Int!, $perKind: Int!) {
      all: topEntities(first: $first, by: PAGERANK) { ${fields} }
      methods: topEntities(kind: METHOD, first: $perKind, by: PAGERANK) { ${fields} }
      datasets: topEntities(kind: DATASET, first: $perKind, by: PAGERANK) { ${fields} }
      tasks: topEntities(kind: TASK, first: $perKind, by: PAGERANK) { ${fields} }
      concepts: topEntities(kind: CONCEPT, first: $perKind, by: PAGERANK) { ${fields} }
    }`,
    { first, perKind },
  );
  return [...new Set(Object.values(data).flatMap((list) => list.map((t) => t.entity.id)))];
}

/** Several small neighborhoods in one request (aliases), for the overview. */
export async function neighborhoods(ids: string[], limit: number): Promise<SubgraphView[]> {
  const vars = ids.map((_, i) => `$n${i}: ID!`).join(", ");
  const fields = ids.map((_, i) => `n${i}: neighborhood(id: $n${i}, depth: 1, limit: $limit) { ${subgraphFields(false)} }`).join("\n");
  const variables: Record<string, unknown> = { limit };
  ids.forEach((id, i) => (variables[`n${i}`] = id));
  const data = await graphql<Record<string, SubgraphView>>(`query ExplorerOverview(${vars}, $limit: Int!) {\n${fields}\n}`, variables);
  return ids.map((_, i) => data[`n${i}`]);
}

export async function search(query: string, first = 8): Promise<SearchHitView[]> {
  const data = await graphql<{ search: SearchHitView[] }>(
    "query ExplorerSearch($query: String!, $first: Int!) { search(query: $query, first: $first) { kind label node { id } } }",
    { query, first },
  );
  return data.search;
}

const DETAILS_QUERY = `query ExplorerNode($id: ID!, $limit: Int!) {
  node(id: $id) {
    __typename id
    community { id label }
    centrality { pagerank degree }
    ... on Paper {
      title abstract url codeUrls authors published
      relatedPapers: related(first: 6) { score paper { id title } }
    }
    ... on Entity {
      name kind aliases paperCount
      papers(first: 20) { totalCount nodes { id title } }
      relatedEntities: related(first: 8) { count entity { id name kind } }
    }
  }
  neighborhood(id: $id, depth: 1, limit: $limit) { ${subgraphFields(true)} }
}`;

/** A node's details and its incident edges with their evidence sentences. */
export async function nodeDetails(id: string, limit = 60): Promise<{ node: NodeDetails | null; neighborhood: SubgraphView }> {
  return graphql(DETAILS_QUERY, { id, limit });
}

export async function shortestPath(from: string, to: string): Promise<PathResult | null> {
  const data = await graphql<{ shortestPath: PathResult | null }>(
    `query ExplorerPath($from: ID!, $to: ID!) {
      shortestPath(from: $from, to: $to) {
        length nodes { ${NODE_FIELDS} }
        hops { explanation from { id } to { id } edge { ${EDGE_FIELDS} ${EVIDENCE_FIELDS} } }
      }
    }`,
    { from, to },
  );
  return data.shortestPath;
}

export async function communities(first = 20): Promise<{ id: number; label: string; size: number }[]> {
  const data = await graphql<{ communities: { id: number; label: string; size: number }[] }>(
    "query ExplorerCommunities($first: Int!) { communities(first: $first) { id label size } }",
    { first },
  );
  return data.communities;
}

/** Download URL of a GEXF or graphology JSON export: the neighborhood of `root`, or the whole graph. */
export function exportUrl(format: "gexf" | "graphology", root: string | null, depth: number): string {
  const params = new URLSearchParams();
  if (format === "graphology") params.set("format", "graphology");
  if (root) {
    params.set("root", root);
    params.set("depth", String(depth));
  }
  const query = params.toString();
  return `/export/graph.${format === "gexf" ? "gexf" : "json"}${query ? `?${query}` : ""}`;
}
