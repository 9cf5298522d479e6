// Evidence: the sentence that supports an extracted item, and where in it the item's surface form stands.

export interface Evidence {
  paperId: string;
  /** 0-based index of the sentence in the paper's text (title is sentence 0, then the abstract's sentences). */
  sentence: number;
  /** Character offsets of the surface form inside `text`: text.slice(start, end) is the mention. */
  start: number;
  end: number;
  /** The whole sentence. */
  text: string;
}
