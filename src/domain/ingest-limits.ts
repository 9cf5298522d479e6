// Limits on what one addPapers call may send: each breach is a BAD_USER_INPUT naming the limit (configured in src/config.ts).

export interface IngestLimits {
  /** Most papers in one addPapers call (the whole call is refused above it). */
  maxBatchSize: number;
  /** Longest title in characters (that paper is rejected above it). */
  maxTitleChars: number;
  /** Longest abstract in characters (that paper is rejected above it). */
  maxAbstractChars: number;
  /** Most bytes of paper data (UTF-8, all fields) in one call (the whole call is refused above it). */
  maxBatchBytes: number;
}

/** Generous for real abstracts (arXiv caps them at 1,920 characters) while bounding one call's extraction time. */
export const DEFAULT_INGEST_LIMITS: IngestLimits = {
  maxBatchSize: 100,
  maxTitleChars: 500,
  maxAbstractChars: 10_000,
  maxBatchBytes: 900_000,
};
