// Colours shared by GraphQL payloads and exports: one per node kind, and a categorical palette for communities.
import type { NodeKind } from "../domain";

/** Tableau 10 hues, one per kind, readable on light and dark backgrounds. */
export const KIND_COLORS: Readonly<Record<NodeKind, string>> = {
  PAPER: "#4e79a7",
  METHOD: "#f28e2b",
  DATASET: "#59a14f",
  TASK: "#e15759",
  CONCEPT: "#b07aa1",
};

/** Tableau 20: communities beyond 20 reuse colours (the largest communities come first, so they stay distinct). */
export const COMMUNITY_COLORS: readonly string[] = [
  "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
  "#a0cbe8", "#ffbe7d", "#ff9d9a", "#86bcb6", "#8cd17d", "#f1ce63", "#d4a6c8", "#fabfd2", "#d7b5a6", "#79706e",
];

/** For nodes with no community. */
export const NO_COMMUNITY_COLOR = "#cccccc";

export function kindColor(kind: NodeKind): string {
  return KIND_COLORS[kind];
}

export function communityColor(community: number | undefined): string {
  if (community === undefined || !Number.isInteger(community) || community < 0) return NO_COMMUNITY_COLOR;
  return COMMUNITY_COLORS[community % COMMUNITY_COLORS.length];
}
