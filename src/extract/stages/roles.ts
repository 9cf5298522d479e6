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
