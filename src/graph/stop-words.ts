// English function words left out of the full-text index: nearly every abstract has them, so they add a posting per
// paper (memory and build time) and, with BM25, almost nothing to a score.

const STOP_WORDS = new Set([
  "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "has", "have", "in", "into",
  "is", "it", "its", "of", "on", "or", "our", "than", "that", "the", "their", "these", "this", "those", "to", "was",
  "we", "were", "which", "while", "with",
]);

/** Whether a lowercased token is a function word. */
export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term);
}
