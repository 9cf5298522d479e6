// Default relation of an entity kind, and the cue words that turn a method into a baseline.
import type { EdgeType, EntityKind } from "../../domain";
import { UnreachableCaseError } from "../../domain";

export function relationFor(kind: EntityKind): EdgeType {
  switch (kind) {
    case "METHOD":
      return "USES";
    case "DATASET":
      return "EVALUATES_ON";
    case "TASK":
      return "ADDRESSES";
    case "CONCEPT":
      return "MENTIONS";
    default:
      throw new UnreachableCaseError(kind);
  }
}

/** Comparison cues: a method named after one of these in its sentence is a baseline. */
export const COMPARISON_CUE =
  /\b(?:outperform\w*|surpass\w*|beat|beats|exceed\w*|compared (?:to|with|against)|comparison (?:to|with|against)|compare\w* (?:to|with|against)|better than|superior to|over (?:existing|previous|prior|strong|state-of-the-art|sota)|baselines?|competitors?|relative to)\b/i;

/**
 * COMPARISON_CUE.exec(sentence), remembered for the sentences of the paper being read: the contribution, pattern and
 * link stages all ask for the same sentences, and the cue's long alternation is tried at every character.
 */
export function comparisonCue(sentence: string): RegExpExecArray | null {
  let cue = CUE_BY_SENTENCE.get(sentence);
  if (cue === undefined) {
    cue = COMPARISON_CUE.exec(sentence);
    if (CUE_BY_SENTENCE.size >= 512) CUE_BY_SENTENCE.clear();
    CUE_BY_SENTENCE.set(sentence, cue);
  }
  return cue;
}
const CUE_BY_SENTENCE = new Map<string, RegExpExecArray | null>();
