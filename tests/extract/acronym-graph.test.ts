import { describe, it, expect } from "vitest";
import { join } from "node:path";
import type { EntityNodeAttributes, Paper } from "../../src/domain";
import { normalizeName } from "../../src/domain";
import { extractPaper, extractPapers } from "../../src/extract";
import { buildGraph, GraphStore } from "../../src/graph";
import { readCorpusFile } from "../../src/ingest";

function paper(id: string, title: string, abstract: string): Paper {
  return { id, title, abstract, authors: [], keywords: [] };
}

const seed = readCorpusFile(join(__dirname, "../../data/corpus/daily-papers-sparse.txt"));
const seedResults = extractPapers(seed.papers);
const seedStore = GraphStore.fromResults(seedResults);

describe("acronyms on hand-written text", () => {
  it("pairs LTH with the lottery ticket hypothesis and SNIP with single-shot network pruning, and attaches bare uses", () => {
    const r = extractPaper(
      paper(
        "a",
        "Tickets everywhere",
        "The lottery ticket hypothesis (LTH) suggests sparse subnetworks train well. We revisit single-shot network pruning (SNIP) " +
          "at initialization. Unlike LTH, SNIP needs no retraining.",
      ),
    );
    const lth = r.links.find((l) => l.acronym === "LTH")!;
    expect(normalizeName(lth.name)).toBe(normalizeName("lottery ticket hypothesis"));
    expect(lth.kind).toBe("METHOD");
    expect(new Set(lth.evidence.map((e) => e.sentence))).toEqual(new Set([1, 3]));
    const snip = r.links.find((l) => l.acronym === "SNIP")!;
    expect(normalizeName(snip.name)).toBe(normalizeName("single-shot network pruning"));
    expect(snip.evidence.some((e) => e.text.slice(e.start, e.end) === "SNIP" && e.sentence === 3)).toBe(true);
  });

  it("keeps supervised fine-tuning and sparse fine-tuning apart in one graph", () => {
    const a = extractPaper(paper("sft-a", "Aligning chat models", "We study supervised fine-tuning (SFT) of language models on instruction data. SFT is followed by preference optimisation."));
    const b = extractPaper(paper("sft-b", "Cheap adaptation", "We study sparse fine-tuning (SFT), which updates a small subset of weights. SFT matches dense updates at a fraction of the cost."));
    const builder = buildGraph([a, b]);
    const supervised = builder.index.byName("METHOD", "supervised fine-tuning");
    const sparse = builder.index.byName("METHOD", "sparse fine-tuning");
    expect(supervised).toBeDefined();
    expect(sparse).toBeDefined();
    expect(supervised).not.toBe(sparse);
    expect(builder.index.byAcronym("METHOD", "SFT").sort()).toEqual([sparse, supervised].sort());
    const papersOf = (key: string) => builder.graph.inNeighbors(key).sort();
    expect(papersOf(supervised!)).toEqual(["paper:sft-a"]);
    expect(papersOf(sparse!)).toEqual(["paper:sft-b"]);
  });

  it("does not let a loose letter match redefine a well-known acronym", () => {
    const r = extractPaper(paper("d", "T", "We accelerate real-time object detection with Transformer-based architectures (DETR) on COCO."));
    expect(r.links.some((l) => normalizeName(l.name) === normalizeName("detection with Transformer-based architectures"))).toBe(false);
    expect(r.links.find((l) => l.name === "DETR")?.kind).toBe("METHOD");
  });

  it("types a definition by the paper's long form, not by another expansion of the same letters", () => {
    const r = extractPaper(paper("t", "T", "We combine reinforcement learning with a test-time scaling (TTS) strategy for video reasoning."));
    const tts = r.links.find((l) => l.acronym === "TTS")!;
    expect(normalizeName(tts.name)).toBe(normalizeName("test-time scaling"));
    expect(tts.kind).toBe("METHOD");
  });
});

describe("acronyms over the seed graph", () => {
  const titled = (title: string) => seedResults.find((r) => r.paper.title === title)!;

  it("links the GraNet paper to LTH and SNIP under their long forms", () => {
    const r = titled("Sparse Training via Boosting Pruning Plasticity with Neuroregeneration");
    const lth = r.links.find((l) => l.acronym === "LTH")!;
    expect(normalizeName(lth.name)).toBe(normalizeName("lottery ticket hypothesis"));
    const snip = r.links.find((l) => l.acronym === "SNIP")!;
    expect(normalizeName(snip.name)).toBe(normalizeName("single-shot network pruning"));
    const key = seedStore.lookupEntity("METHOD", "LTH");
    expect(key).toBe(seedStore.lookupEntity("METHOD", "lottery ticket hypothesis"));
  });

  it("merges mixture of experts and MoE into one entity used by at least four papers", () => {
    const key = seedStore.lookupEntity("METHOD", "mixture of experts")!;
    expect(key).toBeDefined();
    expect(seedStore.lookupEntity("METHOD", "MoE")).toBe(key);
    expect(seedStore.lookupEntity("METHOD", "Mixture-of-Experts")).toBe(key);
    const moe = seedStore.entity(key) as EntityNodeAttributes;
    expect(moe.aliases).toContain("MoE");
    expect(seedStore.entityPapers(key).length).toBeGreaterThanOrEqual(4);
  });
});
