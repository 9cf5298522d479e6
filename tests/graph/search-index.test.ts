// The full-text index: a deferred index answers like an eager one, whether completed in the background or by a search.
import { describe, expect, it } from "vitest";
import { SEED_CORPUS } from "../../src/config";
import { loadCorpus } from "../../src/graph/load-corpus";
import { SearchIndex } from "../../src/graph/search-index";
import type { PaperNodeAttributes } from "../../src/domain";

const { store } = loadCorpus([SEED_CORPUS]);
const graph = store.graph;
const QUERIES = ["pruning", "mixture of exp", "lottery", "sparse training"];

function ranked(index: SearchIndex, q: string): string[] {
  return index.search(q, { limit: 10 }).map((h) => h.key);
}

describe("SearchIndex", () => {
  const eager = new SearchIndex(graph);

  it("completes a deferred index in the background", async () => {
    const deferred = new SearchIndex(graph, { deferred: true });
    expect(deferred.complete).toBe(false);
    await deferred.indexInBackground();
    expect(deferred.complete).toBe(true);
    for (const q of QUERIES) expect(ranked(deferred, q)).toEqual(ranked(eager, q));
  });

  it("a search before the background build is done indexes the rest first", () => {
    const deferred = new SearchIndex(graph, { deferred: true });
    for (const q of QUERIES) expect(ranked(deferred, q)).toEqual(ranked(eager, q));
    expect(deferred.complete).toBe(true);
  });

  it("keeps changes made while the build is pending: no duplicates, removed nodes stay out", async () => {
    const deferred = new SearchIndex(graph, { deferred: true });
    const [first] = graph.filterNodes((_k, a) => a.kind === "PAPER");
    deferred.upsert(graph, first);
    await deferred.whenComplete();
    const title = (graph.getNodeAttributes(first) as PaperNodeAttributes).title;
    expect(deferred.search(title, { limit: 1 })[0].key).toBe(first);
    deferred.remove(first);
    expect(deferred.search(title, { limit: 50 }).map((h) => h.key)).not.toContain(first);
  });

  it("takes a hit's kind from its key and filters by kind", () => {
    const hits = eager.search("pruning", { kinds: ["METHOD"] });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.kind).toBe("METHOD");
      expect(graph.getNodeAttribute(h.key, "kind")).toBe("METHOD");
    }
  });

  it("ignores function words in queries", () => {
    expect(ranked(eager, "the lottery")).toEqual(ranked(eager, "lottery"));
    expect(eager.search("the of and")).toEqual([]);
  });

  it("is deferred in a store built from results, and answers like an eager one once complete", async () => {
    const built = loadCorpus([SEED_CORPUS]).store;
    expect(built.parts.searchIndex.complete).toBe(false);
    await built.searchReady();
    expect(built.parts.searchIndex.complete).toBe(true);
    for (const q of QUERIES) expect((await built.search(q, { limit: 10 })).map((h) => h.key)).toEqual(ranked(eager, q));
  });
});
