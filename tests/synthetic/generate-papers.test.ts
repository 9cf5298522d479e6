// The corpus generator: the same seed gives the same papers, and the corpus it yields has the field's skew.
import { describe, expect, it } from "vitest";
import { extractPapers } from "../../src/extract/pipeline";
import { GraphStore } from "../../src/graph";
import { generatePapers, ZipfSampler, Random, syllableWord, acronymOf } from "../../src/synthetic";
import { readKnownNames } from "../../src/cli/commands/generate";

const known = readKnownNames();

describe("generatePapers", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const a = [...generatePapers({ papers: 50, seed: 3, known })];
    const b = [...generatePapers({ papers: 50, seed: 3, known })];
    const c = [...generatePapers({ papers: 50, seed: 4, known })];
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(c.map((p) => p.abstract)).not.toEqual(a.map((p) => p.abstract));
  });

  it("gives unique ids and titles (the builder merges papers with the same title)", () => {
    const papers = [...generatePapers({ papers: 5000, seed: 1, known })];
    expect(new Set(papers.map((p) => p.id)).size).toBe(5000);
    expect(new Set(papers.map((p) => p.title.toLowerCase())).size).toBe(5000);
  });

  it("writes what the field writes: a proposal, acronym definitions, a comparison, code URLs", () => {
    const papers = [...generatePapers({ papers: 300, seed: 1, known })];
    const share = (re: RegExp) => papers.filter((p) => re.test(p.abstract)).length / papers.length;
    expect(share(/we propose [A-Z]\w+, an? /)).toBe(1);
    expect(share(/\b[a-z][a-z -]+ \([A-Z]{2,}\)/)).toBeGreaterThan(0.2);
    expect(share(/ outperforms /)).toBeGreaterThan(0.9);
    expect(share(/https:\/\/github\.com\//)).toBeGreaterThan(0.2);
    expect(share(/https:\/\/github\.com\//)).toBeLessThan(0.5);
  });

  it("yields a skewed graph: a few entities in many papers, most in one or two", () => {
    const store = GraphStore.fromResults(extractPapers([...generatePapers({ papers: 600, seed: 2, known })]));
    const counts = store.entityKeys().map((k) => store.entity(k)!.paperCount);
    const median = counts[Math.floor(counts.length / 2)];
    expect(counts[0]).toBeGreaterThan(60);
    expect(counts[0]).toBeGreaterThan(20 * median);
    expect(counts.filter((c) => c === 1).length / counts.length).toBeGreaterThan(0.5);
    const perPaper = store.graph.size / store.stats().papers;
    expect(perPaper).toBeGreaterThan(6);
    expect(perPaper).toBeLessThan(25);
  });
});

describe("generator parts", () => {
  it("draws Zipf ranks: rank 0 about twice as often as rank 1 at exponent 1", () => {
    const zipf = new ZipfSampler(1000, 1);
    const random = new Random(9);
    const hits = new Array<number>(1000).fill(0);
    for (let i = 0; i < 50_000; i++) hits[zipf.sample(random)]++;
    expect(hits[0] / hits[1]).toBeGreaterThan(1.7);
    expect(hits[0] / hits[1]).toBeLessThan(2.3);
    expect(hits[0]).toBeGreaterThan(hits[999] * 100);
  });

  it("invents distinct words per index and acronyms from long forms", () => {
    const words = Array.from({ length: 5000 }, (_, i) => syllableWord(i, 1));
    expect(new Set(words).size).toBe(5000);
    expect(acronymOf("hierarchical token routing")).toBe("HTR");
    expect(acronymOf("mixture of experts")).toBe("ME");
  });
});
