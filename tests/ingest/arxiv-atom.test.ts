import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { detectFormat, readCorpusFile } from "../../src/ingest";
import { parseArxivAtom, arxivIdFromUrl } from "../../src/ingest/arxiv-atom";

const FIXTURE = resolve(__dirname, "../fixtures/ingest/arxiv-moe.atom.xml");

describe("arXiv Atom reader", () => {
  const { papers, issues } = parseArxivAtom(readFileSync(FIXTURE, "utf8"), "arxiv-moe.atom.xml");

  it("reads every entry with its arXiv id (no version), title and abstract on one line, authors, date and link", () => {
    expect(issues).toEqual([]);
    expect(papers.map((p) => p.id)).toEqual(["2101.03961", "1701.06538", "2106.05974"]);
    const [switchT, outrageous] = papers;
    expect(switchT.title).toBe("Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity");
    expect(switchT.abstract.startsWith("In deep learning, models typically reuse")).toBe(true);
    expect(switchT.abstract).not.toMatch(/\n|\s{2}/);
    expect(switchT.authors).toEqual(["William Fedus", "Barret Zoph", "Noam Shazeer"]);
    expect(switchT.published).toBe("2021-01-11T18:04:49Z");
    expect(switchT.url).toBe("http://arxiv.org/abs/2101.03961v3");
    expect(switchT.venue).toBe("Journal of Machine Learning Research 23 (2022) 1-40");
    expect(switchT.keywords).toEqual(["cs.LG", "cs.AI"]);
    expect(switchT.source).toBe("arxiv-moe.atom.xml:10");
    expect(outrageous.abstract).toContain("feed-forward sub-networks & a trainable gating network.");
  });

  it("reports an entry without a title with its line, and XML that is not well-formed", () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><id>http://arxiv.org/abs/1.1v1</id><summary>x</summary></entry>\n<entry><title>Kept</title></entry>\n</feed>`;
    const r = parseArxivAtom(xml, "f.xml");
    expect(r.papers.map((p) => p.title)).toEqual(["Kept"]);
    expect(r.issues.map((i) => [i.line, i.field])).toEqual([[2, "title"], [3, "summary"]]);
    const broken = parseArxivAtom(`<feed>\n<entry><title>Open`, "g.xml");
    expect(broken.papers).toEqual([]);
    expect(broken.issues[0].message).toMatch(/not well-formed XML/);
  });

  it("strips the version from arXiv ids, old-style ones included", () => {
    expect(arxivIdFromUrl("http://arxiv.org/abs/hep-th/9901001v2")).toBe("hep-th/9901001");
    expect(arxivIdFromUrl("https://arxiv.org/abs/2101.03961")).toBe("2101.03961");
  });

  it("is detected from content and read through readCorpusFile", () => {
    expect(detectFormat(readFileSync(FIXTURE, "utf8"))).toBe("arxiv-atom");
    expect(readCorpusFile(FIXTURE).papers).toHaveLength(3);
  });
});
