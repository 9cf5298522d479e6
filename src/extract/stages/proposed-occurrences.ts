// Every later occurrence of a proposed name is more evidence for it ("EvoMoE starts from ...").
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import { LEADING_STOPWORDS } from "./heads";
import { isNameShaped } from "./names";
import { normOf } from "./tokens";

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

/** A name with a proposed name as one of its hyphen parts: "DEIM-D-FINE-L", "Eurus-2-7B-PRIME", "ONEBench-LLM". */
const HYPHENATED = /[\p{L}\p{N}]+(?:[-.^][\p{L}\p{N}]+)+/gu;

/**
 * Released variants of a proposed name ("Foo-7B", "Bar-Foo") are proposed too, unless the other parts are plain
 * lowercase words ("Foo-based", "Foo-style": adjectives, not names).
 */
function findVariants(sentences: string[], proposals: Mention[], lexicon: Lexicon): Mention[] {
  const single = new Map<string, Mention>();
  for (const p of proposals) if (/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(p.surface) && p.surface.length >= 3) single.set(p.surface, p);
  if (single.size === 0) return [];
  const out: Mention[] = [];
  const names = [...single.keys()];
  sentences.forEach((text, sentence) => {
    // A variant holds a proposed name beside a hyphen: most sentences hold none, and skip the pattern.
    if (!names.some((name) => text.includes(`${name}-`) || text.includes(`-${name}`))) return;
    for (const m of text.matchAll(HYPHENATED)) {
      const word = m[0];
      if (single.has(word) || !isNameShaped(word, lexicon)) continue;
      const owner = [...single.keys()].find((s) => word.startsWith(`${s}-`) || word.endsWith(`-${s}`) || word.includes(`-${s}-`));
      if (!owner) continue;
      const p = single.get(owner)!;
      out.push({ ...p, sentence, start: m.index!, end: m.index! + word.length, surface: word, name: undefined, acronym: undefined, confidence: 0.8 });
    }
  });
  return out;
}

/**
 * "Moirai-MoE" in a paper saying "For instance, Moirai pursues ...": the capitalised first part of a proposed
 * hyphenated name, standing alone inside a sentence, is the model the paper builds on.
 */
function findBases(sentences: string[], proposals: Mention[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  for (const p of proposals) {
    const base = p.surface.match(/^(\p{Lu}\p{Ll}{2,})-\S/u)?.[1];
    if (!base || seen.has(base) || lexicon.entries.has(normOf(base)) || lexicon.nonEntityTokens.has(base) || LEADING_STOPWORDS.has(base.toLowerCase()) || lexicon.descriptiveModifiers.has(normOf(base))) continue;
    seen.add(base);
    sentences.forEach((text, sentence) => {
      if (sentence === 0) return;
      for (const at of occurrences(text, base)) {
        // Not where every word is capitalised: the sentence start or after a colon.
        // Nor inside a Title Case phrase ("Sparse Iso-FLOP Transformations").
        if (at === 0 || /[.:;!?]\s*$/.test(text.slice(0, at)) || /^\s+\p{Lu}/u.test(text.slice(at + base.length, at + base.length + 3))) continue;
        out.push({ sentence, start: at, end: at + base.length, surface: base, kind: "METHOD", relation: "USES", confidence: 0.6, source: "name" });
      }
    });
  }
  return out;
}

export function findProposedOccurrences(sentences: string[], proposals: Mention[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [...findVariants(sentences, proposals, lexicon), ...findBases(sentences, proposals, lexicon)];
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
