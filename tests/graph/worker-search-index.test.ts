// The full-text index on a worker thread answers as the in-thread one does, sees every change made before a
// search, and serves the GraphQL text filters and search the same way.
import { afterAll, describe, expect, it } from "vitest";
import { SEED_CORPUS } from "../../src/config";
import { extractPaper } from "../../src/extract";
import { loadCorpus } from "../../src/graph/load-corpus";
import { SearchIndex } from "../../src/graph/search-index";
import { WorkerSearchIndex } from "../../src/graph/worker-search-index";
import { graphqlClient } from "../helpers/graphql";

const QUERIES = ["pruning", "mixture of exp", "lottery", "sparse training", "attention", "the of and"];
const reference = loadCorpus([SEED_CORPUS]).store;
const eager = new SearchIndex(reference.graph);
const onWorker = loadCorpus([SEED_CORPUS]).store;
onWorker.useSearchWorker();

afterAll(() => onWorker.close());

describe("WorkerSearchIndex", () => {
  it("indexes every node in the background and ranks as the in-thread index", async () => {
    const index = new WorkerSearchIndex(reference.graph);
    try {
      expect(index.complete).toBe(false);
      await index.whenComplete();
      expect(index.complete).toBe(true);
      for (const q of QUERIES) {
        const hits = await index.find(q, { limit: 10 });
        const expected = eager.search(q, { limit: 10 });
        expect(hits.map((h) => [h.key, h.kind])).toEqual(expected.map((h) => [h.key, h.kind]));
        hits.forEach((h, i) => expect(h.score).toBeCloseTo(expected[i].score, 9));
      }
      const methods = await index.find("pruning", { kinds: ["METHOD"] });
      expect(methods.length).toBeGreaterThan(0);
      expect(methods.every((h) => h.kind === "METHOD")).toBe(true);
    } finally {
      await index.close();
    }
  });

  it("answers a search sent before the index is complete once it is, and refuses searches after close", async () => {
    const index = new WorkerSearchIndex(reference.graph);
    const early = await index.find("lottery", { limit: 5 });
    expect(early.map((h) => h.key)).toEqual(eager.search("lottery", { limit: 5 }).map((h) => h.key));
    await index.close();
    await expect(index.find("lottery")).rejects.toThrow(/closed/);
  });

  it("sees a paper added or removed just before a search", async () => {
    const paper = { id: "worker-test-1", title: "Zorblax: Quenching Flibbertine Gradients", abstract: "We propose Zorblax, a quenching schedule for flibbertine gradients in sparse networks.", authors: [], keywords: [] };
    onWorker.addAll([extractPaper(paper)]);
    expect((await onWorker.search("flibbertine")).map((h) => h.key)).toContain("paper:worker-test-1");
    expect(await onWorker.paperKeysMatching({ text: "quenching flibbertine" })).toEqual(["paper:worker-test-1"]);
    onWorker.removePaper("worker-test-1");
    expect((await onWorker.search("flibbertine")).map((h) => h.key)).not.toContain("paper:worker-test-1");
  });

  it("serves GraphQL search and text filters as the in-thread index does", async () => {
    const query = `query($q: String!) {
      search(query: $q, first: 8) { kind label }
      papers(filter: { text: $q }, first: 5) { totalCount nodes { id } }
      entities(filter: { text: $q }, first: 5) { totalCount nodes { id } }
    }`;
    const [served, local] = [graphqlClient(onWorker), graphqlClient(reference)];
    for (const q of ["pruning", "mixture of experts", "lottery"]) {
      const [a, b] = await Promise.all([served(query, { q }), local(query, { q })]);
      expect(a.errors).toBeUndefined();
      expect(a.data).toEqual(b.data);
      expect(a.data!.papers.totalCount).toBeGreaterThan(0);
    }
  });
});
