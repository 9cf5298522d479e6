// Spans cut out of the text where no name ends: on a hyphen joined to more of the word ("gradient-" from
// "gradient-based and ...", "-German" from "English-to-German", "sparse-" from "sparse-reward tasks"; a name may
// itself end on a hyphen, "DARTS-: Robustly ...", where no letter follows), or on a word that needs what follows
// it ("regression using", "Run Away From").
import type { Mention } from "./mention";

const HYPHEN = /[-‐‑–—]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const OPEN_ENDED = /\s(?:using|with|without|for|of|via|by|on|in|into|to|from|at|as|and|or|the|a|an|than|towards?|across|within|between)$/i;

export function withoutWordFragments(sentences: string[], mentions: Mention[]): Mention[] {
  return mentions.filter((m) => {
    const text = sentences[m.sentence];
    const cutAfter = HYPHEN.test(m.surface[m.surface.length - 1]) && WORD_CHAR.test(text[m.end] ?? "");
    const cutBefore = HYPHEN.test(m.surface[0]) && WORD_CHAR.test(text[m.start - 1] ?? "");
    return !cutAfter && !cutBefore && !OPEN_ENDED.test(m.surface);
  });
}
