// Guesses a corpus's format from its content, so callers need not name it.
import type { CorpusFormat } from "./types";

/** JSON Lines when the first non-blank line is a JSON object; otherwise the Daily Papers text format. */
export function detectFormat(text: string): CorpusFormat {
  const first = text
    .replace(/^\uFEFF/, "")
    .split("\n")
    .find((l) => l.trim() !== "");
  if (first === undefined) return "daily-papers";
  const line = first.trim();
  if (line.startsWith("{")) {
    // A truncated or broken first line is still JSON Lines in intent: the reader will report it.
    return "jsonl";
  }
  // XML (the arXiv API answers Atom); BibTeX opens with an @entry, possibly after % comment lines.
  if (line.startsWith("<?xml") || line.startsWith("<feed")) return "arxiv-atom";
  const code = text.replace(/^\uFEFF/, "").split("\n").find((l) => l.trim() !== "" && !l.trim().startsWith("%"));
  if (code?.trim().startsWith("@")) return "bibtex";
  return "daily-papers";
}
