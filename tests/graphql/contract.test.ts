import { beforeAll, describe, expect, it } from "vitest";
import { GraphStore } from "../../src/graph";
import { graphqlClient } from "../helpers/graphql";
import { smallCorpus } from "../helpers/results";

let gql: ReturnType<typeof graphqlClient>;

beforeAll(() => {
  gql = graphqlClient(GraphStore.fromResults(smallCorpus()));
});

describe("GraphQL contract", () => {
  it("counts and pages papers with stable cursors", async () => {
    const first = await gql(`{ papers(first: 2) { totalCount nodes { id title } pageInfo { hasNextPage endCursor } edges { cursor } } }`);
    expect(first.errors).toBeUndefined();
    expect(first.data!.papers.totalCount).toBe(3);
    expect(first.data!.papers.nodes.map((p: any) => p.id)).toEqual(["paper:p1", "paper:p2"]);
    expect(first.data!.papers.pageInfo.hasNextPage).toBe(true);
    const next = await gql(`query($a: String) { papers(first: 2, after: $a) { nodes { id } pageInfo { hasNextPage } } }`, {
      a: first.data!.papers.pageInfo.endCursor,
    });
    expect(next.data!.papers.nodes.map((p: any) => p.id)).toEqual(["paper:p3"]);
    expect(next.data!.papers.pageInfo.hasNextPage).toBe(false);
  });

  it("rejects first above 100 or below 0 and bad cursors with BAD_USER_INPUT", async () => {
    for (const q of [`{ papers(first: 1000) { totalCount } }`, `{ papers(first: -1) { totalCount } }`, `{ entities(first: 101) { totalCount } }`, `{ papers(after: "nope") { totalCount } }`]) {
      const r = await gql(q);
      expect(r.errors?.[0].extensions?.code, q).toBe("BAD_USER_INPUT");
    }
  });

  it("returns null for unknown ids", async () => {
    const r = await gql(`{ paper(id: "nope") { id } node(id: "method:nope") { id } entity(kind: METHOD, name: "nothing here") { id } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ paper: null, node: null, entity: null });
  });

  it("serves a paper's proposed methods, methods, datasets, tasks, concepts and code", async () => {
    const r = await gql(`{ paper(id: "p1") { id paperId title codeUrls proposes { name } methods { name } datasets { name } tasks { name }
      concepts { name } sureConcepts: concepts(minConfidence: 0.5) { name } lowMethods: methods(minConfidence: 0) { name } } }`);
    expect(r.errors).toBeUndefined();
    const p = r.data!.paper;
    expect(p.id).toBe("paper:p1");
    expect(p.proposes).toEqual([{ name: "RouteNet" }]);
    expect(p.methods.map((m: any) => m.name).sort()).toEqual(["mixture-of-experts", "supervised fine-tuning"]);
    expect(p.datasets).toEqual([{ name: "ImageNet" }]);
    expect(p.tasks).toEqual([{ name: "image classification" }]);
    // Concepts are all shown by default (they are the paper's key phrases); a threshold still applies on request.
    expect(p.concepts).toEqual([{ name: "expert routing" }]);
    expect(p.sureConcepts).toEqual([]);
    expect(p.lowMethods.length).toBe(p.methods.length);
    expect(p.codeUrls).toEqual(["https://github.com/example/routenet"]);
  });

  it("finds an entity by alias, case, hyphen and plural, with its papers", async () => {
    for (const name of ["MoE", "mixture of experts", "Mixture-Of-Expert", "mixtures of experts"]) {
      const r = await gql(`query($n: String!) { entity(kind: METHOD, name: $n) { id name aliases paperCount papers { totalCount nodes { id } } } }`, { n: name });
      expect(r.errors, name).toBeUndefined();
      expect(r.data!.entity.id, name).toBe("method:mixture-of-expert");
      expect(r.data!.entity.aliases).toContain("MoE");
      expect(r.data!.entity.paperCount).toBe(2);
      expect(r.data!.entity.papers.totalCount).toBe(2);
    }
  });

  it("resolves the concrete type through the Node and Entity interfaces", async () => {
    const r = await gql(`{ node(id: "method:routenet") { __typename id ... on Method { name proposedBy { id } } }
      p: node(id: "paper:p2") { __typename ... on Paper { title } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.node).toEqual({ __typename: "Method", id: "method:routenet", name: "RouteNet", proposedBy: [{ id: "paper:p1" }] });
    expect(r.data!.p.__typename).toBe("Paper");
  });

  it("lists entities by paper count, filtered by kind", async () => {
    const r = await gql(`{ entities(kind: DATASET) { totalCount nodes { name paperCount } } all: entities(first: 1) { nodes { name } } }`);
    expect(r.data!.entities.nodes).toEqual([
      { name: "ImageNet", paperCount: 2 },
      { name: "CIFAR-10", paperCount: 1 },
    ]);
    expect(r.data!.all.nodes[0].name).toMatch(/ImageNet|image classification|mixture-of-experts/);
  });

  it("filters papers by text, entity names and code, with AND semantics", async () => {
    const r = await gql(`{ a: papers(filter: { datasets: ["imagenet"] }) { totalCount }
      b: papers(filter: { datasets: ["ImageNet"], tasks: ["image classification"] }) { nodes { id } }
      c: papers(filter: { hasCode: true }) { nodes { id } }
      d: papers(filter: { text: "pruning" }) { nodes { id } }
      e: papers(filter: { methods: ["unknown method"] }) { totalCount } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.a.totalCount).toBe(2);
    expect(r.data!.b.nodes).toEqual([{ id: "paper:p1" }]);
    expect(r.data!.c.nodes).toEqual([{ id: "paper:p1" }]);
    expect(r.data!.d.nodes).toEqual([{ id: "paper:p3" }]);
    expect(r.data!.e.totalCount).toBe(0);
  });

  it("searches papers and entities, ranked", async () => {
    const r = await gql(`{ search(query: "imagenet") { score kind label node { id } } }`);
    expect(r.errors).toBeUndefined();
    const hits = r.data!.search;
    expect(hits[0]).toMatchObject({ kind: "DATASET", label: "ImageNet", node: { id: "dataset:imagenet" } });
    for (let i = 1; i < hits.length; i++) expect(hits[i].score).toBeLessThanOrEqual(hits[i - 1].score);
  });

  it("serves typed links with evidence whose span is the mention", async () => {
    const r = await gql(`{ paper(id: "p1") { links(types: [USES]) { type confidence entity { name } evidence { text start end mention } } } }`);
    const links = r.data!.paper.links;
    expect(links.length).toBe(2);
    for (const l of links) {
      expect(l.type).toBe("USES");
      for (const e of l.evidence) expect(e.text.slice(e.start, e.end)).toBe(e.mention);
    }
  });

  it("returns a neighborhood within its budget", async () => {
    const r = await gql(`{ neighborhood(id: "dataset:imagenet", depth: 2, limit: 5) { nodes { id kind label } edges { source target type weight } truncated } }`);
    expect(r.errors).toBeUndefined();
    const n = r.data!.neighborhood;
    expect(n.nodes[0].id).toBe("dataset:imagenet");
    expect(n.nodes.length).toBeLessThanOrEqual(5);
    expect(n.truncated).toBe(true);
    const ids = new Set(n.nodes.map((x: any) => x.id));
    for (const e of n.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const missing = await gql(`{ neighborhood(id: "nope") { truncated } }`);
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const deep = await gql(`{ neighborhood(id: "dataset:imagenet", depth: 10) { truncated } }`);
    expect(deep.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("counts nodes and edges by kind and type", async () => {
    const r = await gql(`{ graphStats { nodeCount edgeCount paperCount nodesByKind { kind count } edgesByType { kind count } } }`);
    const s = r.data!.graphStats;
    expect(s.paperCount).toBe(3);
    expect(s.nodesByKind.find((k: any) => k.kind === "DATASET").count).toBe(2);
    expect(s.edgesByType.find((k: any) => k.kind === "PROPOSES").count).toBe(1);
    expect(s.nodeCount).toBe(s.nodesByKind.reduce((n: number, k: any) => n + k.count, 0));
  });
});
