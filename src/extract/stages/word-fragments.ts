// A span that begins or ends on a hyphen joined to more of the word cuts a compound: "gradient-" from
// "gradient-based and ...", "-German" from "English-to-German", "sparse-" from "sparse-reward tasks". A name may
// itself end on a hyphen ("DARTS-: Robustly ..."), where no letter follows.
import type { Mention } from "./mention";

const HYPHEN = /[-‐‑–—]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function withoutWordFragments(sentences: string[], mentions: Mention[]): Mention[] {
  return mentions.filter((m) => {
    const text = sentences[m.sentence];
    const cutAfter = HYPHEN.test(m.surface[m.surface.length - 1]) && WORD_CHAR.test(text[m.end] ?? "");
    const cutBefore = HYPHEN.test(m.surface[0]) && WORD_CHAR.test(text[m.start - 1] ?? "");
    return !cutAfter && !cutBefore;
  });
}
