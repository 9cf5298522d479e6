import { describe, expect, it } from "vitest";
import { InvalidInputError, NotFoundError } from "../../src/domain";
import {
  buildTextIndex,
  pointwiseMutualInformation,
  relatedEntities,
  relatedPapers,
  textSimilarity,
  tokenize,
} from "../../src/analytics";
import { buildGraph } from "../fixtures/graphs/build";

// Paper counts: granet 2, magnitude-pruning 2, cifar-10 3, sparsity 7.
const graph = buildGraph({
  papers: {
    q: { title: "Sparse training with gradual pruning", abstract: "We prune and regrow weights during training." },
    a: { title: "Dynamic sparse networks", abstract: "Regrow connections." },
    b: { title: "Image classification benchmarks", abstract: "" },
    c: { title: "Sparse training with gradual pruning", abstract: "We prune and regrow weights during training." },
    e1: { title: "Unrelated", abstract: "" },
    e2: { title: "Also unrelated", abstract: "" },
    e3: { title: "Elsewhere", abstract: "" },
  },
  edges: [
    "q USES granet",
    "q USES magnitude-pruning",
    "q EVALUATES_ON cifar-10",
    "q MENTIONS sparsity",
    "a USES granet",
    "a USES magnitude-pruning",
    "a MENTIONS sparsity",
    "b EVALUATES_ON cifar-10",
    "b MENTIONS sparsity",
    "c MENTIONS sparsity",
    "e1 MENTIONS sparsity",
    "e1 EVALUATES_ON cifar-10",
    "e2 MENTIONS sparsity",
    "e3 MENTIONS sparsity",
  ],
});

describe("relatedPapers", () => {
  // Adamic–Adar weights: 1/ln 2 for granet and magnitude pruning, 1/ln 3 for cifar-10, 1/ln 7 for sparsity.
  const [w2, w3, w7] = [1 / Math.log(2), 1 / Math.log(3), 1 / Math.log(7)];
  const self = 2 * w2 + w3 + w7;

  it("ranks by shared entities, rare ones counting more, and names them", () => {
    const related = relatedPapers(graph, "paper:q", { first: 10, textWeight: 0 });
    expect(related.map((r) => r.paper)).toEqual(["paper:a", "paper:b", "paper:e1", "paper:c", "paper:e2", "paper:e3"]);
    expect(related[0].score).toBeCloseTo((2 * w2 + w7) / self, 10);
    expect(related[1].score).toBeCloseTo((w3 + w7) / self, 10);
    expect(related[3].score).toBeCloseTo(w7 / self, 10);
    expect(related[0].shared).toEqual({
      methods: ["method:granet", "method:magnitude-pruning"],
      datasets: [],
      tasks: [],
      concepts: ["concept:sparsity"],
    });
    expect(related[1].shared).toEqual({ methods: [], datasets: ["dataset:cifar-10"], tasks: [], concepts: ["concept:sparsity"] });
  });

  it("blends in text similarity", () => {
    const textIndex = buildTextIndex(graph);
    expect(textSimilarity(textIndex, "paper:q", "paper:c")).toBeCloseTo(1, 10);
    const byText = relatedPapers(graph, "paper:q", { first: 2, textWeight: 1, textIndex });
    expect(byText[0]).toMatchObject({ paper: "paper:c" });
    expect(byText[0].score).toBeCloseTo(1, 10);
    const blended = relatedPapers(graph, "paper:q", { first: 10, textWeight: 0.5, textIndex });
    for (const r of blended) expect(r.score).toBeCloseTo(0.5 * r.structural + 0.5 * r.text, 12);
    expect(blended[0].paper).toBe("paper:c"); // 0.5 * (w7 / self) + 0.5 * 1 beats a's 0.5 * 0.79 + 0.5 * text
  });

  it("validates", () => {
    expect(() => relatedPapers(graph, "paper:nope")).toThrow(NotFoundError);
    expect(() => relatedPapers(graph, "concept:sparsity")).toThrow(NotFoundError);
    expect(() => relatedPapers(graph, "paper:q", { textWeight: 2 })).toThrow(InvalidInputError);
  });
});

describe("text index", () => {
  it("tokenizes without stopwords, numbers and plurals", () => {
    expect(tokenize("The Transformers use 12 attention-heads and LoRA adapters")).toEqual([
      "transformer",
      "attention-head",
      "lora",
      "adapter",
    ]);
  });
});

describe("relatedEntities", () => {
  // 7 papers. Paper counts: a 3, b 3, c 3, d 3.
  const g = buildGraph([
    "p1 MENTIONS a",
    "p1 MENTIONS b",
    "p2 MENTIONS a",
    "p2 MENTIONS b",
    "p3 MENTIONS a",
    "p3 MENTIONS c",
    "p4 MENTIONS b",
    "p5 MENTIONS c",
    "p5 MENTIONS d",
    "p6 MENTIONS d",
    "p7 MENTIONS c",
    "p7 MENTIONS d",
  ]);

  it("computes PMI and NPMI by hand", () => {
    // a and b share 2 of 7 papers: PMI = log2(2*7 / (3*3)) = 0.637429..., NPMI = PMI / log2(7/2) = 0.352687...
    const [b] = relatedEntities(g, "concept:a");
    expect(b).toMatchObject({ entity: "concept:b", count: 2, papers: ["paper:p1", "paper:p2"] });
    expect(b.pmi).toBeCloseTo(0.6374299206, 9);
    expect(b.npmi).toBeCloseTo(0.3526866, 6);
    expect(b.score).toBe(b.npmi);
    expect(pointwiseMutualInformation(3, 3, 3, 3)).toEqual({ pmi: 0, npmi: 1 });
  });

  it("drops pairs seen fewer than minCount times", () => {
    expect(relatedEntities(g, "concept:a").map((r) => r.entity)).toEqual(["concept:b"]);
    // a and c share 1 paper: PMI = log2(7/9) < 0.
    const all = relatedEntities(g, "concept:a", { minCount: 1 });
    expect(all.map((r) => r.entity)).toEqual(["concept:b", "concept:c"]);
    expect(all[1].pmi).toBeCloseTo(Math.log2(7 / 9), 12);
    expect(relatedEntities(g, "concept:a", { minCount: 1, measure: "PMI" })[0].score).toBeCloseTo(0.6374299206, 9);
  });

  it("validates", () => {
    expect(() => relatedEntities(g, "paper:p1")).toThrow(NotFoundError);
    expect(() => relatedEntities(g, "concept:a", { minCount: 0 })).toThrow(/"minCount"/);
    expect(() => relatedEntities(g, "concept:a", { measure: "LIFT" as never })).toThrow(/"measure"/);
  });
});
