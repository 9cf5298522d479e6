// A paper as read from a source, validated, before any extraction.

export interface Paper {
  /** Stable id: the source's id when it gives one, else a slug of the normalised title. */
  id: string;
  title: string;
  abstract: string;
  url?: string;
  authors: string[];
  /** ISO 8601 date (YYYY-MM-DD or a full timestamp). */
  published?: string;
  keywords: string[];
  venue?: string;
  /** Where the record came from: "file:line" or a source name; for messages, not identity. */
  source?: string;
}
