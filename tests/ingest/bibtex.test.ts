import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { detectFormat, readCorpusFile } from "../../src/ingest";
import { parseBibtex, plainText } from "../../src/ingest/bibtex";

const FIXTURE = resolve(__dirname, "../fixtures/ingest/sparse-moe.bib");

describe("BibTeX reader", () => {
  const { papers, issues } = parseBibtex(readFileSync(FIXTURE, "utf8"), "sparse-moe.bib");

  it("loads the well-formed entries with clean titles, authors, venue, date and abstract", () => {
    expect(papers.map((p) => p.id)).toEqual(["shazeer2017outrageously", "2106.05974"]);
    const [shazeer, riquelme] = papers;
    expect(shazeer.title).toBe("Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer");
    expect(shazeer.authors).toEqual(["Noam Shazeer", "Azalia Mirhoseini", "Krzysztof Maziarz"]);
    expect(shazeer.venue).toBe("International Conference on Learning Representations (ICLR)");
    expect(shazeer.published).toBe("2017");
    expect(shazeer.abstract).toMatch(/^The capacity of a neural network .* sub-networks\.$/);
    expect(shazeer.abstract).not.toMatch(/\s{2}/);
    expect(shazeer.url).toBe("https://openreview.net/forum?id=B1ckMDqlg");
    expect(shazeer.source).toBe("sparse-moe.bib:3");

    expect(riquelme.title).toBe("Scaling Vision with Sparse Mixture of Experts in Zürich and École");
    expect(riquelme.published).toBe("2021-12");
    expect(riquelme.url).toBe("https://arxiv.org/abs/2106.05974");
    expect(riquelme.keywords).toEqual(["mixture of experts", "vision transformer"]);
    expect(riquelme.abstract).toContain("We present a Vision MoE (V-MoE), evaluated on ImageNet.");
  });

  it("reports the malformed entry with file and line and skips only it", () => {
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "sparse-moe.bib", line: 14 });
    expect(issues[0].message).toMatch(/malformed entry "broken2020"/);
  });

  it("reports an entry without a title or abstract", () => {
    const r = parseBibtex("@misc{a,\n author = {X, Y}\n}\n\n@misc{b,\n title = {Only a Title}\n}\n", "t.bib");
    expect(r.papers.map((p) => p.title)).toEqual(["Only a Title"]);
    expect(r.issues.map((i) => [i.line, i.field])).toEqual([
      [1, "title"],
      [5, "abstract"],
    ]);
  });

  it("turns leftover markup into plain text", () => {
    expect(plainText("A <i>sparse</i> &amp; {Dense}   model")).toBe("A sparse & Dense model");
  });

  it("is detected from content and read through readCorpusFile", () => {
    expect(detectFormat(readFileSync(FIXTURE, "utf8"))).toBe("bibtex");
    expect(readCorpusFile(FIXTURE).papers).toHaveLength(2);
  });
});
