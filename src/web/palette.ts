// Display colours decided by the page: community hues, dimmed items and edges (kind colours come from the server).

/** Tableau 20, the palette the server's exports use for communities (largest communities first). */
const COMMUNITY_COLORS: readonly string[] = [
  "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
  "#a0cbe8", "#ffbe7d", "#ff9d9a", "#86bcb6", "#8cd17d", "#f1ce63", "#d4a6c8", "#fabfd2", "#d7b5a6", "#79706e",
];

export const NO_COMMUNITY_COLOR = "#cccccc";
export const DIMMED_NODE_COLOR = "#e3e6eb";
export const EDGE_COLOR = "#c5cad3";
export const DIMMED_EDGE_COLOR = "#f0f1f4";
export const FOCUS_EDGE_COLOR = "#5b6472";
export const PATH_EDGE_COLOR = "#d62728";

export function communityColor(community: number | null): string {
  if (community === null || community < 0) return NO_COMMUNITY_COLOR;
  return COMMUNITY_COLORS[community % COMMUNITY_COLORS.length];
}

/** A colour mixed with white: `amount` 0 keeps it, 1 gives white. For nodes out of focus that keep their hue. */
export function fade(color: string, amount: number): string {
  const match = /^#([0-9a-f]{6})$/i.exec(color);
  if (!match) return DIMMED_NODE_COLOR;
  const n = parseInt(match[1], 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  return `rgb(${mix(n >> 16)}, ${mix((n >> 8) & 255)}, ${mix(n & 255)})`;
}
