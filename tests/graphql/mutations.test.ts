import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_CORPUS } from "../../src/config";
import type { GraphStore } from "../../src/graph";
import { loadCorpus } from "../../src/graph/load-corpus";
import type { GraphQLContext } from "../../src/graphql";
import { createApollo } from "../../src/server/apollo";
import { CorpusState, FileCorpusStore, type CorpusRecord } from "../../src/store";
import type { GqlResult } from "../helpers/graphql";

const KEY = "test-key-0123456789abcdef";
const dir = mkdtempSync(join(tmpdir(), "papergraph-mutations-"));
let store: GraphStore;
let corpus: FileCorpusStore;
const apollo = createApollo({ production: false });

async function gql(query: string, variables: Record<string, unknown> = {}, extra: Partial<GraphQLContext> = {}): Promise<GqlResult> {
  const contextValue: GraphQLContext = { store, corpus, apiKey: KEY, authorization: `Bearer ${KEY}`, ...extra };
  const response = await apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== "single") throw new Error("unexpected incremental response");
  return response.body.singleResult as GqlResult;
}

async function storedPapers(): Promise<number> {
  let n = 0;
  for await (const r of corpus.scan() as AsyncIterable<CorpusRecord>) if (r.op === "append") n += r.papers.length;
  return n;
}

const ADD = `mutation Add($papers: [PaperInput!]!) {
  addPapers(papers: $papers) {
    added updated rejected batchId
    results { index status reason field limit paper { id paperId title } }
    diff {
      papersAdded papersUpdated
      entitiesCreated { id name }
      entitiesMerged { id kind name }
      aliasesAdded { entity { id } alias }
      edgesAdded { id type newEntity paper { id } entity { id kind name } evidence { sentence text mention } }
    }
  }
}`;

const MOE_PAPER = {
  id: "sparse-moe-routing-imagenet",
  title: "Sparse Mixture-of-Experts Routing for Image Classification",
  abstract:
    "We study sparse mixture-of-experts (MoE) routing for vision models. Each token is routed to two experts by a learned gate, " +
    "which keeps compute constant while the parameter count grows. On ImageNet, our sparse MoE matches a dense ResNet-50 at half the FLOPs.",
  authors: ["A. Researcher"],
  published: "2024-05-01",
};

beforeAll(async () => {
  store = loadCorpus([SEED_CORPUS]).store;
  corpus = await FileCorpusStore.open(dir);
});

afterAll(async () => {
  await corpus.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("addPapers / removePaper authorization", () => {
  it("answers FORBIDDEN saying how to enable mutations when no key is configured, and stores nothing", async () => {
    const r = await gql(ADD, { papers: [MOE_PAPER] }, { apiKey: undefined });
    expect(r.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(r.errors?.[0].message).toMatch(/PAPERGRAPH_API_KEY/);
    expect(await storedPapers()).toBe(0);
  });

  it("answers UNAUTHENTICATED without a bearer token and FORBIDDEN with a wrong key, storing nothing", async () => {
    const before = store.stats().papers;
    const missing = await gql(ADD, { papers: [MOE_PAPER] }, { authorization: undefined });
    expect(missing.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const wrong = await gql(ADD, { papers: [MOE_PAPER] }, { authorization: "Bearer not-the-key-at-all" });
    expect(wrong.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const removal = await gql(`mutation { removePaper(id: "x") { removed } }`, {}, { authorization: "Bearer nope" });
    expect(removal.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await storedPapers()).toBe(0);
    expect(store.stats().papers).toBe(before);
    expect(store.resolvePaperKey(MOE_PAPER.id)).toBeUndefined();
  });

  it("leaves queries open without a key", async () => {
    const r = await gql(`{ graphStats { paperCount } }`, {}, { apiKey: undefined, authorization: undefined });
    expect(r.errors).toBeUndefined();
  });
});

describe("addPapers", () => {
  it("links a new sparse mixture-of-experts paper on ImageNet to the existing entities, and serves it at once", async () => {
    const moeBefore = (await gql(`{ entity(kind: METHOD, name: "mixture of experts") { id paperCount } }`)).data!.entity;
    const imagenetBefore = (await gql(`{ entity(kind: DATASET, name: "ImageNet") { id paperCount } }`)).data!.entity;
    expect(moeBefore).not.toBeNull();
    expect(imagenetBefore).not.toBeNull();

    const r = await gql(ADD, { papers: [MOE_PAPER] });
    expect(r.errors).toBeUndefined();
    const payload = r.data!.addPapers;
    expect(payload).toMatchObject({ added: 1, updated: 0, rejected: 0 });
    expect(payload.results[0]).toMatchObject({ index: 0, status: "ADDED", paper: { id: "paper:sparse-moe-routing-imagenet" } });
    expect(payload.diff.papersAdded).toEqual(["paper:sparse-moe-routing-imagenet"]);
    const merged = payload.diff.entitiesMerged.map((e: any) => e.id);
    expect(merged).toContain(moeBefore.id);
    expect(merged).toContain(imagenetBefore.id);
    const toImagenet = payload.diff.edgesAdded.find((e: any) => e.entity.id === imagenetBefore.id);
    expect(toImagenet).toMatchObject({ type: "EVALUATES_ON", newEntity: false, paper: { id: "paper:sparse-moe-routing-imagenet" } });
    expect(toImagenet.evidence[0].text).toContain("ImageNet");
    const toMoe = payload.diff.edgesAdded.find((e: any) => e.entity.id === moeBefore.id);
    expect(toMoe.evidence.length).toBeGreaterThan(0);

    // Durable before acknowledged: the batch is in the log.
    expect(await storedPapers()).toBe(1);

    const after = await gql(`query($m: ID!, $d: ID!) {
      moe: node(id: $m) { ... on Method { paperCount papers(first: 100) { nodes { id } } } }
      imagenet: node(id: $d) { ... on Dataset { paperCount papers(first: 100) { nodes { id } } } }
      search(query: "sparse mixture-of-experts routing image classification") { node { id } }
    }`, { m: moeBefore.id, d: imagenetBefore.id });
    expect(after.errors).toBeUndefined();
    expect(after.data!.moe.paperCount).toBe(moeBefore.paperCount + 1);
    expect(after.data!.imagenet.paperCount).toBe(imagenetBefore.paperCount + 1);
    expect(after.data!.moe.papers.nodes.map((p: any) => p.id)).toContain("paper:sparse-moe-routing-imagenet");
    expect(after.data!.imagenet.papers.nodes.map((p: any) => p.id)).toContain("paper:sparse-moe-routing-imagenet");
    expect(after.data!.search[0].node.id).toBe("paper:sparse-moe-routing-imagenet");
  });

  it("updates a paper sent again with the same normalised title instead of duplicating it", async () => {
    const papers = store.stats().papers;
    const r = await gql(ADD, { papers: [{ ...MOE_PAPER, id: undefined, title: "sparse mixture of experts routing for image classification!" }] });
    expect(r.errors).toBeUndefined();
    expect(r.data!.addPapers.results[0]).toMatchObject({ status: "UPDATED", paper: { paperId: "sparse-moe-routing-imagenet" } });
    expect(store.stats().papers).toBe(papers);
  });

  it("rejects invalid records individually and stores the valid ones", async () => {
    const r = await gql(ADD, {
      papers: [
        { title: "   " },
        { title: "A valid paper on pruning", abstract: "We prune weights by magnitude.", published: "yesterday" },
        { title: "Another valid paper on quantization", abstract: "We quantize weights to 4 bits." },
        { title: "Too long", abstract: "x".repeat(10_001) },
      ],
    });
    expect(r.errors).toBeUndefined();
    const p = r.data!.addPapers;
    expect(p).toMatchObject({ added: 1, rejected: 3 });
    expect(p.results.map((x: any) => [x.status, x.field, x.limit])).toEqual([
      ["REJECTED", "title", null],
      ["REJECTED", "published", null],
      ["ADDED", null, null],
      ["REJECTED", "abstract", "maxAbstractChars"],
    ]);
    expect(p.results[3].reason).toMatch(/maxAbstractChars/);
    expect(store.resolvePaperKey("another-valid-paper-on-quantization")).toBeDefined();
  });

  it("refuses a batch over maxBatchSize or maxBatchBytes, and a title over maxTitleChars, naming the limit", async () => {
    const before = await storedPapers();
    const big = await gql(ADD, { papers: Array.from({ length: 101 }, (_, i) => ({ title: `Paper ${i}` })) });
    expect(big.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "maxBatchSize" });
    const heavy = await gql(ADD, { papers: [{ title: "t", abstract: "x".repeat(5000) }] }, {
      ingestLimits: { maxBatchSize: 100, maxTitleChars: 500, maxAbstractChars: 10_000, maxBatchBytes: 1000 },
    });
    expect(heavy.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "maxBatchBytes" });
    const title = await gql(ADD, { papers: [{ title: "T".repeat(501) }] });
    expect(title.data!.addPapers.results[0]).toMatchObject({ status: "REJECTED", limit: "maxTitleChars" });
    expect(await storedPapers()).toBe(before);
  });
});

describe("removePaper", () => {
  it("removes the paper from the graph and search, and writes a tombstone that replays", async () => {
    const r = await gql(`mutation { removePaper(id: "sparse-moe-routing-imagenet") { id removed diff { papersRemoved edgesRemoved } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.removePaper).toMatchObject({ id: "paper:sparse-moe-routing-imagenet", removed: true, diff: { papersRemoved: ["paper:sparse-moe-routing-imagenet"] } });
    expect(store.resolvePaperKey("sparse-moe-routing-imagenet")).toBeUndefined();
    const hits = await gql(`{ search(query: "sparse mixture-of-experts routing image classification") { node { id } } }`);
    expect(hits.data!.search.map((h: any) => h.node.id)).not.toContain("paper:sparse-moe-routing-imagenet");
    const state = new CorpusState();
    for await (const record of corpus.scan() as AsyncIterable<CorpusRecord>) state.apply(record);
    expect(state.get("sparse-moe-routing-imagenet")).toBeUndefined();
    expect(state.get("another-valid-paper-on-quantization")).toBeDefined();
    const again = await gql(`mutation { removePaper(id: "sparse-moe-routing-imagenet") { removed } }`);
    expect(again.data!.removePaper.removed).toBe(false);
  });
});
