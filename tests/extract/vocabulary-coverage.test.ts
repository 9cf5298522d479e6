// The field's vocabulary on text written for the test: established lowercase techniques and task names typed and
// related, the longest known phrase kept, and everyday words that are also names held back without a cue.
import { describe, expect, it } from "vitest";
import { normalizeName, type Paper } from "../../src/domain";
import { extractPaper } from "../../src/extract";
import { loadLexicon } from "../../src/extract/stages/lexicon";
import { findVocabularyMentions } from "../../src/extract/stages/vocabulary-mentions";
import { tokenize } from "../../src/extract/stages/tokens";

const paper = (title: string, abstract: string): Paper => ({ id: "v", title, abstract, authors: [], keywords: [], source: "test" });
const linkOf = (p: Paper, name: string) => extractPaper(p).links.find((l) => [l.name, ...l.aliases].some((n) => normalizeName(n) === normalizeName(name)));

describe("established techniques from the vocabulary", () => {
  it("types lowercase techniques as used methods above the default threshold", () => {
    const p = paper(
      "Quillwort: Stable Value Learning for Sparse-Reward Control",
      "We combine experience replay with model averaging and apply low-rank approximation to the critic. " +
        "A sliding window over past returns sets the learning rate.",
    );
    for (const name of ["experience replay", "model averaging", "low-rank approximation", "sliding window"]) {
      const l = linkOf(p, name);
      expect(l, name).toBeDefined();
      expect(l!.kind).toBe("METHOD");
      expect(l!.relation).toBe("USES");
      expect(l!.confidence).toBeGreaterThanOrEqual(0.5);
    }
  });

  it("makes vocabulary techniques named after a comparison cue baselines", () => {
    const p = paper("Brackenfold: Compact Students", "We propose Brackenfold. It outperforms knowledge distillation and structured pruning on every budget.");
    expect(linkOf(p, "knowledge distillation")?.relation).toBe("COMPARES_WITH");
    expect(linkOf(p, "structured pruning")?.relation).toBe("COMPARES_WITH");
    expect(linkOf(p, "Brackenfold")?.relation).toBe("PROPOSES");
  });

  it("keeps the longest known phrase and its acronym", () => {
    const p = paper("Thistle", "We study iterative magnitude pruning (IMP) on small networks. IMP keeps 5% of the weights.");
    const imp = linkOf(p, "IMP");
    expect(normalizeName(imp!.name)).toBe(normalizeName("iterative magnitude pruning"));
    expect(extractPaper(p).links.some((l) => normalizeName(l.name) === "magnitude pruning")).toBe(false);
  });
});

describe("task names from the vocabulary", () => {
  it("types learning settings and problems the paper addresses as tasks", () => {
    const p = paper(
      "Mosslight: Prototype Banks for Graph Classification",
      "We address few-shot learning under domain adaptation. Our prototype banks also improve text-to-image generation.",
    );
    for (const name of ["graph classification", "few-shot learning", "domain adaptation", "text-to-image generation"]) {
      const l = linkOf(p, name);
      expect(l, name).toBeDefined();
      expect(l!.kind).toBe("TASK");
      expect(l!.relation).toBe("ADDRESSES");
      expect(l!.confidence).toBeGreaterThanOrEqual(0.5);
    }
  });
});

describe("everyday words that are also technique names", () => {
  it("needs a usage cue or a method noun before an everyday word counts as the technique", () => {
    const held = paper("Fernbrake", "Careful attention to the data pipeline matters. The students receive little distillation of the theory.");
    expect(linkOf(held, "self-attention")?.confidence ?? 0).toBeLessThan(0.5);
    expect(linkOf(held, "knowledge distillation")?.confidence ?? 0).toBeLessThan(0.5);
    const cued = paper("Fernbrake", "We use attention to fuse the two streams. A distillation loss transfers the teacher's outputs.");
    expect(linkOf(cued, "self-attention")?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(linkOf(cued, "knowledge distillation")?.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("the attention mechanism of a network and its self-attention are one technique", () => {
    const links = extractPaper(paper("Fernbrake", "Self-attention is costly on long inputs. We prune the attention mechanism and keep the attention modules small.")).links;
    const attention = links.filter((l) => l.kind === "METHOD" && /attention/i.test(l.name));
    expect(attention).toHaveLength(1);
    expect(attention[0].name).toBe("self-attention");
    expect(attention[0].confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("matches multi-word forms of the same technique without a cue", () => {
    const p = paper("Fernbrake", "Multi-head attention and knowledge distillation shape the student.");
    expect(linkOf(p, "multi-head attention")?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(linkOf(p, "knowledge distillation")?.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe("vocabulary lookup", () => {
  const lexicon = loadLexicon();
  const found = (text: string) => findVocabularyMentions(0, text, tokenize(text), lexicon).map((m) => m.surface);

  it("walks token windows only while they start some entry, and does not cross punctuation", () => {
    expect(found("iterative magnitude pruning at scale")).toEqual(["iterative magnitude pruning"]);
    expect(found("magnitude, pruning")).toEqual([]);
    expect(found("graph classification and graph")).toEqual(["graph classification"]);
  });

  it("loads a broad vocabulary with every prefix of every entry", () => {
    expect(lexicon.entries.size).toBeGreaterThan(3000);
    expect(lexicon.prefixes.has("iterative magnitude")).toBe(true);
    expect(lexicon.entries.get("distillation")?.needsCue).toBe(true);
    expect(lexicon.entries.get("knowledge distillation")?.needsCue).toBeUndefined();
  });
});
