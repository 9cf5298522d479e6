// Communities by Louvain modularity optimisation (Blondel, Guillaume, Lambiotte & Lefebvre 2008), run on the
// undirected projection of the paper-entity graph itself rather than on an entity co-occurrence projection:
// it is linear in the edges (a co-occurrence projection is quadratic in each hub entity's paper count), and it
// places papers and entities in one pass, so every node has a community to colour it by.
import louvain from "graphology-communities-louvain";
import type { KnowledgeGraph } from "../domain";
import { centrality } from "./centrality";
import { checkInteger, checkNumber, withDefaults } from "./option-checks";
import { seededRandom } from "./random";
import { undirectedProjection, type ProjectedGraph } from "./undirected-projection";

export interface CommunitiesOptions {
  /** Seed of Louvain's random node order: the same seed and graph give the same communities. */
  seed?: number;
  /** Louvain resolution; above 1 gives more, smaller communities. */
  resolution?: number;
  /** Entities named in a community's label. */
  labelSize?: number;
  /** Nodes listed in topNodes. */
  topSize?: number;
  /** Ranks for labels and topNodes; computed when omitted. */
  pagerank?: ReadonlyMap<string, number>;
  /** A weighted projection already built (computeAnalytics shares one). */
  projection?: ProjectedGraph;
}

export interface Community {
  /** 0 is the largest community, then by decreasing size (ties: by the smallest member key). */
  id: number;
  size: number;
  /** This community's share of the modularity, (internal weight / m) - (total degree / 2m)^2; they sum to `modularity`. */
  modularity: number;
  /** Its top entities' names by PageRank, joined with " · " (a paper's title when it holds no entity). */
  label: string;
  /** Its top nodes by PageRank, entities first. */
  topNodes: string[];
}

export interface CommunityResult {
  assignment: Map<string, number>;
  communities: Community[];
  /** Modularity of the whole partition. */
  modularity: number;
}

export const COMMUNITIES_DEFAULTS = { seed: 42, resolution: 1, labelSize: 3, topSize: 10 } as const;

export function communities(graph: KnowledgeGraph, options: CommunitiesOptions = {}): CommunityResult {
  const fn = "communities";
  const o = withDefaults(COMMUNITIES_DEFAULTS, options);
  const seed = checkInteger(fn, "seed", o.seed, 0, 2 ** 32 - 1);
  const resolution = checkNumber(fn, "resolution", o.resolution, 1e-6, 1e6);
  const labelSize = checkInteger(fn, "labelSize", o.labelSize, 1, 20);
  const topSize = checkInteger(fn, "topSize", o.topSize, 1, 1000);
  const projection = options.projection ?? undirectedProjection(graph, { weighted: true });
  const ranks = options.pagerank ?? centrality(graph, { projection }).pagerank;

  const raw =
    projection.size === 0
      ? Object.fromEntries(projection.nodes().map((n, i) => [n, i]))
      : louvain(projection, { getEdgeWeight: "weight", resolution, rng: seededRandom(seed) });

  // Renumber by decreasing size so ids are stable and meaningful.
  const members = new Map<number, string[]>();
  projection.forEachNode((node) => {
    const c = raw[node];
    let list = members.get(c);
    if (!list) members.set(c, (list = []));
    list.push(node);
  });
  const groups = [...members.values()].sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
  const assignment = new Map<string, number>();
  groups.forEach((nodes, id) => nodes.forEach((n) => assignment.set(n, id)));

  const shares = modularityShares(projection, assignment, groups.length, resolution);
  const rankOf = (n: string) => ranks.get(n) ?? 0;
  const list = groups.map((nodes, id): Community => {
    const isEntity = (n: string) => graph.getNodeAttribute(n, "kind") !== "PAPER";
    const byRank = [...nodes].sort((a, b) => rankOf(b) - rankOf(a) || (a < b ? -1 : 1));
    const entities = byRank.filter(isEntity);
    const top = [...entities, ...byRank.filter((n) => !isEntity(n))].slice(0, topSize);
    const label = entities.length
      ? entities.slice(0, labelSize).map((n) => displayName(graph, n)).join(" · ")
      : displayName(graph, byRank[0]);
    return { id, size: nodes.length, modularity: shares[id], label, topNodes: top };
  });
  return { assignment, communities: list, modularity: shares.reduce((s, x) => s + x, 0) };
}

/** Each community's term of Newman's weighted modularity: sum_c [ w_in(c) / m - gamma * (d(c) / 2m)^2 ]. */
function modularityShares(
  projection: ProjectedGraph,
  assignment: ReadonlyMap<string, number>,
  count: number,
  resolution: number,
): number[] {
  const internal = new Float64Array(count);
  const degree = new Float64Array(count);
  let m = 0;
  projection.forEachEdge((_e, { weight }, s, t) => {
    m += weight;
    const cs = assignment.get(s)!;
    const ct = assignment.get(t)!;
    degree[cs] += weight;
    degree[ct] += weight;
    if (cs === ct) internal[cs] += weight;
  });
  if (m === 0) return Array.from({ length: count }, () => 0);
  return Array.from({ length: count }, (_, c) => internal[c] / m - resolution * (degree[c] / (2 * m)) ** 2);
}

function displayName(graph: KnowledgeGraph, node: string): string {
  const a = graph.getNodeAttributes(node);
  return a.kind === "PAPER" ? a.title : a.name;
}
