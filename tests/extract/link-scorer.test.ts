import { describe, it, expect } from "vitest";
import type { ExtractedLink, Paper } from "../../src/domain";
import { extractPaper } from "../../src/extract";
import { FEATURE_COUNT, LINK_FEATURES, RULE_FEATURES } from "../../src/extract/stages/link-features";
import { logisticScorer, SCORED_KINDS, type LinkModel, type LinkScorer } from "../../src/extract/stages/link-scorer";
import { fitLogistic } from "../../scripts/train/logistic-regression";

const PAPER: Paper = {
  id: "p",
  title: "ZorbNet: Sparse Routing for Fast Inference",
  abstract:
    "Mixture-of-experts (MoE) layers scale models cheaply. We propose ZorbNet, a routing network that drops experts early. " +
    "Experiments on the QuuxQA benchmark show that ZorbNet outperforms BlipNet and GlorpMoE on image classification.",
  authors: [],
  keywords: [],
};

/** A model with the given weights for every kind. */
function model(weights: number[]): LinkModel {
  const kinds = {} as LinkModel["kinds"];
  for (const kind of SCORED_KINDS) kinds[kind] = { weights, threshold: 0.5 };
  return { source: "hand-written for a test", features: [...LINK_FEATURES], kinds };
}

/** A deterministic pseudo-random sequence in [-1, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 2 ** 30) - 1;
}

describe("scoreLinks in the pipeline", () => {
  it("keeps the rules' confidence by default, and a scorer returning it changes nothing", () => {
    const rules = extractPaper(PAPER);
    const keep: LinkScorer = { score: (_link, features) => features[1] };
    expect(extractPaper(PAPER, keep)).toEqual(rules);
    expect(extractPaper(PAPER, null)).toEqual(rules);
  });

  it("sets the confidence of typed links only, and leaves their evidence on the surface form", () => {
    const rules = extractPaper(PAPER);
    const scored = extractPaper(PAPER, { score: () => 0.37 });
    expect(scored.links.map((l) => l.name)).toEqual(rules.links.map((l) => l.name));
    scored.links.forEach((link: ExtractedLink, i) => {
      expect(link.confidence).toBe(link.kind === "CONCEPT" ? rules.links[i].confidence : 0.37);
      for (const e of link.evidence) expect([link.name, ...link.aliases]).toContain(e.text.slice(e.start, e.end));
    });
  });
});

describe("logisticScorer", () => {
  it("gives 0.5 at zero log-odds and a rounded probability otherwise", () => {
    const link = extractPaper(PAPER).links.find((l) => l.kind === "METHOD")!;
    const features = new Float64Array(FEATURE_COUNT);
    features[0] = 1;
    expect(logisticScorer(model(new Array(FEATURE_COUNT).fill(0))).score(link, features)).toBe(0.5);
    const w = new Array(FEATURE_COUNT).fill(0);
    w[0] = Math.log(3);
    expect(logisticScorer(model(w)).score(link, features)).toBe(0.75);
  });

  it("never lowers a link's confidence when the rules' confidence rises (non-negative rule weights)", () => {
    const next = random(7);
    const link = extractPaper(PAPER).links.find((l) => l.kind === "TASK")!;
    for (let trial = 0; trial < 50; trial++) {
      const w = Array.from({ length: FEATURE_COUNT }, () => 2 * next());
      for (const i of RULE_FEATURES) w[i] = Math.abs(w[i]);
      const scorer = logisticScorer(model(w));
      const features = Float64Array.from({ length: FEATURE_COUNT }, (_, i) => (i === 0 ? 1 : next() > 0 ? 1 : 0));
      let previous = -1;
      for (let c = 0; c <= 1.0001; c += 0.05) {
        features[1] = c;
        features[2] = c >= 0.5 ? 1 : 0;
        const score = scorer.score(link, features);
        expect(score).toBeGreaterThanOrEqual(previous);
        previous = score;
      }
    }
  });
});

describe("fitLogistic (scripts/train)", () => {
  it("learns the sign of an informative feature and holds a constrained weight at zero", () => {
    const next = random(11);
    const x: Float64Array[] = [];
    const y: number[] = [];
    for (let i = 0; i < 400; i++) {
      const a = next() > 0 ? 1 : 0;
      const b = next() > 0 ? 1 : 0;
      x.push(Float64Array.from([1, a, b]));
      // a predicts the label; b predicts its opposite, but its weight must stay non-negative.
      y.push(next() < (a ? 0.6 : -0.6) + (b ? -0.2 : 0.2) ? 1 : 0);
    }
    const w = fitLogistic(x, y, { l2: 1, nonNegative: [2] });
    expect(w[1]).toBeGreaterThan(1);
    expect(w[2]).toBe(0);
    const free = fitLogistic(x, y, { l2: 1 });
    expect(free[2]).toBeLessThan(0);
  });
});
