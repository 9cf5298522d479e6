import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph";
import { edgeEvidence, type EntityNodeAttributes, type PaperNodeAttributes } from "../../src/domain";
import { result, smallCorpus } from "../helpers/results";

function entity(builder: ReturnType<typeof buildGraph>, key: string): EntityNodeAttributes {
  return builder.graph.getNodeAttributes(key) as EntityNodeAttributes;
}

describe("GraphBuilder", () => {
  it("merges an entity across papers by long form, variant and bare acronym", () => {
    const b = buildGraph(smallCorpus());
    const key = b.index.byName("METHOD", "mixture of experts")!;
    expect(key).toBe("method:mixture-of-expert");
    const moe = entity(b, key);
    expect(moe.name).toBe("mixture-of-experts");
    expect(moe.aliases).toContain("MoE");
    expect(moe.acronyms).toEqual(["MoE"]);
    expect(moe.paperCount).toBe(2);
    expect(b.graph.inDegree(key)).toBe(3); // p1 USES, p2 USES (via "MoE"), p2 COMPARES_WITH (via "Mixtures of Experts")
  });

  it("holds each edge's evidence once per paper: merged links keep every distinct sentence, each quoted once", () => {
    const r = result("p9", "Routing Study", [
      { rel: "USES", name: "LoRA", sentence: "We fine-tune with LoRA adapters." },
      { rel: "USES", name: "LoRA", sentence: "LoRA keeps the base frozen." },
      { rel: "USES", name: "LoRA", sentence: "We fine-tune with LoRA adapters." },
      { rel: "EVALUATES_ON", name: "GLUE", sentence: "We fine-tune with LoRA adapters on GLUE." },
    ]);
    const b = buildGraph([r]);
    const uses = "USES:paper:p9->method:lora";
    const evidence = edgeEvidence(b.graph, uses);
    expect(evidence.map((e) => e.text.slice(e.start, e.end))).toEqual(["LoRA", "LoRA"]);
    expect(evidence.map((e) => e.text)).toEqual(["We fine-tune with LoRA adapters.", "LoRA keeps the base frozen."]);
    expect(b.graph.getEdgeAttributes(uses).spanCount).toBe(2);
    const glue = edgeEvidence(b.graph, "EVALUATES_ON:paper:p9->dataset:glue");
    expect(glue).toHaveLength(1);
    expect(glue[0].text.slice(glue[0].start, glue[0].end)).toBe("GLUE");
    const paper = b.graph.getNodeAttributes("paper:p9") as PaperNodeAttributes;
    // Three distinct sentences quoted (the title, sentence 0, by none); six span numbers for LoRA, three for GLUE.
    expect(paper.sentences[0]).toBe("");
    expect(paper.sentences.filter((t) => t !== "")).toHaveLength(3);
    expect(paper.spans).toHaveLength(9);
  });

  it("keeps two expansions of one acronym apart", () => {
    const b = buildGraph(smallCorpus());
    const supervised = b.index.byName("METHOD", "supervised fine-tuning");
    const sparse = b.index.byName("METHOD", "sparse fine-tuning");
    expect(supervised).toBeDefined();
    expect(sparse).toBeDefined();
    expect(supervised).not.toBe(sparse);
    expect(b.index.byAcronym("METHOD", "SFT").sort()).toEqual([sparse, supervised].sort());
  });

  it("upgrades a node first seen as a bare acronym when its long form appears", () => {
    const b = buildGraph(smallCorpus());
    const key = b.index.byName("METHOD", "SNIP")!;
    expect(b.index.byName("METHOD", "single-shot network pruning")).toBe(key);
    expect(entity(b, key).name).toBe("single-shot network pruning");
    expect(entity(b, key).aliases).toContain("SNIP");
  });

  it("keeps every edge's evidence and types it", () => {
    const b = buildGraph(smallCorpus());
    const edge = "EVALUATES_ON:paper:p1->dataset:imagenet";
    expect(b.graph.hasEdge(edge)).toBe(true);
    const a = b.graph.getEdgeAttributes(edge);
    expect(a.type).toBe("EVALUATES_ON");
    const [first] = edgeEvidence(b.graph, edge);
    expect(first.text.slice(first.start, first.end)).toBe("ImageNet");
    expect(first.paperId).toBe("p1");
    expect(a.spanCount).toBe(1);
  });

  it("builds the same graph twice from the same input", () => {
    const a = buildGraph(smallCorpus()).graph.export();
    const b = buildGraph(smallCorpus()).graph.export();
    delete (a.attributes as unknown as Record<string, unknown>).updatedAt;
    delete (b.attributes as unknown as Record<string, unknown>).updatedAt;
    expect(b).toEqual(a);
  });

  it("re-adding a paper with the same id or title updates it instead of duplicating", () => {
    const b = buildGraph(smallCorpus());
    const order = b.graph.order;
    const diff = b.add(result("p3-again", "Pruning at Initialization", [{ rel: "USES", name: "SNIP" }]));
    expect(diff.papersUpdated).toEqual(["paper:p3"]);
    // SNIP's edge was removed and added again: no change. CIFAR-10, the task link and their edges are really gone.
    expect(diff.edgesAdded).toEqual([]);
    expect(diff.edgesRemoved.sort()).toEqual(["ADDRESSES:paper:p3->task:image-classification", "EVALUATES_ON:paper:p3->dataset:cifar-10"].sort());
    expect(diff.entitiesCreated).toEqual([]);
    expect(diff.entitiesRemoved).toEqual(["dataset:cifar-10"]);
    expect(b.graph.hasNode("paper:p3-again")).toBe(false);
    expect(b.graph.hasNode("dataset:cifar-10")).toBe(false); // only p3 used it
    expect(b.graph.order).toBe(order - 1); // CIFAR-10 gone; SNIP re-created as a bare acronym; the rest stays
  });

  it("removing a paper drops entities no other paper links to, and reports it", () => {
    const b = buildGraph(smallCorpus());
    const diff = b.remove("p3");
    expect(diff.papersRemoved).toEqual(["paper:p3"]);
    expect(diff.entitiesRemoved.sort()).toEqual(["dataset:cifar-10", "method:snip"]);
    expect(b.index.byName("METHOD", "single-shot network pruning")).toBeUndefined();
    expect(entity(b, "task:image-classification").paperCount).toBe(1);
  });
});

describe("display names", () => {
  it("drop a sentence-initial capital once a lowercase form is seen, but keep acronyms and inner capitals", () => {
    const b = buildGraph([
      result("a", "A", [{ rel: "MENTIONS", name: "Sparse Training" }, { rel: "USES", name: "BERT" }]),
      result("b", "B", [{ rel: "MENTIONS", name: "sparse training" }, { rel: "USES", name: "bert" }]),
    ]);
    expect(entity(b, "concept:sparse-training").name).toBe("sparse training");
    expect(entity(b, "method:bert").name).toBe("BERT");
  });
});
