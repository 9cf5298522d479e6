// Traversal and analytics through the API on the seed: neighborhoods with layout, paths with evidence,
// related work, communities, rankings and exports that other tools read back.
import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { graphqlClient } from "../helpers/graphql";
import { seedStore } from "../helpers/seed";

const GRANET = "paper:sparse-training-via-boosting-pruning-plasticity-with-neuroregeneration";

describe("analytics over GraphQL on the seed", () => {
  const store = seedStore();
  const gql = graphqlClient(store);

  async function entityId(name: string): Promise<string> {
    for (const kind of ["CONCEPT", "METHOD", "TASK"]) {
      const r = await gql(`query($n: String!) { entity(kind: ${kind}, name: $n) { id } }`, { n: name });
      if (r.data?.entity) return r.data.entity.id;
    }
    throw new Error(`no entity named ${name}`);
  }

  it("draws the sparse attention neighborhood within budget, every node placed", async () => {
    const id = await entityId("sparse attention");
    const r = await gql(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { truncated omittedNodes
      nodes { id kind x y size color community } edges { source target type evidence { mention } } } }`, { id });
    expect(r.errors).toBeUndefined();
    const n = r.data!.neighborhood;
    expect(n.nodes.length).toBeGreaterThan(10);
    expect(n.nodes.length).toBeLessThanOrEqual(100);
    expect(n.nodes[0].id).toBe(id);
    for (const node of n.nodes) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y), node.id).toBe(true);
      expect(node.size).toBeGreaterThan(0);
      expect(node.color).toMatch(/^#[0-9a-f]{6}$/);
    }
    const ids = new Set(n.nodes.map((x: any) => x.id));
    for (const e of n.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.evidence.length).toBeGreaterThan(0);
    }
  });

  it("finds a path between concepts of different papers, every hop with evidence", async () => {
    const from = await entityId("sparse attention");
    const to = await entityId("lottery ticket hypothesis");
    const r = await gql(`query($f: ID!, $t: ID!) { shortestPath(from: $f, to: $t) { length nodes { id kind }
      hops { explanation edge { type evidence { text mention } } } } paths(from: $f, to: $t, first: 3) { length } }`, { f: from, t: to });
    expect(r.errors).toBeUndefined();
    const path = r.data!.shortestPath;
    expect(path.nodes[0].id).toBe(from);
    expect(path.nodes[path.nodes.length - 1].id).toBe(to);
    expect(path.hops.length).toBe(path.length);
    for (const hop of path.hops) {
      expect(hop.edge.evidence.length).toBeGreaterThan(0);
      for (const e of hop.edge.evidence) expect(e.text).toContain(e.mention);
      expect(hop.explanation).toContain("“");
    }
    const lengths = r.data!.paths.map((p: any) => p.length);
    expect(lengths[0]).toBe(path.length);
    expect([...lengths].sort((a: number, b: number) => a - b)).toEqual(lengths);
  });

  it("relates the GraNet paper to other pruning and sparse-training papers, naming what they share", async () => {
    const r = await gql(`query($id: ID!) { paper(id: $id) { related(first: 5) { score paper { title }
      shared { methods { name } datasets { name } tasks { name } concepts { name } } } } }`, { id: GRANET });
    expect(r.errors).toBeUndefined();
    const related = r.data!.paper.related;
    expect(related.length).toBe(5);
    for (const x of related.slice(0, 3)) expect(x.paper.title).toMatch(/prun|sparse|lottery/i);
    const top = related[0];
    const shared = [...top.shared.methods, ...top.shared.datasets, ...top.shared.tasks, ...top.shared.concepts];
    expect(shared.length).toBeGreaterThan(0);
    for (let i = 1; i < related.length; i++) expect(related[i].score).toBeLessThanOrEqual(related[i - 1].score);
  });

  it("relates entities by co-occurrence with the shared papers", async () => {
    const id = await entityId("MoE");
    const r = await gql(`query($id: ID!) { node(id: $id) { ... on Entity { related(first: 5) { npmi count entity { name } papers { id } } } } }`, { id });
    expect(r.errors).toBeUndefined();
    for (const x of r.data!.node.related) {
      expect(x.count).toBeGreaterThanOrEqual(2);
      expect(x.papers.length).toBe(Math.min(x.count, 20));
    }
  });

  it("labels at least 3 communities and places nodes in them", async () => {
    const r = await gql(`{ communities(first: 10) { id size label topEntities(first: 3) { name } } graphStats { communityCount modularity analyticsStale }
      node(id: "${GRANET}") { community { id } centrality { pagerank degree } } }`);
    expect(r.errors).toBeUndefined();
    const cs = r.data!.communities;
    expect(cs.length).toBeGreaterThanOrEqual(3);
    for (const c of cs.slice(0, 3)) {
      expect(c.label.length).toBeGreaterThan(0);
      expect(c.topEntities.length).toBeGreaterThan(0);
    }
    expect(r.data!.graphStats.modularity).toBeGreaterThan(0.3);
    expect(r.data!.graphStats.analyticsStale).toBe(false);
    expect(r.data!.node.community.id).toBeTypeOf("number");
    expect(r.data!.node.centrality.pagerank).toBeGreaterThan(0);
  });

  it("ranks entities by PageRank, degree and paper count, and orders and filters lists", async () => {
    const r = await gql(`{ byRank: topEntities(by: PAGERANK, first: 5) { value entity { name } }
      byPapers: topEntities(kind: DATASET, by: PAPER_COUNT, first: 3) { value entity { kind paperCount } }
      named: entities(kind: DATASET, orderBy: NAME, first: 5) { nodes { name } }
      text: entities(filter: { text: "pruning" }, first: 5) { totalCount nodes { name } } }`);
    expect(r.errors).toBeUndefined();
    const values = r.data!.byRank.map((x: any) => x.value);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    for (const x of r.data!.byPapers) expect(x.value).toBe(x.entity.paperCount);
    const names = r.data!.named.nodes.map((x: any) => x.name.toLowerCase());
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
    expect(r.data!.text.totalCount).toBeGreaterThan(0);
    for (const x of r.data!.text.nodes) expect(x.name.toLowerCase()).toContain("prun");
  });

  it("exports graphology JSON, Cytoscape elements and GEXF that read back", async () => {
    const id = await entityId("MoE");
    const r = await gql(`query($id: ID!) { g: export(format: GRAPHOLOGY_JSON, root: $id, depth: 1) c: export(format: CYTOSCAPE_JSON, root: $id)
      x: export(format: GEXF, root: $id) }`, { id });
    expect(r.errors).toBeUndefined();
    const g = new MultiDirectedGraph();
    g.import(JSON.parse(r.data!.g));
    expect(g.hasNode(id)).toBe(true);
    expect(g.size).toBeGreaterThan(0);
    const c = JSON.parse(r.data!.c);
    expect(c.elements.nodes.length).toBe(g.order);
    for (const e of c.elements.edges) expect(typeof e.data.source).toBe("string");
    const parsed = parseGexf(MultiDirectedGraph, r.data!.x);
    expect(parsed.order).toBe(g.order);
    expect(parsed.size).toBe(g.size);
  });
});
