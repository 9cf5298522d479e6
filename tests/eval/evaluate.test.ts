// End-to-end scoring with a stand-in extractor: seed-style gold and a SciERC-style document, counted by hand.
import { describe, expect, it } from "vitest";
import type { ExtractedLink, ExtractionResult } from "../../src/domain/extraction";
import type { Paper } from "../../src/domain/paper";
import { evaluateScierc, evaluateSeed, goldReportName, sciercReportName, topErrors } from "../../scripts/eval/evaluate";
import { formatTable } from "../../scripts/eval/format";
import { parseGold } from "../../scripts/eval/gold";
import { parseScierc } from "../../scripts/eval/scierc";

const paper = (title: string, abstract: string): Paper => ({ id: title, title, abstract, authors: [], keywords: [] });

function link(relation: ExtractedLink["relation"], kind: ExtractedLink["kind"], name: string, ...aliases: string[]): ExtractedLink {
  return { relation, kind, name, aliases, confidence: 0.9, evidence: [] };
}

/** Stand-in extractor with fixed answers per title (the real one lives in src/extract/pipeline.ts). */
const ANSWERS: Record<string, ExtractedLink[]> = {
  "Paper A": [
    link("PROPOSES", "METHOD", "GraNet"),
    link("USES", "METHOD", "LTH"),
    link("COMPARES_WITH", "METHOD", "lottery ticket hypothesis", "LTH"),
    link("USES", "METHOD", "magnitude pruning"),
    link("EVALUATES_ON", "DATASET", "ImageNet"),
    link("ADDRESSES", "TASK", "pruning"),
  ],
  "Paper B": [link("USES", "METHOD", "BERT"), link("ADDRESSES", "TASK", "language modeling")],
  "": [
    link("USES", "METHOD", "hidden Markov model", "HMM"),
    link("ADDRESSES", "TASK", "recognition"),
    link("EVALUATES_ON", "DATASET", "WSJ"),
  ],
};
const extract = (p: Paper): ExtractionResult => ({ paper: p, sentences: [p.title], links: ANSWERS[p.title] ?? [], codeUrls: [] });

const GOLD = [
  '{"title": "Paper A", "proposes": ["GraNet"], "methods": [{"name": "lottery ticket hypothesis", "aliases": ["LTH"]}, "gradual magnitude pruning"], "datasets": ["ImageNet"], "tasks": ["network pruning"]}',
  '{"title": "Paper B", "proposes": ["Monarch"], "methods": ["BERT"], "tasks": ["language modeling"]}',
].join("\n");

describe("evaluateSeed", () => {
  const report = evaluateSeed(parseGold(GOLD, "g"), [paper("Paper A", "a"), paper("Paper B", "b")], extract);
  const kind = (label: string) => report.kinds.find((k) => k.kind === label)!;

  it("scores proposed methods on PROPOSES links only", () => {
    // predicted {GraNet}; gold {GraNet, Monarch}
    expect(kind("proposed methods").strict).toMatchObject({ truePositives: 1, predicted: 1, gold: 2 });
  });
  it("scores methods as proposed + used, merging an entity linked twice", () => {
    // predicted A {GraNet, LTH~lottery ticket hypothesis, magnitude pruning} + B {BERT};
    // gold A {GraNet, LTH, gradual magnitude pruning} + B {Monarch, BERT}
    expect(kind("methods (proposed + used)").strict).toMatchObject({ truePositives: 3, predicted: 4, gold: 5 });
    expect(kind("methods (proposed + used)").relaxed).toMatchObject({ truePositives: 4, predicted: 4, gold: 5 });
  });
  it("counts head-word matches only in relaxed mode", () => {
    expect(kind("tasks").strict.truePositives).toBe(1);
    expect(kind("tasks").relaxed.truePositives).toBe(2);
    expect(kind("datasets").strict.f1).toBe(1);
  });
  it("keeps per-document errors and tallies them", () => {
    const errors = report.errors.filter((e) => e.document === "Paper A" && e.mode === "strict" && e.kind === "tasks");
    expect(errors).toEqual([{ document: "Paper A", kind: "tasks", mode: "strict", falsePositives: ["pruning"], falseNegatives: ["network pruning"] }]);
    expect(topErrors(report, "proposed methods", "strict", 5).falseNegatives).toEqual([["Monarch", 1]]);
  });
  it("refuses gold whose title is not in the corpus", () => {
    expect(() => evaluateSeed(parseGold(GOLD, "g"), [paper("Paper A", "a")], extract)).toThrow(/Paper B/);
  });
  it("is labelled with the gold file it was scored against", () => {
    expect(report.name).toBe("seed gold");
    const heldout = evaluateSeed(parseGold(GOLD, "g"), [paper("Paper A", "a"), paper("Paper B", "b")], extract, {
      name: goldReportName("tests/fixtures/gold/heldout-gold.jsonl"),
    });
    expect(heldout.name).toBe("gold heldout-gold.jsonl");
    expect(formatTable(heldout).split("\n")[0]).toBe("gold heldout-gold.jsonl (2 documents; every link)");
    // the label changes nothing else
    expect(heldout.kinds).toEqual(report.kinds);
  });
});

describe("report names", () => {
  it("name a gold file and a SciERC split by their file names", () => {
    expect(goldReportName("/x/tests/fixtures/gold/seed-gold.jsonl")).toBe("gold seed-gold.jsonl");
    expect(sciercReportName("../shared/corpora/scierc/train.json")).toBe("SciERC train.json");
    expect(sciercReportName("dev.json")).toBe("SciERC dev.json");
  });
});

describe("evaluateScierc", () => {
  const doc = {
    doc_key: "D1",
    sentences: [["An", "HMM", "for", "speech", "recognition", "on", "the", "WSJ", "corpus", "."]],
    ner: [[[1, 1, "Method"], [3, 4, "Task"], [7, 8, "Material"]]],
    relations: [[]],
    clusters: [],
  };
  const report = evaluateScierc(parseScierc(JSON.stringify(doc), "dev.json"), extract);

  it("maps Method, Task, Material to methods, tasks, datasets and pools them", () => {
    // Method: HMM = alias of prediction (strict hit). Task: "recognition" is the head of "speech recognition"
    // (relaxed only). Material: "WSJ" is contained in "WSJ corpus" (relaxed only).
    expect(report.kinds.map((k) => [k.kind, k.strict.truePositives, k.relaxed.truePositives])).toEqual([
      ["Method ~ methods", 1, 1],
      ["Task ~ tasks", 0, 1],
      ["Material ~ datasets", 0, 1],
    ]);
    expect(report.overall?.strict).toMatchObject({ truePositives: 1, predicted: 3, gold: 3 });
    expect(report.overall?.relaxed.f1).toBe(1);
  });
  it("is labelled with the split it was given, not always dev", () => {
    expect(report.name).toBe("SciERC");
    const train = evaluateScierc(parseScierc(JSON.stringify(doc), "train.json"), extract, { name: sciercReportName("scierc/train.json"), minConfidence: 0.5 });
    expect(formatTable(train).split("\n")[0]).toBe("SciERC train.json (1 documents; links with confidence ≥ 0.5)");
  });
});
