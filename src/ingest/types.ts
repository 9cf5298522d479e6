// Shared shapes of the ingest layer: the corpus formats it reads and what a reader returns.
import type { Paper } from "../domain";

/** Source formats a reader exists for; add a member here and a reader in read-corpus.ts (the Record there enforces it). */
export type CorpusFormat = "daily-papers" | "jsonl" | "arxiv-atom" | "bibtex";

/** A record that could not be loaded (or a warning about one), located so a person can fix the source. */
export interface IngestIssue {
  file: string;
  /** 1-based line number in the source file. */
  line: number;
  /** The offending field, when the problem is one field of a record. */
  field?: string;
  message: string;
}

export interface IngestResult {
  papers: Paper[];
  issues: IngestIssue[];
}
