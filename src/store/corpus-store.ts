// The corpus store's contract: the durable source of truth the graph is derived from (a file log now, a database later).
import type { Paper } from "../domain";

/** One accepted change, in the order it was made. Replaying every record over a base corpus gives the current corpus. */
export type CorpusRecord =
  | { op: "append"; batchId: string; at: string; papers: Paper[] }
  /** A tombstone: removes papers by id, and by normalised title (the same identity rule appends use). */
  | { op: "remove"; batchId: string; at: string; ids: string[]; titles: string[] };

export interface AppendReceipt {
  batchId: string;
  /** Papers written in this batch. */
  count: number;
  /** Bytes the record took in the log. */
  bytes: number;
}

export interface RemoveReceipt {
  batchId: string;
  ids: string[];
}

/** A problem found while opening the store: a torn or corrupt record and everything after it, dropped. */
export interface StoreIssue {
  /** Byte offset of the first unreadable record. */
  offset: number;
  /** Bytes dropped from there to the end of the log. */
  droppedBytes: number;
  reason: string;
  /** Where the dropped bytes were saved for inspection, if anywhere. */
  savedTo?: string;
}

export interface CompactReport {
  recordsBefore: number;
  recordsAfter: number;
  bytesBefore: number;
  bytesAfter: number;
}

/**
 * Kept small on purpose so that a database-backed store can replace the file log: append and remove are
 * acknowledged only once durable; scan replays the accepted records in order.
 */
export interface CorpusStore {
  /** Where the store lives, for messages ("var/corpus.log"). */
  readonly location: string;
  /** Issues found when the store was opened (an empty list when the log was intact). */
  readonly issues: readonly StoreIssue[];
  append(papers: Paper[], options?: { batchId?: string }): Promise<AppendReceipt>;
  remove(ids: string[], options?: { titles?: string[]; batchId?: string }): Promise<RemoveReceipt>;
  scan(): AsyncIterable<CorpusRecord>;
  compact(): Promise<CompactReport>;
  close(): Promise<void>;
}
