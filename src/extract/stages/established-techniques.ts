// Established techniques named by a lowercase phrase that the sentence marks as a known one: "the ellipsoid method",
// "the common random dithering technique" (a definite article before a technique noun), and "strong branching, a
// human-designed heuristic" (an apposition that calls the phrase a method).
import type { Lexicon } from "./lexicon";
import { isGenericPhrase } from "./lexicon";
import type { Mention } from "./mention";
import { LEADING_STOPWORDS } from "./heads";
import { includesAny } from "./word-equals";
import { comparisonCue } from "./roles";
import type { TaggedToken } from "./tagger";
import { normOf } from "./tokens";

/** "the (common) X method": up to three lowercase words between the article and the technique noun. */
const THE_TECHNIQUE = /\bthe\s+(?:(?:common|classic|classical|standard|well-known|popular|celebrated|traditional|conventional|famous|widely[- ]used)\s+)?((?:[a-z][a-z0-9-]*\s+){0,2}[a-z][a-z0-9-]*)\s+(method|technique|algorithm|heuristic|trick)\b/g;
/** "X, a human-designed heuristic": an apposition calling the phrase before the comma a technique. */
const CALLED_TECHNIQUE = /,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:heuristic|method|technique|algorithm)\b/g;
/** The phrase ending right before that comma: up to three lowercase words (anchored at the end of a short slice). */
const PHRASE_BEFORE = /(?<![\p{L}\p{N}-])((?:[a-z][a-z0-9-]*\s+){0,2}[a-z][a-z0-9-]*)$/u;
const TECHNIQUE_NOUNS = ["method", "techni", "algorithm", "heuristic", "trick"];
const ESTABLISHED_NOUNS = ["approach", "framework", "paradigm", "tool", "strateg", "practice"];
/** Words that place, order or point rather than name: "the same method", "the resulting algorithm". */
const NOT_NAMING = /^(?:same|above|resulting|following|former|latter|baseline|base|original|learning|training|optimization|optimisation|overall|entire|whole|second|third|two|naive|vanilla|best|final|inner|outer|whole|aforementioned|underlying|corresponding|classical|reference|search|inference|sampling|solution|update|gradient|main|core|full|present|suggested|given|chosen|selected|designed|developed|introduced)$/;
const POINTING = /^(?:existing|previous|prior|proposed|novel|new|such|other|several|many|most|some|any|all|each|every|both|first|same|current|recent)$/;
/** Function words that end a phrase read backwards from a comma: "approximation of strong branching". */
const FUNCTION_WORD = /^(?:of|for|to|in|on|by|with|from|as|at|into|than|and|or|the|a|an|is|are|was|were|be|that|which|this|these|its|their|our|we)$/;
/** Endings of words that grade rather than name: "optimal", "heuristic", "exhaustive", "general-purpose", "latest". */
const ADJECTIVE_ENDING = /(?:al|ive|ous|ic|ful|ible|able|ary|ent|ant|est|purpose|only|wrong)$/;
/** Nominal endings of a technique's own name: "random dithering", "randomized rounding", "gradient clipping". */
const TECHNIQUE_NOMINAL = /(?:ing|tion|sion|ment)$/;

/** Whether the words at [start, start + surface) can name a technique: no placing word, no participle, a singular noun
 * (or a gerund) last and no adverb, determiner or number inside ("the optimal method", "feature vectors" name none). */
function isNameable(start: number, surface: string, tokens: TaggedToken[], lexicon: Lexicon, modifier = false, apposed = false): boolean {
  const words = surface.split(/\s+/);
  // Set off by an apposition the phrase is a name whatever its first word ("strong branching, a heuristic"), unless it
  // points or counts ("existing", "other").
  const pointing = apposed ? POINTING.test(words[0]) : LEADING_STOPWORDS.has(words[0]);
  if (words.length === 0 || pointing || words.some((w) => NOT_NAMING.test(w) || FUNCTION_WORD.test(w))) return false;
  // "the proposed method", "the improved algorithm": a participle describes the paper's own.
  if (words.some((w, k) => /ed$/.test(w) && (modifier || !/(?<!v)i[sz]ed$/.test(w) || k === words.length - 1))) return false;
  const inside = tokens.filter((t) => t.start >= start && t.end <= start + surface.length && t.text !== "-");
  const last = inside[inside.length - 1];
  if (!last || inside.some((t) => t.pos === "ADV" || t.pos === "DET" || t.pos === "NUM" || t.pos === "PRON")) return false;
  if (/[^siu]s$/.test(last.text)) return false;
  // Before the technique noun the last word modifies it ("ellipsoid", read as an adjective), but an adjective by its
  // ending grades it ("optimal", "heuristic", "general-purpose"); otherwise it must be the technique's noun.
  const named = last.pos === "NOUN" || /ing$/.test(last.text) || (modifier && last.pos === "ADJ");
  if (modifier && ADJECTIVE_ENDING.test(words[words.length - 1])) return false;
  if (!named) return false;
  return !isGenericPhrase(normOf(surface), lexicon);
}

/** "X is a common approach for ...": the sentence's subject, called an established technique. */
const IS_ESTABLISHED = /^\s*(?:is|are|has been|have been|remains|remain)\s+(?:a|an|the)\s+(?:(?:common|popular|standard|widely[- ]used|well-known|well-established|classic|classical|prevalent|dominant|de facto|leading|mainstream|conventional|traditional)\s+)+(?:approach|method|technique|algorithm|framework|paradigm|tool|strategy|practice)(?:es|s)?\b/i;

/** The subject opening the sentence when the verb after it calls it an established technique: up to five words. */
function establishedSubject(text: string, tokens: TaggedToken[]): { start: number; surface: string } | undefined {
  const verb = tokens.findIndex((t) => /^(?:is|are|has|have|remains?)$/i.test(t.text));
  if (verb < 1 || verb > 6 || !IS_ESTABLISHED.test(text.slice(tokens[verb].start - 1))) return undefined;
  const subject = tokens.slice(0, verb);
  const last = subject[subject.length - 1];
  if (!subject.every((t) => t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN" || t.text === "-" || /ing$/.test(t.text)) || (last.pos === "ADJ" && !/ing$/.test(last.text))) return undefined;
  const surface = text.slice(subject[0].start, subject[subject.length - 1].end);
  return /\s|-/.test(surface) ? { start: subject[0].start, surface } : undefined;
}

export function findEstablishedTechniques(sentence: number, text: string, tokens: TaggedToken[], lexicon: Lexicon): Mention[] {
  // Most sentences name no technique noun: one cheap test spares them the patterns.
  if (sentence === 0) return [];
  const technique = includesAny(text, TECHNIQUE_NOUNS);
  if (!technique && !includesAny(text, ESTABLISHED_NOUNS)) return [];
  const found: Mention[] = [];
  let comparison: number | undefined;
  const push = (start: number, surface: string, name: string): void => {
    if (lexicon.entries.has(normOf(name)) || /\b(?:our|we|propose\w*|novel|new)\b/i.test(text.slice(Math.max(0, start - 12), start))) return;
    comparison ??= comparisonCue(text)?.index ?? Infinity;
    found.push({ sentence, start, end: start + surface.length, surface, name, kind: "METHOD", relation: start > comparison ? "COMPARES_WITH" : "USES", confidence: 0.6, source: "pattern" });
  };
  // "Post-hoc calibration is a common approach for ...": named as the paper's subject, lowercased as a name.
  const subject = establishedSubject(text, tokens);
  if (subject) {
    const name = subject.surface.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
    if (isNameable(subject.start, name, tokens, lexicon) || lexicon.entries.has(normOf(name))) push(subject.start, subject.surface, name);
  }
  if (!technique) return found;
  for (const m of text.matchAll(THE_TECHNIQUE)) {
    const words = m[1].split(/\s+/);
    const start = m.index! + m[0].lastIndexOf(m[1], m[0].length - m[2].length - 1);
    // "the ellipsoid method" is named with its noun; "the random dithering technique" is random dithering, a single
    // nominal ("the fusion method") too vague to name one. "the X method of Y" is a longer name.
    const own = TECHNIQUE_NOMINAL.test(words[words.length - 1]);
    if ((own && words.length < 2) || lexicon.entries.has(normOf(m[1])) || /^\s+of\b/.test(text.slice(m.index! + m[0].length)) || !isNameable(start, m[1], tokens, lexicon, !own)) continue;
    const surface = own ? m[1] : `${m[1]} ${m[2]}`;
    push(start, surface, surface);
  }
  for (const c of text.matchAll(CALLED_TECHNIQUE)) {
    const m = text.slice(Math.max(0, c.index! - 60), c.index!).match(PHRASE_BEFORE);
    // A phrase reaching the slice's start may begin inside a word cut off there.
    if (!m || (m.index === 0 && c.index! > 60)) continue;
    m.index = c.index! - m[0].length;
    let words = m[1].split(/\s+/);
    const cut = words.map((w) => FUNCTION_WORD.test(w)).lastIndexOf(true);
    words = words.slice(cut + 1);
    // "imitate weak branching, a heuristic": a verb before the phrase is no part of it.
    const end = m.index! + m[1].length;
    while (words.length > 0 && tokens.some((t) => t.end <= end && t.start === end - words.join(" ").length && t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "PROPN")) words = words.slice(1);
    const surface = words.join(" ");
    const start = end - surface.length;
    if (words.length < 2 || !TECHNIQUE_NOMINAL.test(words[words.length - 1]) || !isNameable(start, surface, tokens, lexicon, false, true)) continue;
    push(start, surface, surface);
  }
  return found;
}
