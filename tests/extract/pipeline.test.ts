import { describe, it, expect } from "vitest";
import type { ExtractedLink, Paper } from "../../src/domain";
import { normalizeName } from "../../src/domain";
import { extractPaper } from "../../src/extract";

function paper(title: string, abstract: string, id = "p"): Paper {
  return { id, title, abstract, authors: [], keywords: [] };
}

function find(links: ExtractedLink[], name: string): ExtractedLink | undefined {
  const key = normalizeName(name);
  return links.find((l) => [l.name, ...l.aliases].some((n) => normalizeName(n) === key));
}

const FOO = paper(
  "FooNet: Sparse Routing for Fast Inference",
  "Mixture-of-experts (MoE) layers scale models cheaply. We propose a novel routing scheme, named ZetaPrune, " +
    "that drops experts early. Experiments on the QuuxQA benchmark and the BarSet dataset show that FooNet " +
    "outperforms BlipNet, Switch Layer and GlorpMoE. We also apply knowledge distillation to ResNet-50 on ImageNet " +
    "for image classification. Our MoE code is at https://github.com/example/foonet.",
);

describe("extractPaper", () => {
  const result = extractPaper(FOO);
  const links = result.links;

  it("indexes the title as sentence 0", () => {
    expect(result.sentences[0]).toBe(FOO.title);
    expect(result.sentences).toHaveLength(6);
  });

  it("finds the paper's own named methods", () => {
    expect(find(links, "FooNet")?.relation).toBe("PROPOSES");
    expect(find(links, "ZetaPrune")?.relation).toBe("PROPOSES");
  });

  it("types unseen datasets from their context", () => {
    expect(find(links, "QuuxQA")).toMatchObject({ kind: "DATASET", relation: "EVALUATES_ON" });
    expect(find(links, "BarSet")).toMatchObject({ kind: "DATASET" });
    expect(find(links, "ImageNet")).toMatchObject({ kind: "DATASET" });
  });

  it("reads baselines from comparison lists", () => {
    for (const name of ["BlipNet", "Switch Layer", "GlorpMoE"]) expect(find(links, name)?.relation).toBe("COMPARES_WITH");
  });

  it("uses vocabulary methods and tasks", () => {
    expect(find(links, "knowledge distillation")?.relation).toBe("USES");
    expect(find(links, "ResNet-50")?.kind).toBe("METHOD");
    expect(find(links, "image classification")?.relation).toBe("ADDRESSES");
  });

  it("names a defined acronym by its long form and attaches later bare uses", () => {
    const moe = find(links, "MoE")!;
    expect(moe).toMatchObject({ name: "Mixture-of-experts", acronym: "MoE", kind: "METHOD" });
    expect(moe.aliases).toContain("MoE");
    expect(new Set(moe.evidence.map((e) => e.sentence))).toEqual(new Set([1, 5]));
  });

  it("never makes entities of generic words", () => {
    for (const generic of ["method", "model", "framework", "approach", "scheme"]) expect(find(links, generic)).toBeUndefined();
  });

  it("keeps code URLs without trailing punctuation", () => {
    expect(result.codeUrls).toEqual(["https://github.com/example/foonet"]);
  });

  it("gives every link evidence pointing at its surface form, and a confidence in 0..1", () => {
    for (const l of links) {
      expect(l.evidence.length).toBeGreaterThan(0);
      expect(l.confidence).toBeGreaterThan(0);
      expect(l.confidence).toBeLessThanOrEqual(1);
      for (const e of l.evidence) {
        expect(e.text).toBe(result.sentences[e.sentence]);
        expect([l.name, ...l.aliases]).toContain(e.text.slice(e.start, e.end));
      }
    }
  });

  it("keeps two expansions of one acronym apart by reporting the long form", () => {
    const a = extractPaper(paper("T", "We study supervised fine-tuning (SFT) of language models at scale for many tasks.", "a"));
    const b = extractPaper(paper("T", "We study sparse fine-tuning (SFT) of language models at scale for many tasks.", "b"));
    const sa = find(a.links, "SFT")!;
    const sb = find(b.links, "SFT")!;
    expect(sa.acronym).toBe("SFT");
    expect(sb.acronym).toBe("SFT");
    expect(normalizeName(sa.name)).not.toBe(normalizeName(sb.name));
  });

  it("marks a released dataset as INTRODUCES", () => {
    const r = extractPaper(paper("T", "We present WidgetBench, a large-scale benchmark of widget images. We propose WidgetNet, a model for it."));
    expect(find(r.links, "WidgetBench")).toMatchObject({ kind: "DATASET", relation: "INTRODUCES" });
    expect(find(r.links, "WidgetNet")?.relation).toBe("PROPOSES");
  });

  it("survives LaTeX, unicode and empty abstracts", () => {
    expect(() => extractPaper(paper("Ünïcode $\\ell_1$ title", "We bound $\\|x\\|_2 \\le \\epsilon$. Ça marche — 雅 (ABC) ((( ]]."))).not.toThrow();
    expect(extractPaper(paper("Only a title", "")).sentences).toEqual(["Only a title"]);
  });
});
