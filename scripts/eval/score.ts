// Precision, recall and F1 over papers: micro-averaged counts of matched, predicted and gold entities.
import { matchEntities, type MatchMode, type NamedEntity } from "./match";

export interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** What one paper got wrong for one kind: predictions with no gold partner, gold entities nobody predicted. */
export interface PaperErrors {
  falsePositives: NamedEntity[];
  falseNegatives: NamedEntity[];
}

export function emptyCounts(): Counts {
  return { truePositives: 0, predicted: 0, gold: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    truePositives: a.truePositives + b.truePositives,
    predicted: a.predicted + b.predicted,
    gold: a.gold + b.gold,
  };
}

/** Scores from counts; an empty denominator gives 0 (nothing predicted earns no precision). */
export function toScores(c: Counts): Scores {
  const precision = c.predicted === 0 ? 0 : c.truePositives / c.predicted;
  const recall = c.gold === 0 ? 0 : c.truePositives / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Compares one paper's predictions with its gold entities for one kind. */
export function scorePaper(
  predicted: NamedEntity[],
  gold: NamedEntity[],
  mode: MatchMode,
): { counts: Counts; errors: PaperErrors } {
  const pairs = matchEntities(predicted, gold, mode);
  const matchedPredicted = new Set(pairs.map((p) => p.predicted));
  const matchedGold = new Set(pairs.map((p) => p.gold));
  return {
    counts: { truePositives: pairs.length, predicted: predicted.length, gold: gold.length },
    errors: {
      falsePositives: predicted.filter((_, i) => !matchedPredicted.has(i)),
      falseNegatives: gold.filter((_, j) => !matchedGold.has(j)),
    },
  };
}
