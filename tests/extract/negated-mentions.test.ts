// What a paper does without is neither used nor addressed; the mention stays, below the default view. Invented text only.
import { describe, expect, it } from "vitest";
import { normalizeName, type ExtractedLink, type Paper } from "../../src/domain";
import { extractPaper } from "../../src/extract";

const paper = (title: string, abstract: string): Paper => ({ id: "n", title, abstract, authors: [], keywords: [], source: "test" });
const link = (title: string, abstract: string, name: string): ExtractedLink | undefined =>
  extractPaper(paper(title, abstract)).links.find((l) => [l.name, ...l.aliases].some((n) => normalizeName(n) === normalizeName(name)));

describe("negated mentions", () => {
  it("a technique or task the paper does without falls below the default view, evidence kept", () => {
    const tuned = link("Widening sparse graphs", "We widen graph layers. The widening improves accuracy without any hyperparameter tuning.", "hyperparameter tuning");
    expect(tuned).toBeDefined();
    expect(tuned!.confidence).toBeLessThan(0.5);
    expect(tuned!.evidence.length).toBeGreaterThan(0);
    const distilled = link("Small students", "Our students match their teachers with no need for knowledge distillation.", "knowledge distillation");
    expect(distilled!.confidence).toBeLessThan(0.5);
  });

  it("the same technique stated positively keeps its confidence", () => {
    const used = link("Small students", "We train small students with knowledge distillation from large teachers.", "knowledge distillation");
    expect(used!.confidence).toBeGreaterThanOrEqual(0.5);
    const compared = link("Small students", "We train small students with and without knowledge distillation from large teachers.", "knowledge distillation");
    expect(compared!.confidence).toBeGreaterThanOrEqual(0.5);
    const both = link("Small students", "We train small students with knowledge distillation. Unlike prior work, no need for additional knowledge distillation stages arises.", "knowledge distillation");
    expect(both!.confidence).toBeGreaterThanOrEqual(0.5);
  });
});
