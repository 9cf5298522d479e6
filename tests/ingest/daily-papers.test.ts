import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDailyPapers } from "../../src/ingest";

describe("parseDailyPapers", () => {
  const text = readFileSync(join(__dirname, "../fixtures/ingest/daily.txt"), "utf8");

  it("skips an unknown header and pairs titles with abstracts", () => {
    const r = parseDailyPapers(text, "daily.txt");
    expect(r.issues).toEqual([]);
    expect(r.papers.map((p) => p.title)).toEqual(["ZetaPrune: Pruning Networks Quickly", "A Second Paper Title"]);
    expect(r.papers[0].id).toBe("zetaprune-pruning-network-quickly");
    expect(r.papers[0].source).toBe("daily.txt:9");
    expect(r.papers[1].abstract).toMatch(/^This abstract spans two lines/);
  });

  it("handles CRLF line ends", () => {
    expect(parseDailyPapers(text.replace(/\n/g, "\r\n"), "d").papers).toHaveLength(2);
  });

  it("reports stray paragraphs after the first paper", () => {
    const r = parseDailyPapers(text + "\nFooter\n\nAnother footer\n", "daily.txt");
    expect(r.papers).toHaveLength(2);
    expect(r.issues.map((i) => i.line)).toEqual([18, 20]);
  });

  it("reads the seed corpus: 135 papers, no issues", () => {
    const seed = readFileSync(join(__dirname, "../../data/corpus/daily-papers-sparse.txt"), "utf8");
    const r = parseDailyPapers(seed, "seed");
    expect(r.papers).toHaveLength(135);
    expect(r.issues).toEqual([]);
    expect(new Set(r.papers.map((p) => p.id)).size).toBe(135);
  });
});
