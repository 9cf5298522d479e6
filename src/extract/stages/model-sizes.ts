// A known model with its size written after it: "BERT-large", "GPT-3 Small", "T5-base". The size names the model
// the paper ran, so the mention is the whole variant, as sure as the vocabulary's model.
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import type { Token } from "./tokens";
import { isNameShaped } from "./names";
import { normOf } from "./tokens";

/** Size words, as normalised token forms. */
const SIZE = new Set(["tiny", "mini", "small", "base", "medium", "large", "huge", "giant", "xl", "xxl"]);
/** A model's name carries a capital or a digit ("BERT", "GPT-3"); a technique's ("attention") does not. */
const MODEL_NAME = /[\p{Lu}\p{N}]/u;
/** A parameter count written as a word of its own: "7B", "1.3B", "350M". */
const PARAMETER_COUNT = /^\d+(?:\.\d+)?[BM]$/;
/** A release version written as a word of its own: "1.5", "3.1". */
const VERSION = /^\d+\.\d+$/;
/** What follows a number that is a measure, not a version: "BERT 1.5 points", "by 2.1%". */
const UNIT_AFTER = /^\s*(?:%|x\b|×|points?\b|pp\b|percent|times\b|dB\b|[A-Z]{2,})/;

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
    // Sizes and versions start with a digit: most tokens are followed by none.
    const next = i + 1 < tokens.length ? tokens[i + 1].text.charCodeAt(0) : 0;
    // A model's name ends in a capital or a digit ("Llama 2", "Stable Diffusion", "Llama-3.1"), or is capitalised.
    const numberNext = next >= 0x30 && next <= 0x39 && hasCapitalOrDigit(t.text);
    // Two tokens: "GPT-3 Small", "GPT-3 small".
    if (i + 1 < tokens.length && SIZE.has(tokens[i + 1].norm) && tokens[i + 1].start === t.end + 1 && knownModel(t.norm, t.text, lexicon)) end = tokens[i + 1].end;
    // One token, hyphen-joined: "BERT-large".
    else if (t.text.indexOf("-") > 0) {
      const space = t.norm.lastIndexOf(" ");
      if (space > 0 && SIZE.has(t.norm.slice(space + 1)) && knownModel(t.norm.slice(0, space), t.text, lexicon)) end = t.end;
    }
    // "Stable Diffusion 1.5", "Llama 3.1 8B": a known model, then its version (and size) after a space.
    if (end < 0 && numberNext && VERSION.test(tokens[i + 1].text) && tokens[i + 1].start === t.end + 1 && !UNIT_AFTER.test(text.slice(tokens[i + 1].end, tokens[i + 1].end + 12))) {
      const from = modelBefore(tokens, i, lexicon, true);
      if (from >= 0) {
        const size = tokens[i + 2];
        const to = size && PARAMETER_COUNT.test(size.text) && size.start === tokens[i + 1].end + 1 ? size.end : tokens[i + 1].end;
        found.push({ sentence, start: tokens[from].start, end: to, surface: text.slice(tokens[from].start, to), kind: "METHOD", relation: "USES", confidence: 0.75, source: "vocabulary" });
        i += to === tokens[i + 1].end ? 1 : 2;
        continue;
      }
    }
    // "LLaMA 2 7B", "Llama-3.1 70B": a model's name, then its parameter count after a space.
    if (end < 0 && numberNext && PARAMETER_COUNT.test(tokens[i + 1].text) && tokens[i + 1].start === t.end + 1) {
      const from = modelBefore(tokens, i, lexicon);
      if (from >= 0) {
        found.push({ sentence, start: tokens[from].start, end: tokens[i + 1].end, surface: text.slice(tokens[from].start, tokens[i + 1].end), kind: "METHOD", relation: "USES", confidence: 0.75, source: "vocabulary" });
        continue;
      }
    }
    if (end < 0) continue;
    found.push({ sentence, start: t.start, end, surface: text.slice(t.start, end), kind: "METHOD", relation: "USES", confidence: 0.8, source: "vocabulary" });
  }
  const releases = RELEASE_IN_TEXT.test(text);
  if (found.length > 0 || releases) found.push(...coordinatedVariants(sentence, text, tokens, found, lexicon, releases));
  return found;
}

/** A hyphen-joined release suffix: "LLaMA-V1" is LLaMA's first version. */
const RELEASE_SUFFIX = /^(\p{Lu}[\p{L}\p{N}]*-)([Vv]\d+)$/u;
const RELEASE_IN_TEXT = /\p{L}-[Vv]\d/u;
/** The suffix of a release written after a slash, a comma or "and": "/V2", ", 13B", " and 405B". */
const NEXT_CONJUNCT = /^(?:\s*\/\s*|\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/;

/** Whether two suffixes are written alike: two parameter counts, two versions, or two "V" numbers. */
function sameShape(a: string, b: string): boolean {
  return (PARAMETER_COUNT.test(a) && PARAMETER_COUNT.test(b)) || (VERSION.test(a) && VERSION.test(b)) || (/^[Vv]\d+$/.test(a) && /^[Vv]\d+$/.test(b));
}

/**
 * "Llama-3.1 70B and 405B", "Stable Diffusion 1.5/2.1", "LLaMA-V1/V2": a model's name written once before coordinated
 * sizes or versions names each of them. The later conjunct has no span of its own, so (as with coordinated modifiers
 * sharing a head) its evidence is the whole coordination, from the model's name to the suffix.
 */
function coordinatedVariants(sentence: number, text: string, tokens: Token[], sized: Mention[], lexicon: Lexicon, releases: boolean): Mention[] {
  const out: Mention[] = [];
  const heads: { start: number; base: string; suffix: string; last: number; confidence: number }[] = [];
  for (const m of sized) {
    const last = tokens.findIndex((t) => t.end === m.end);
    if (last < 0) continue;
    const suffix = tokens[last].text;
    if (!PARAMETER_COUNT.test(suffix) && !VERSION.test(suffix)) continue;
    heads.push({ start: m.start, base: text.slice(m.start, tokens[last].start), suffix, last, confidence: m.confidence });
  }
  if (releases) tokens.forEach((t, i) => {
    const release = t.text.match(RELEASE_SUFFIX);
    if (release && knownModel(normOf(release[1].slice(0, -1)), release[1], lexicon)) heads.push({ start: t.start, base: release[1], suffix: release[2], last: i, confidence: 0.75 });
  });
  for (const head of heads) {
    for (let k = head.last + 1; k < tokens.length; k++) {
      let gap = text.slice(tokens[k - 1].end, tokens[k].start);
      // "70B and 405B": the conjunction is a token of its own.
      if (/^(?:and|or)$/.test(tokens[k].text) && k + 1 < tokens.length && /^\s*,?\s*$/.test(gap)) {
        k++;
        gap = text.slice(tokens[k - 2].end, tokens[k].start);
      }
      if (!NEXT_CONJUNCT.test(gap) || !sameShape(head.suffix, tokens[k].text) || UNIT_AFTER.test(text.slice(tokens[k].end, tokens[k].end + 12))) break;
      const end = tokens[k].end;
      out.push({ sentence, start: head.start, end, surface: text.slice(head.start, end), kind: "METHOD", relation: "USES", name: `${head.base}${tokens[k].text}`, confidence: head.confidence, source: "vocabulary", coordinated: true });
    }
  }
  return out;
}

/** The first token of a model name ending at token i: a known model of up to three words ("LLaMA 2"), or one
 * name-shaped word ("Llama-3.1"); -1 when there is none. */
function modelBefore(tokens: Token[], i: number, lexicon: Lexicon, knownOnly = false): number {
  let norm = tokens[i].norm;
  let written = tokens[i].text;
  let best = -1;
  for (let k = i; k >= 0 && i - k < 3; k--) {
    if (k < i) {
      if (tokens[k].end + 1 !== tokens[k + 1].start) break;
      norm = `${tokens[k].norm} ${norm}`;
      written = `${tokens[k].text} ${written}`;
    }
    if (knownModel(norm, written, lexicon)) best = k;
  }
  if (best >= 0 || knownOnly) return best;
  const entry = lexicon.entries.get(tokens[i].norm);
  return isNameShaped(tokens[i].text, lexicon) && (!entry || entry.kind === "METHOD") ? i : -1;
}

/** Whether an ASCII capital or digit occurs in the word (a model's name carries one), by character codes. */
function hasCapitalOrDigit(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  }
  return false;
}
