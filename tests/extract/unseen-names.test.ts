import { describe, it, expect } from "vitest";
import type { ExtractedLink, Paper } from "../../src/domain";
import { normalizeName } from "../../src/domain";
import { extractPaper } from "../../src/extract";

// Every name below is invented: none is in data/vocab, so only the patterns can find and type them.
function links(title: string, abstract: string): ExtractedLink[] {
  const p: Paper = { id: "x", title, abstract, authors: [], keywords: [] };
  return extractPaper(p).links;
}

function find(all: ExtractedLink[], name: string): ExtractedLink | undefined {
  const key = normalizeName(name);
  return all.find((l) => [l.name, ...l.aliases].some((n) => normalizeName(n) === key));
}

describe("names never seen before", () => {
  it("a new acronym defined as the object of 'we propose', and coordinated components", () => {
    const l = links(
      "Efficient routing",
      "We propose gated residual token mixing (GRTM) to route tokens, adaptive bucket pruning (ABP) to drop them, and lazy expert caching (LEC) to reuse experts.",
    );
    for (const [long, short] of [["gated residual token mixing", "GRTM"], ["adaptive bucket pruning", "ABP"], ["lazy expert caching", "LEC"]]) {
      expect(find(l, long)).toMatchObject({ relation: "PROPOSES", acronym: short });
    }
  });

  it("CamelCase model names and released sizes", () => {
    const l = links(
      "Scaling small reasoners",
      "We release QuillNet-3B and QuillNet-14B-Instruct, two reasoning models. QuillNet-3B outperforms FernLM and BrackenGPT on math.",
    );
    expect(find(l, "QuillNet-3B")?.relation).toBe("PROPOSES");
    expect(find(l, "QuillNet-14B-Instruct")?.relation).toBe("PROPOSES");
    expect(find(l, "FernLM")).toMatchObject({ kind: "METHOD", relation: "COMPARES_WITH" });
    expect(find(l, "BrackenGPT")).toMatchObject({ kind: "METHOD", relation: "COMPARES_WITH" });
  });

  it("'named X', 'dubbed X' and 'a technique called \"x\"'", () => {
    const l = links(
      "T",
      "We design a sparse router named Plinth that balances load. We further add a cache, dubbed Quarry, for hot experts. " +
        'Training uses a simple technique called "staggered warmup" to avoid collapse.',
    );
    expect(find(l, "Plinth")?.relation).toBe("PROPOSES");
    expect(find(l, "Quarry")?.relation).toBe("PROPOSES");
    expect(find(l, "staggered warmup")?.relation).toBe("PROPOSES");
  });

  it("'on the X dataset', 'the X benchmark', and an apposition naming a benchmark", () => {
    const l = links(
      "T",
      "Experiments on the Wobbleset dataset and the ZorpQA benchmark show gains. It also improves results on Marsh-Heron, a challenging video benchmark.",
    );
    expect(find(l, "Wobbleset")).toMatchObject({ kind: "DATASET", relation: "EVALUATES_ON" });
    expect(find(l, "ZorpQA")).toMatchObject({ kind: "DATASET", relation: "EVALUATES_ON" });
    expect(find(l, "Marsh-Heron")).toMatchObject({ kind: "DATASET", relation: "EVALUATES_ON" });
  });

  it("'we present XData ... and XBench' introduces datasets, not methods", () => {
    const l = links("T", "We present TorchlightData, a corpus of 2M annotated frames, and TorchlightBench, a benchmark for low-light tracking.");
    expect(find(l, "TorchlightData")).toMatchObject({ kind: "DATASET", relation: "INTRODUCES" });
    expect(find(l, "TorchlightBench")).toMatchObject({ kind: "DATASET", relation: "INTRODUCES" });
  });

  it("a proposed name followed by words about data, not by an apposition naming data, stays a method", () => {
    const l = links("T", "We introduce a meta-learning algorithm Quill Anchor Points (QAP) for obtaining much smaller datasets.");
    expect(find(l, "Quill Anchor Points")).toMatchObject({ kind: "METHOD", relation: "PROPOSES" });
  });

  it("a versioned model after 'on' is a model, not a dataset", () => {
    const l = links("T", "Our kernel achieves 3x speedups on Vellum-2.5-8B for long sequences in experiments.");
    expect(find(l, "Vellum-2.5-8B")?.kind).toBe("METHOD");
  });

  it("a name in the title before the colon, and its released variants", () => {
    const l = links("Grendel: Sparse Mixtures for Edge Devices", "Grendel routes tokens sparsely. Our Grendel-7B-Chat model runs on phones.");
    expect(find(l, "Grendel")?.relation).toBe("PROPOSES");
    expect(find(l, "Grendel-7B-Chat")?.relation).toBe("PROPOSES");
  });

  it("an apposition to the paper's own framework", () => {
    const l = links("T", "In this paper, we present a lightweight framework Tessellate based on graph attention for relational data.");
    expect(find(l, "Tessellate")?.relation).toBe("PROPOSES");
  });

  it("adjectives built on names are not names; the name inside is used", () => {
    const l = links("T", "We compare Transformer-based detectors with MoE-style routers and GPU-powered baselines.");
    expect(find(l, "Transformer-based")).toBeUndefined();
    expect(find(l, "GPU-powered")).toBeUndefined();
    expect(find(l, "Transformer")?.kind).toBe("METHOD");
  });

  it("generic words and descriptive phrases are not entities", () => {
    const l = links("T", "Deep neural networks (DNNs) are costly. Sparse neural networks and fine-tuning of neural networks help.");
    for (const g of ["deep neural networks", "DNN", "sparse neural networks", "neural networks", "fine-tuning"]) expect(find(l, g)).toBeUndefined();
  });

  it("the problem a title names is a task: pruning, quantization", () => {
    const l = links("To quantize or not: a study", "We quantize weights to 4 bits. Quantization error is bounded.");
    expect(find(l, "quantization")).toMatchObject({ kind: "TASK", relation: "ADDRESSES" });
  });
});
