// A full-text question asked while the index is still being built (after a restart) waits for it, but not past
// the operation's execution budget: then it is answered with SEARCH_INDEX_BUILDING, not the budget's error.
import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/config";
import { GraphBuilder, GraphStore } from "../../src/graph";
import { SearchIndex } from "../../src/graph/search-index";
import { ROOM_AFTER_WAIT_MS } from "../../src/graphql/searchable";
import { graphqlClient } from "../helpers/graphql";
import { result, smallCorpus } from "../helpers/results";

/** An index that reports itself incomplete, and makes searches wait, until released (a restart's background build). */
class HeldIndex extends SearchIndex {
  release!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));
  private released = false;

  override get complete(): boolean {
    return this.released && super.complete;
  }

  override whenComplete(): Promise<void> {
    return this.gate.then(() => {
      this.released = true;
      return super.whenComplete();
    });
  }

  override async find(...args: Parameters<SearchIndex["find"]>): ReturnType<SearchIndex["find"]> {
    await this.whenComplete();
    return super.find(...args);
  }
}

function heldStore(): { store: GraphStore; index: HeldIndex } {
  const builder = new GraphBuilder();
  for (const r of [...smallCorpus(), result("p9", "Sparse experts for translation", [{ rel: "USES", name: "MoE" }])]) builder.add(r);
  const index = new HeldIndex(builder.graph, { deferred: true });
  return { store: new GraphStore(builder, index), index };
}

const QUERIES: [string, string][] = [
  ["search", `{ search(query: "experts") { label } }`],
  ["papers(filter.text)", `{ papers(filter: { text: "experts" }) { totalCount } }`],
  ["entities(filter.text)", `{ entities(filter: { text: "moe" }) { totalCount } }`],
];

describe("full-text questions while the index is being built", () => {
  it("are answered with SEARCH_INDEX_BUILDING before the execution budget runs out, then normally", async () => {
    const { store, index } = heldStore();
    const ask = graphqlClient(store, { production: true, limits: { ...DEFAULT_LIMITS, timeoutMs: 400 } });
    for (const [field, query] of QUERIES) {
      const started = performance.now();
      const r = await ask(query);
      expect(performance.now() - started).toBeLessThan(400 + 200);
      expect(r.errors?.[0].extensions).toMatchObject({ code: "SEARCH_INDEX_BUILDING", retryable: true });
      expect(r.errors?.[0].message).toBe(`${field}: the full-text index is still being built (the server restarted and indexes the graph in the background); try again in a few seconds`);
    }
    // Questions that need no full-text index are answered meanwhile.
    expect((await ask(`{ papers { totalCount } }`)).data).toEqual({ papers: { totalCount: 4 } });
    index.release();
    const search = await ask(QUERIES[0][1]);
    expect(search.errors).toBeUndefined();
    expect((search.data as { search: { label: string }[] }).search.map((h) => h.label)).toContain("Sparse experts for translation");
    expect(((await ask(QUERIES[1][1])).data as { papers: { totalCount: number } }).papers.totalCount).toBeGreaterThan(0);
    expect((await ask(QUERIES[2][1])).errors).toBeUndefined();
  });

  it("are answered with SEARCH_INDEX_BUILDING when the index completes too close to the budget's end to answer", async () => {
    const { store, index } = heldStore();
    const ask = graphqlClient(store, { production: true, limits: { ...DEFAULT_LIMITS, timeoutMs: 2500 } });
    // Released with about 300 ms of the budget left: less than a question that waited needs to go on (the give-up
    // before the budget's end would come 200 ms later).
    setTimeout(() => index.release(), 2500 - ROOM_AFTER_WAIT_MS + 200);
    const r = await ask(QUERIES[0][1]);
    expect(r.errors?.[0].extensions).toMatchObject({ code: "SEARCH_INDEX_BUILDING", retryable: true });
    expect((await ask(QUERIES[0][1])).errors).toBeUndefined();
  });

  it("wait for the index when it completes within the budget", async () => {
    const { store, index } = heldStore();
    const ask = graphqlClient(store, { production: true, limits: { ...DEFAULT_LIMITS, timeoutMs: 2000 } });
    setTimeout(() => index.release(), 100);
    const response = await ask(QUERIES[0][1]);
    expect(response.errors).toBeUndefined();
    const hits = (response.data as { search: { label: string }[] }).search;
    expect(hits.map((h) => h.label)).toContain("Sparse experts for translation");
  });
});
