// The confidence below which a link is kept in the graph but left out of default views (API lists, extract output).
import type { EdgeType } from "./kinds";

/** Typed links (methods, datasets, tasks) with a lower confidence are queryable but not shown by default. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/**
 * The default threshold of a relation. Concepts (MENTIONS) are a paper's key phrases, already limited to the
 * few most salient per paper; their confidence ranks them rather than deciding whether they are entities.
 */
export function defaultMinConfidence(relation: EdgeType): number {
  return relation === "MENTIONS" ? 0 : DEFAULT_MIN_CONFIDENCE;
}
