import { describe, it, expect } from "vitest";
import type { ExtractedLink, Paper } from "../../src/domain";
import { normalizeName } from "../../src/domain";
import { extractPaper } from "../../src/extract";
import { FEATURE_COUNT, LINK_FEATURES, RULE_FEATURES } from "../../src/extract/stages/link-features";
import type { LinkScorer } from "../../src/extract/stages/link-scorer";

const PAPER: Paper = {
  id: "p",
  title: "ZorbNet: Sparse Routing for Fast Inference",
  abstract:
    "Efficient inference is a central problem. We propose ZorbNet, a routing network that drops experts early. " +
    "Experiments on the QuuxQA benchmark show that ZorbNet outperforms BlipNet and GlorpMoE. " +
    "We also apply knowledge distillation to ResNet-50 for image classification.",
  authors: [],
  keywords: [],
};

/** The features each typed link had when scored, recorded by a scorer that keeps the rules' confidence. */
function record(paper: Paper): { links: ExtractedLink[]; features: Map<ExtractedLink, Float64Array> } {
  const features = new Map<ExtractedLink, Float64Array>();
  const recorder: LinkScorer = {
    score(link, f) {
      features.set(link, Float64Array.from(f));
      return link.confidence;
    },
  };
  return { links: extractPaper(paper, recorder).links, features };
}

function feature(f: Float64Array, name: (typeof LINK_FEATURES)[number]): number {
  return f[LINK_FEATURES.indexOf(name)];
}

describe("linkFeatures", () => {
  const { links, features } = record(PAPER);
  const of = (name: string): Float64Array => {
    const link = links.find((l) => [l.name, ...l.aliases].some((n) => normalizeName(n) === normalizeName(name)));
    expect(link, name).toBeDefined();
    return features.get(link!)!;
  };

  it("has one name per feature, the bias first and the rule confidence among the monotone ones", () => {
    expect(new Set(LINK_FEATURES).size).toBe(FEATURE_COUNT);
    expect(LINK_FEATURES[0]).toBe("bias");
    expect(RULE_FEATURES.map((i) => LINK_FEATURES[i])).toEqual(["rule confidence", "rule shows it", "top rule score of its kind"]);
  });

  it("is computed once for every typed link and never for key concepts", () => {
    for (const link of links) expect(features.has(link)).toBe(link.kind !== "CONCEPT");
    for (const f of features.values()) {
      expect(f).toHaveLength(FEATURE_COUNT);
      expect(feature(f, "bias")).toBe(1);
      expect([...f].every(Number.isFinite)).toBe(true);
    }
  });

  it("carries the rules' confidence and whether the rules show the link", () => {
    for (const [link, f] of features) {
      expect(feature(f, "rule confidence")).toBe(link.confidence);
      expect(feature(f, "rule shows it")).toBe(link.confidence >= 0.5 ? 1 : 0);
    }
  });

  it("reads the paper's own name: proposed, in the title and the abstract, a capital inside a word", () => {
    const f = of("ZorbNet");
    expect(feature(f, "proposes")).toBe(1);
    expect(feature(f, "in title")).toBe(1);
    expect(feature(f, "title only")).toBe(0);
    expect(feature(f, "inner capital")).toBe(1);
    expect(feature(f, "one word")).toBe(1);
    expect(feature(f, "proposal sentence")).toBe(1);
    expect(feature(f, "spans (log)")).toBeCloseTo(Math.log1p(3));
    expect(feature(f, "title case")).toBe(1);
  });

  it("sets the link against the paper's other candidates of its kind", () => {
    const methods = links.filter((l) => l.kind === "METHOD");
    const shownOthers = (link: ExtractedLink): number => methods.filter((l) => l !== link && l.confidence >= 0.5).length;
    for (const link of methods) {
      const f = features.get(link)!;
      expect(feature(f, "others of its kind shown (log)")).toBeCloseTo(Math.log1p(shownOthers(link)));
      expect(feature(f, "top rule score of its kind")).toBe(methods.every((l) => l.confidence <= link.confidence) ? 1 : 0);
      expect(feature(f, "mention share of its kind")).toBeCloseTo(link.evidence.length / Math.max(...methods.map((l) => l.evidence.length)));
    }
    expect(feature(of("ZorbNet"), "mention share of its kind")).toBe(1);
  });

  it("reads a baseline after a comparison cue and a dataset before its noun", () => {
    const baseline = of("BlipNet");
    expect(feature(baseline, "compares")).toBe(1);
    expect(feature(baseline, "after comparison cue")).toBe(1);
    expect(feature(baseline, "in title")).toBe(0);
    const dataset = of("QuuxQA");
    expect(feature(dataset, "dataset noun after")).toBe(1);
    expect(feature(dataset, "result sentence")).toBe(1);
  });

  it("reads vocabulary membership, the head word and a usage cue", () => {
    const distillation = of("knowledge distillation");
    expect(feature(distillation, "vocabulary same kind")).toBe(1);
    expect(feature(distillation, "method head")).toBe(1);
    expect(feature(distillation, "two words")).toBe(1);
    expect(feature(distillation, "all lowercase")).toBe(1);
    expect(feature(distillation, "after usage cue")).toBe(1);
    expect(feature(distillation, "in last sentence")).toBe(1);
    const task = of("image classification");
    expect(feature(task, "task head")).toBe(1);
    expect(feature(of("ResNet-50"), "digit")).toBe(1);
    expect(feature(of("ResNet-50"), "hyphen")).toBe(1);
  });
});
