// Builds ExtractionResults from a compact spec, for graph and GraphQL tests with answers known by hand.
import type { EdgeType, ExtractionResult } from "../../src/domain";
import { EDGE_TARGET_KIND } from "../../src/domain";

export interface LinkSpec {
  rel: EdgeType;
  name: string;
  aliases?: string[];
  acronym?: string;
  confidence?: number;
  /** The sentence the mention stands in; the mention is its first occurrence of `surface` (default name). */
  sentence?: string;
  surface?: string;
}

export function result(id: string, title: string, links: LinkSpec[], extra: { abstract?: string; codeUrls?: string[] } = {}): ExtractionResult {
  const abstract = extra.abstract ?? links.map((l) => l.sentence ?? `We study ${l.surface ?? l.name}.`).join(" ");
  const sentences = [title];
  // Each distinct sentence has one index, as in a real extraction (the graph keeps one text per index).
  const indexOf = (text: string) => (sentences.includes(text) ? sentences.indexOf(text) : sentences.push(text) - 1);
  return {
    paper: { id, title, abstract, authors: [], keywords: [] },
    sentences,
    codeUrls: extra.codeUrls ?? [],
    links: links.map((l) => {
      const text = l.sentence ?? `We study ${l.surface ?? l.name}.`;
      const surface = l.surface ?? l.name;
      const start = Math.max(0, text.indexOf(surface));
      return {
        relation: l.rel,
        kind: EDGE_TARGET_KIND[l.rel],
        name: l.name,
        aliases: l.aliases ?? [],
        ...(l.acronym && { acronym: l.acronym }),
        confidence: l.confidence ?? 0.9,
        evidence: [{ paperId: id, sentence: indexOf(text), start, end: start + surface.length, text }],
      };
    }),
  };
}

/** Three small papers: two share mixture-of-experts (one via its acronym only) and ImageNet; SFT means two things. */
export function smallCorpus(): ExtractionResult[] {
  return [
    result("p1", "Routing Experts: a sparse mixture-of-experts for vision", [
      { rel: "PROPOSES", name: "RouteNet" },
      { rel: "USES", name: "mixture-of-experts", acronym: "MoE", aliases: ["MoE"], sentence: "We build on mixture-of-experts (MoE) layers." , surface: "mixture-of-experts" },
      { rel: "EVALUATES_ON", name: "ImageNet" },
      { rel: "USES", name: "supervised fine-tuning", acronym: "SFT", aliases: ["SFT"] },
      { rel: "ADDRESSES", name: "image classification" },
      { rel: "MENTIONS", name: "expert routing", confidence: 0.3 },
    ], { codeUrls: ["https://github.com/example/routenet"] }),
    result("p2", "Scaling MoE language models", [
      { rel: "USES", name: "MoE" },
      { rel: "COMPARES_WITH", name: "Mixtures of Experts", surface: "Mixtures of Experts" },
      { rel: "EVALUATES_ON", name: "ImageNet" },
      { rel: "USES", name: "sparse fine-tuning", acronym: "SFT", aliases: ["SFT"] },
      { rel: "ADDRESSES", name: "language modeling" },
    ]),
    result("p3", "Pruning at initialization", [
      { rel: "USES", name: "SNIP" },
      { rel: "USES", name: "single-shot network pruning", acronym: "SNIP", aliases: ["SNIP"] },
      { rel: "EVALUATES_ON", name: "CIFAR-10" },
      { rel: "ADDRESSES", name: "image classification" },
    ]),
  ];
}
