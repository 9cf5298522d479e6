// The graph cache: a restored graph answers like a fresh build, and a changed corpus or extractor invalidates it.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { serialize } from "node:v8";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyticsFor, computeAnalytics, isPackedSnapshot, packSnapshot, restoredSnapshot, type AnalyticsSnapshot, type PackedSnapshot } from "../../src/analytics";
import { SEED_CORPUS } from "../../src/config";
import { adjacencyOf, buildAdjacency } from "../../src/graph/adjacency";
import { graphCacheKey, loadGraphCache, saveGraphCache } from "../../src/graph/graph-cache";
import { loadCorpus } from "../../src/graph/load-corpus";
import { graphqlClient } from "../helpers/graphql";

const dir = mkdtempSync(join(tmpdir(), "papergraph-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("graph cache", () => {
  const corpus = join(dir, "seed.txt");
  copyFileSync(SEED_CORPUS, corpus);
  const { store } = loadCorpus([corpus]);
  const snapshot = computeAnalytics(store.graph, { layoutIterations: 0 });
  const key = graphCacheKey([corpus]);
  saveGraphCache(dir, key, store, snapshot);
  const loaded = loadGraphCache(dir, key)!;

  it("restores the same nodes, edges, attributes and evidence", () => {
    expect(loaded).toBeDefined();
    const restored = loaded.store;
    expect(restored.stats()).toEqual(store.stats());
    expect(restored.graph.export()).toEqual(store.graph.export());
  });

  it("hands over the adjacency made from its columns, the same as walking the restored graph gives", () => {
    const restored = loaded.store.graph;
    const kept = adjacencyOf(restored);
    const walked = buildAdjacency(restored);
    expect(kept).not.toBe(walked);
    expect(kept).toEqual(walked);
    expect(kept.keys).toEqual(buildAdjacency(store.graph).keys);
  });

  it("answers lookups, lists, filters and search like the fresh build", async () => {
    const restored = loaded.store;
    for (const name of ["MoE", "mixture of experts", "lottery ticket hypothesis", "ImageNet"]) {
      expect(restored.lookupEntity("METHOD", name)).toBe(store.lookupEntity("METHOD", name));
      expect(restored.lookupEntity("DATASET", name)).toBe(store.lookupEntity("DATASET", name));
    }
    expect(restored.paperKeys()).toEqual(store.paperKeys());
    expect(restored.entityKeys("METHOD")).toEqual(store.entityKeys("METHOD"));
    expect(await restored.paperKeysMatching({ methods: ["MoE"], text: "sparse" })).toEqual(await store.paperKeysMatching({ methods: ["MoE"], text: "sparse" }));
    // Same hits in the same order; BM25 scores may differ in the last bit (the restored store indexes the graph afresh).
    for (const q of ["pruning", "mixture of exp", "lottery"]) {
      const fresh = await store.search(q, { limit: 10 });
      const again = await restored.search(q, { limit: 10 });
      expect(again.map((h) => [h.key, h.kind])).toEqual(fresh.map((h) => [h.key, h.kind]));
      again.forEach((h, i) => expect(h.score).toBeCloseTo(fresh[i].score, 9));
    }
  });

  it("writes no search index: the restored store indexes the graph on the first search", async () => {
    expect(existsSync(join(dir, "graph-cache", "search.v8"))).toBe(false);
    const restored = loadGraphCache(dir, key)!.store;
    expect((await restored.search("pruning", { limit: 10 })).map((h) => h.key)).toEqual((await store.search("pruning", { limit: 10 })).map((h) => h.key));
  });

  it("restores the analytics snapshot it was given", () => {
    const s = loaded.extra as AnalyticsSnapshot;
    expect([...s.pagerank]).toEqual([...snapshot.pagerank]);
    expect([...s.positions]).toEqual([...snapshot.positions]);
    expect(s.textIndex.papers).toEqual(snapshot.textIndex.papers);
  });

  it("serves the analytics views from a packed snapshot as from the one it packed", async () => {
    // As the server saves and restores it: packed into typed columns, read back against the restored graph.
    const packedDir = mkdtempSync(join(tmpdir(), "papergraph-cache-packed-"));
    try {
      const built = computeAnalytics(store.graph, { layoutIterations: 5 });
      saveGraphCache(packedDir, key, store, packSnapshot(built, store.graph.nodes()));
      const back = loadGraphCache(packedDir, key)!;
      expect(isPackedSnapshot(back.extra)).toBe(true);
      analyticsFor(store, { background: false }).adopt(built);
      analyticsFor(back.store, { background: false }).adopt(restoredSnapshot(back.extra as PackedSnapshot, back.store.graph));
      const [fresh, restored] = [graphqlClient(store), graphqlClient(back.store)];
      const paper = store.paperKeys()[0];
      const method = store.lookupEntity("METHOD", "MoE")!;
      const queries = [
        `{ neighborhood(id: "${paper}", depth: 2, limit: 50) { truncated nodes { id x y size color } edges { source target type weight } } }`,
        `{ paper(id: "${paper.slice("paper:".length)}") { related(first: 5) { score paper { id } } } }`,
        `{ topEntities(by: PAGERANK, first: 5) { value entity { name } } }`,
        `{ node(id: "${method}") { community { id } centrality { pagerank degree } } }`,
        `{ export(format: CYTOSCAPE_JSON, root: "${method}", depth: 1) }`,
      ];
      for (const query of queries) {
        const [a, b] = [await fresh(query), await restored(query)];
        expect(a.errors, query).toBeUndefined();
        expect(b, query).toEqual(a);
      }
    } finally {
      rmSync(packedDir, { recursive: true, force: true });
    }
  });

  it("keeps merging new papers the same way (entity index and titles restored)", () => {
    const again = loadGraphCache(dir, key)!.store;
    const fresh = loadCorpus([corpus]).store;
    const more = loadCorpus([SEED_CORPUS]).results.slice(0, 5).map((r) => ({ ...r, paper: { ...r.paper, id: `${r.paper.id}-again` } }));
    again.addAll(more);
    fresh.addAll(more);
    // updatedAt is the clock at the change; everything else must match.
    const { nodes, edges } = fresh.graph.export();
    expect(again.graph.export().nodes).toEqual(nodes);
    expect(again.graph.export().edges).toEqual(edges);
  });

  it("is not used when the corpus or the extractor changed", () => {
    writeFileSync(corpus, "\n\nA New Paper\n\nWe propose FooNet on ImageNet.\n", { flag: "a" });
    expect(graphCacheKey([corpus])).not.toBe(key);
    expect(loadGraphCache(dir, graphCacheKey([corpus]))).toBeUndefined();
    expect(graphCacheKey([SEED_CORPUS], "another-extractor")).not.toBe(graphCacheKey([SEED_CORPUS]));
  });

  it("is not used, and does not throw, when the file is truncated, of an older layout or not a cache", () => {
    const other = mkdtempSync(join(tmpdir(), "papergraph-cache-bad-"));
    try {
      const file = saveGraphCache(other, key, store, snapshot);
      const whole = readFileSync(file);
      expect(loadGraphCache(other, key)).toBeDefined();
      for (const bad of [whole.subarray(0, whole.length - 100), whole.subarray(0, 30), serialize({ format: 3, key }), Buffer.from("hello")]) {
        writeFileSync(file, bad);
        expect(loadGraphCache(other, key)).toBeUndefined();
      }
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
