// What a paper says it does without is neither used nor addressed: "improves results without any hyperparameter
// tuning", "no need for retraining", "w/o fine-tuning" (not "with and without X", which compares). Such mentions keep
// their evidence below the default view.
import type { Mention } from "./mention";

const NEGATED_BEFORE =
  /\b(?:(?<!\bwith (?:and|or) )without|w\/o|no need (?:for|of)|no longer (?:needs?|requires?)|(?:does|do) not (?:need|require))\s+(?:(?:any|the|an?|additional|extra|further|explicit|costly|expensive|manual|careful|task-specific|separate)\s+){0,2}$/i;
/** A link whose every mention is negated stays below the default view, whatever its sources (resolve-links.ts). */
export const NEGATED_CAP = 0.4;

/** Marks method and task mentions right after a negation; proposals and datasets are left as they are. */
export function markNegated(sentences: string[], mentions: Mention[]): Mention[] {
  for (const m of mentions) {
    if ((m.kind !== "METHOD" && m.kind !== "TASK") || m.relation === "PROPOSES" || m.topic) continue;
    const before = sentences[m.sentence].slice(Math.max(0, m.start - 50), m.start);
    if (NEGATED_BEFORE.test(before)) m.negated = true;
  }
  return mentions;
}
