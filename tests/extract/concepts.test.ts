// Key concepts on text written for the test: technical phrases only, ranked by salience, at most a handful.
import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/domain";
import { extractPaper } from "../../src/extract";
import { MAX_CONCEPTS, scoreConcept } from "../../src/extract/stages/concepts";

const paper = (title: string, abstract: string): Paper => ({ id: "c", title, abstract, authors: [], keywords: [], source: "test" });
const concepts = (p: Paper) => extractPaper(p).links.filter((l) => l.kind === "CONCEPT");

describe("key concepts", () => {
  it("rejects evaluative modifiers and phrases made only of vague words", () => {
    expect(scoreConcept("significant benefits", 3, false).score).toBeUndefined();
    expect(scoreConcept("dangerous process", 1, false).score).toBeUndefined();
    expect(scoreConcept("future research", 2, false).score).toBeUndefined();
    expect(scoreConcept("real-world domains", 2, true).score).toBeUndefined();
    expect(scoreConcept("Smith et al", 2, false).score).toBeUndefined();
    expect(scoreConcept("spectral graph wavelets", 1, false).score).toBeGreaterThan(0);
    expect(scoreConcept("image formation process", 2, false).score).toBeGreaterThan(0);
  });

  it("ranks recurring and title phrases above phrases used once", () => {
    const once = scoreConcept("spectral graph wavelets", 1, false).score!;
    const recurring = scoreConcept("spectral graph wavelets", 3, false).score!;
    const titled = scoreConcept("spectral graph wavelets", 1, true).score!;
    expect(recurring).toBeGreaterThan(once);
    expect(titled).toBeGreaterThan(once);
  });

  it("keeps a few technical phrases with exact evidence, and drops clauses the tagger read as noun phrases", () => {
    const p = paper(
      "Wavelet Lattices for Tidal Flow Fields",
      "Tidal flow fields are hard to simulate at coastal scale. We introduce wavelet lattices that compress tidal flow fields into sparse coefficient grids. " +
        "This yields significant benefits in safety and cost for many real-world domains. The lattice gains superior quality on coarse meshes, " +
        "and sparse coefficient grids make the solver fast. We will release open-source access to all code to foster future research in this area.",
    );
    const found = concepts(p);
    const names = found.map((c) => c.name.toLowerCase());
    expect(found.length).toBeLessThanOrEqual(MAX_CONCEPTS);
    expect(names).toContain("sparse coefficient grids");
    for (const bad of ["significant benefits", "real-world domains", "gains superior quality", "open-source access", "future research"]) expect(names).not.toContain(bad);
    for (const c of found) for (const e of c.evidence) expect([c.name, ...c.aliases]).toContain(e.text.slice(e.start, e.end));
    const grids = found.find((c) => c.name.toLowerCase() === "sparse coefficient grids")!;
    const others = found.filter((c) => c !== grids && c.evidence.length === 1 && !c.evidence.some((e) => e.sentence === 0));
    for (const o of others) expect(grids.confidence).toBeGreaterThan(o.confidence);
  });

  it("gives no concept when nothing qualifies", () => {
    expect(concepts(paper("A Note", "This offers significant benefits for future research in many real-world domains."))).toEqual([]);
  });
});
