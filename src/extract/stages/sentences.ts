// Splits a paper into sentences: the title is sentence 0, the abstract's sentences follow.
import type { Paper } from "../../domain";

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|et al|etc|vs|cf|Fig|Figs|Eq|Eqs|Sec|Tab|No|approx|resp|w\.r\.t|a\.k\.a|incl|Dr|Prof|Mr|Ms|St|Inc|Ltd|al|viz|ca)|\b[A-Z])\.$/;

export interface SentenceSpan {
  text: string;
  /** Offset of the sentence in the abstract (the title's is 0 in the title). */
  offset: number;
}

/**
 * Rule-based splitting at ". ", "! ", "? " followed by an uppercase letter, digit, quote or bracket; periods after
 * known abbreviations, inside numbers or URLs, and inside $...$ LaTeX do not split.
 */
export function splitAbstract(abstract: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const boundary = /[.!?]["')\]]?(?=\s+["'(\[]?[\p{Lu}\p{N}\\$])/gu;
  let start = 0;
  let dollars = 0;
  let lastDollarScan = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(abstract))) {
    const end = m.index + m[0].length;
    for (let i = lastDollarScan; i < m.index; i++) if (abstract[i] === "$" && abstract[i - 1] !== "\\") dollars++;
    lastDollarScan = m.index;
    if (dollars % 2 === 1) continue;
    const before = abstract.slice(Math.max(start, m.index - 12), m.index + 1);
    if (m[0][0] === "." && ABBREVIATIONS.test(before)) continue;
    pushTrimmed(spans, abstract, start, end);
    start = end;
  }
  pushTrimmed(spans, abstract, start, abstract.length);
  return spans;
}

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ text: text.slice(start, end), offset: start });
}

/** The sentence texts of a paper, indexed as Evidence.sentence: [title, ...abstract sentences]. */
export function splitSentences(paper: Paper): string[] {
  return [paper.title.trim(), ...splitAbstract(paper.abstract).map((s) => s.text)];
}
