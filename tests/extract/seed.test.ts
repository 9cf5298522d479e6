import { describe, it, expect } from "vitest";
import { join } from "node:path";
import { normalizeName } from "../../src/domain";
import { readCorpusFile } from "../../src/ingest";
import { extractPapers } from "../../src/extract";

const seed = readCorpusFile(join(__dirname, "../../data/corpus/daily-papers-sparse.txt"));
const results = extractPapers(seed.papers);
const names = (l: { name: string; aliases: string[] }) => [l.name, ...l.aliases].map(normalizeName);

describe("extraction over the seed corpus", () => {
  it("gives every link evidence whose span is the entity's surface form", () => {
    for (const r of results) {
      for (const l of r.links) {
        expect(l.evidence.length).toBeGreaterThan(0);
        for (const e of l.evidence) {
          expect(e.text).toBe(r.sentences[e.sentence]);
          expect([l.name, ...l.aliases]).toContain(e.text.slice(e.start, e.end));
        }
      }
    }
  });

  it("finds GraNet, LTH, SNIP, ImageNet and the GitHub URL in the GraNet paper", () => {
    const r = results.find((x) => x.paper.title === "Sparse Training via Boosting Pruning Plasticity with Neuroregeneration")!;
    const proposes = r.links.filter((l) => l.relation === "PROPOSES");
    expect(proposes.some((l) => names(l).includes("granet"))).toBe(true);
    const methods = r.links.filter((l) => l.relation === "USES" || l.relation === "COMPARES_WITH");
    const lth = methods.find((l) => names(l).includes(normalizeName("lottery ticket hypothesis")));
    expect(lth?.aliases).toContain("LTH");
    expect(methods.some((l) => names(l).includes("snip") && names(l).includes(normalizeName("single-shot network pruning")))).toBe(true);
    expect(r.links.some((l) => l.kind === "DATASET" && l.name === "ImageNet")).toBe(true);
    expect(r.codeUrls.some((u) => u.startsWith("https://github.com/"))).toBe(true);
  });

  it("finds a mixture-of-experts method with alias MoE in at least 4 papers", () => {
    const papers = results.filter((r) =>
      r.links.some((l) => l.kind === "METHOD" && names(l).includes("moe") && names(l).includes(normalizeName("mixture of experts"))),
    );
    expect(papers.length).toBeGreaterThanOrEqual(4);
  });
});
