// Over GraphQL, traversals show the same links as the entity lists unless asked for more (minConfidence).
import { describe, expect, it } from "vitest";
import { defaultMinConfidence, type EdgeAttributes } from "../../src/domain";
import { graphqlClient } from "../helpers/graphql";
import { seedStore } from "../helpers/seed";

describe("traversal confidence on the seed", () => {
  const store = seedStore();
  const gql = graphqlClient(store);
  // A typed link the default view hides, and its paper.
  const weak = store.graph.findEdge((_e, a: EdgeAttributes) => a.type !== "MENTIONS" && a.confidence < defaultMinConfidence(a.type))!;
  const paper = store.graph.source(weak);
  const query = `query N($id: ID!, $c: Float) {
    neighborhood(id: $id, depth: 1, limit: 500, minConfidence: $c) { edges { id type confidence } }
  }`;

  it("has typed links below the default confidence to test with", () => {
    expect(weak).toBeDefined();
  });

  it("walks only the links of the default view by default, and every link with minConfidence: 0", async () => {
    const byDefault = await gql(query, { id: paper });
    expect(byDefault.errors).toBeUndefined();
    const edges = byDefault.data!.neighborhood.edges as { id: string; type: string; confidence: number }[];
    for (const e of edges) expect(e.confidence, e.id).toBeGreaterThanOrEqual(defaultMinConfidence(e.type as "USES"));
    expect(edges.map((e) => e.id)).not.toContain(weak);
    const all = await gql(query, { id: paper, c: 0 });
    expect(all.data!.neighborhood.edges.map((e: { id: string }) => e.id)).toContain(weak);
    expect(all.data!.neighborhood.edges.length).toBe(store.graph.degree(paper));
  });

  it("lists a paper's links in the same default view, and every link with minConfidence: 0", async () => {
    const q = `query L($id: ID!, $c: Float) { paper(id: $id) { links(minConfidence: $c) { id type confidence } } }`;
    const byDefault = (await gql(q, { id: paper })).data!.paper.links as { id: string; type: string; confidence: number }[];
    for (const l of byDefault) expect(l.confidence, l.id).toBeGreaterThanOrEqual(defaultMinConfidence(l.type as "USES"));
    expect(byDefault.map((l) => l.id)).not.toContain(weak);
    const all = (await gql(q, { id: paper, c: 0 })).data!.paper.links as { id: string }[];
    expect(all.map((l) => l.id)).toContain(weak);
    expect(all.length).toBe(store.graph.outDegree(paper));
  });

  it("answers a floor outside 0..1 with BAD_USER_INPUT", async () => {
    const r = await gql(query, { id: paper, c: 2 });
    expect(r.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0].message).toMatch(/minConfidence/);
  });
});
