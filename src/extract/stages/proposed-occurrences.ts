// Every later occurrence of a proposed name is more evidence for it ("EvoMoE starts from ...").
import type { Mention } from "./mention";

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** indexOf with word boundaries: plain string search is far cheaper than a unicode regex per name. */
function occurrences(text: string, surface: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    const before = text[at - 1];
    const after = text[at + surface.length];
    if (before !== undefined && (WORD_CHAR.test(before) || before === "-")) continue;
    if (after !== undefined && (WORD_CHAR.test(after) || (after === "-" && WORD_CHAR.test(text[at + surface.length + 1] ?? "")))) continue;
    found.push(at);
  }
  return found;
}

export function findProposedOccurrences(sentences: string[], proposals: Mention[]): Mention[] {
  const out: Mention[] = [];
  const surfaces = new Map<string, Mention>();
  for (const p of proposals) if (p.surface.length >= 2 && !surfaces.has(p.surface)) surfaces.set(p.surface, p);
  for (const [surface, p] of surfaces) {
    sentences.forEach((text, sentence) => {
      for (const at of occurrences(text, surface)) {
        if (sentence === p.sentence && at === p.start) continue;
        out.push({ ...p, sentence, start: at, end: at + surface.length, confidence: p.confidence - 0.05 });
      }
    });
  }
  return out;
}
