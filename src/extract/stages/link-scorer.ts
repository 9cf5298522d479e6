// A learned confidence for candidate links: a logistic regression over their features (link-features.ts), one weight
// vector per kind, fitted and cross-validated by scripts/train-link-scorer.ts. The pipeline keeps the rules' confidence
// unless it is given a scorer: cross-validation on the tuning gold sets showed no gain (see the README's extraction notes).
import type { EntityKind, ExtractedLink } from "../../domain";
import type { Lexicon } from "./lexicon";
import { FEATURE_COUNT, linkFeatures, paperContext } from "./link-features";
import type { Mention } from "./mention";

/** Sets a candidate link's confidence from its features (features[1] is the rules' confidence). */
export interface LinkScorer {
  score(link: ExtractedLink, features: Float64Array): number;
}

export const SCORED_KINDS = ["METHOD", "DATASET", "TASK"] as const satisfies readonly EntityKind[];
export type ScoredKind = (typeof SCORED_KINDS)[number];

/** The weights file: what it was trained on and how, the feature list it expects, a weight vector per kind. */
export interface LinkModel {
  source: string;
  features: string[];
  /** Per kind: weights in feature order; the bias (weights[0]) is shifted so that confidence 0.5 is the chosen
   * threshold on the trained probability (`threshold`). */
  kinds: Record<ScoredKind, { weights: number[]; threshold: number }>;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** A logistic scorer over a model's weights; links of other kinds keep their confidence. */
export function logisticScorer(model: LinkModel): LinkScorer {
  const weights = new Map<string, Float64Array>(SCORED_KINDS.map((kind) => [kind, Float64Array.from(model.kinds[kind].weights)]));
  return {
    score(link, features) {
      const w = weights.get(link.kind);
      if (!w) return link.confidence;
      let z = 0;
      for (let i = 0; i < FEATURE_COUNT; i++) z += w[i] * features[i];
      return Math.round(sigmoid(z) * 100) / 100;
    },
  };
}

/** One buffer for every link: a scorer reads the features before the next link's are written. */
const BUFFER = new Float64Array(FEATURE_COUNT);

/** Re-scores a paper's typed links in place; `groups[i]` holds the mentions of `links[i]`. */
export function scoreLinks(links: ExtractedLink[], groups: Mention[][], sentences: string[], lexicon: Lexicon, scorer: LinkScorer): void {
  const context = paperContext(sentences, lexicon, links);
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    if (link.kind === "CONCEPT") continue;
    link.confidence = scorer.score(link, linkFeatures(link, groups[i], context, BUFFER));
  }
}
