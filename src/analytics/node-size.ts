// Display size of a node from its PageRank: area proportional to rank, between MIN and MAX pixels of radius.
import type { AnalyticsSnapshot } from "./compute-analytics";

export const NODE_SIZE_MIN = 2;
export const NODE_SIZE_MAX = 20;

export function nodeSize(snapshot: Pick<AnalyticsSnapshot, "pagerank" | "maxPagerank">, node: string): number {
  const rank = snapshot.pagerank.get(node) ?? 0;
  if (!(snapshot.maxPagerank > 0)) return NODE_SIZE_MIN;
  return forDisplay(NODE_SIZE_MIN + (NODE_SIZE_MAX - NODE_SIZE_MIN) * Math.sqrt(Math.min(1, rank / snapshot.maxPagerank)));
}

/**
 * A size or layout coordinate as drawn: to 1/100 of a unit (layouts span hundreds of units), so payloads carry
 * "447.26" rather than the 16 digits of a widened float32 ("447.2552795410156").
 */
export function forDisplay(value: number): number {
  return Math.round(value * 100) / 100;
}
