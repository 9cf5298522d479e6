// A known model with its size written after it: "BERT-large", "GPT-3 Small", "T5-base". The size names the model
// the paper ran, so the mention is the whole variant, as sure as the vocabulary's model.
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import type { Token } from "./tokens";

/** Size words, as normalised token forms. */
const SIZE = new Set(["tiny", "mini", "small", "base", "medium", "large", "huge", "giant", "xl", "xxl"]);
/** A model's name carries a capital or a digit ("BERT", "GPT-3"); a technique's ("attention") does not. */
const MODEL_NAME = /[\p{Lu}\p{N}]/u;

/** Whether the model part is a known model written as a name ("made small" is no MADE). */
function knownModel(norm: string, written: string, lexicon: Lexicon): boolean {
  const entry = lexicon.entries.get(norm);
  return entry !== undefined && entry.kind === "METHOD" && MODEL_NAME.test(entry.canonical) && MODEL_NAME.test(written);
}

export function findModelSizes(sentence: number, text: string, tokens: Token[], lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let end = -1;
    // Two tokens: "GPT-3 Small", "GPT-3 small".
    if (i + 1 < tokens.length && SIZE.has(tokens[i + 1].norm) && tokens[i + 1].start === t.end + 1 && knownModel(t.norm, t.text, lexicon)) end = tokens[i + 1].end;
    // One token, hyphen-joined: "BERT-large".
    else if (t.text.indexOf("-") > 0) {
      const space = t.norm.lastIndexOf(" ");
      if (space > 0 && SIZE.has(t.norm.slice(space + 1)) && knownModel(t.norm.slice(0, space), t.text, lexicon)) end = t.end;
    }
    if (end < 0) continue;
    found.push({ sentence, start: t.start, end, surface: text.slice(t.start, end), kind: "METHOD", relation: "USES", confidence: 0.8, source: "vocabulary" });
  }
  return found;
}
