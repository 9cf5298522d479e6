// A title in capitals says nothing by case: its words are names only where case still tells. Invented text only.
import { describe, expect, it } from "vitest";
import { normalizeName, type ExtractedLink, type Paper } from "../../src/domain";
import { extractPaper } from "../../src/extract";

const paper = (title: string, abstract: string): Paper => ({ id: "c", title, abstract, authors: [], keywords: [], source: "test" });
const names = (title: string, abstract: string): string[] =>
  extractPaper(paper(title, abstract)).links.filter((l: ExtractedLink) => l.kind !== "CONCEPT").map((l) => normalizeName(l.name));

describe("titles in capitals", () => {
  it("ordinary words of a capitals title are not names", () => {
    const found = names("SCALABLE ROUTING OF SPARSE EXPERTS", "We route tokens to sparse experts with a learned gate. Routing scales to many experts.");
    for (const word of ["scalable", "routing", "of", "sparse", "experts"]) expect(found).not.toContain(word);
  });

  it("the name before the colon, a word the abstract writes in capitals, and vocabulary matches stay", () => {
    const found = names("GATEWISE: ROUTING WITH BERT FOR QUOKKA", "We present GATEWISE, a router for QUOKKA tables, and compare it with a BERT baseline.");
    expect(found).toContain(normalizeName("GATEWISE"));
    expect(found).toContain(normalizeName("BERT"));
  });

  it("in a title-case title, a plain word before 'Datasets' or 'Benchmark' is no dataset name unless the abstract writes it so", () => {
    const plain = extractPaper(paper("Routing Experts with Offline Datasets", "We route experts using offline datasets of logged traffic.")).links;
    expect(plain.some((l) => l.kind === "DATASET" && l.name === "Offline")).toBe(false);
    const named = extractPaper(paper("Routing Experts on the Quokka Benchmark", "We route experts and report results on Quokka, a new routing benchmark.")).links;
    expect(named.some((l) => l.kind === "DATASET" && l.name === "Quokka")).toBe(true);
  });

  it("a title with lower case is read as before", () => {
    const found = names("Gatewise: Routing with QUOKKA", "We route tokens.");
    expect(found).toContain(normalizeName("Gatewise"));
  });
});
