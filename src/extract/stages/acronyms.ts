// Acronym definitions "long form (SF)" and "SF (long form)", after Schwartz & Hearst (2003), "A simple algorithm
// for identifying abbreviation definitions in biomedical text", PSB 2003.

export interface AcronymDefinition {
  sentence: number;
  /** The acronym as written, without a plural "s" ("LLM" for "LLMs"). */
  short: string;
  shortStart: number;
  shortEnd: number;
  long: string;
  longStart: number;
  longEnd: number;
  /** The entity's name when it differs from the long form: a head noun written after the acronym
   * ("Dense-to-Sparse (DS) matching" names "Dense-to-Sparse matching"; see defined-heads.ts). */
  name?: string;
}

const PAREN = /\(([^()]{1,120})\)/g;
const LEADING_STOP = /^(?:(?:the|a|an|our|its|their|this|these|novel|new|proposed|so-called|called|named|dubbed|termed|of|on|in|for|and|or|with|by|to|as|via|from)\s+)+/i;

/** A plausible short form: 2-12 chars, starts alphanumeric, has an uppercase letter, at most 2 words. */
function isShortForm(s: string): boolean {
  return (
    s.length >= 2 &&
    s.length <= 12 &&
    /^[\p{L}\p{N}]/u.test(s) &&
    /\p{Lu}/u.test(s) &&
    s.split(/\s+/).length <= 2 &&
    !/^(?:[IVX]+|[A-Z]\d*|\d+[A-Za-z]?|[A-Z][a-z]+ \d+|Fig.*|Sec.*|Eq.*|Table.*)$/.test(s)
  );
}

/**
 * Schwartz & Hearst's matcher: walk the short form right to left, find each character in the long form right to
 * left; the first character must start a word. Returns the offset in `long` where the long form begins, or -1.
 */
export function matchLongForm(short: string, long: string): number {
  let s = short.length - 1;
  let l = long.length - 1;
  const alnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  while (s >= 0) {
    const c = short[s].toLowerCase();
    if (!alnum(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (long[l].toLowerCase() !== c || (s === 0 && l > 0 && alnum(long[l - 1])))) l--;
    if (l < 0) return -1;
    l--;
    s--;
  }
  return long.lastIndexOf(" ", l) + 1;
}

/**
 * How many of `letters` (lowercase) are, in order, initials of the phrase's words or hyphen parts; a letter with no
 * initial left to match is skipped.
 */
export function initialsInOrder(letters: string, phrase: string): number {
  const initials = phrase.toLowerCase().split(/[\s-]+/).filter(Boolean).map((w) => w[0]);
  let matched = 0;
  let i = 0;
  for (const c of letters) {
    const j = initials.indexOf(c, i);
    if (j >= 0) {
      matched++;
      i = j + 1;
    }
  }
  return matched;
}

/**
 * Fallback when the strict matcher fails on letters taken from inside words ("SNIP" = single-shot network pruning):
 * the shortest word suffix that starts with the acronym's first letter and whose word (and hyphen-part) initials
 * cover, in order, at least 3/4 of the acronym's letters. Returns the offset in `window`, or -1.
 */
function matchInitials(short: string, window: string): number {
  const letters = short.toLowerCase().replace(/[^\p{L}]/gu, "");
  if (letters.length < 2) return -1;
  const wordStarts = [...window.matchAll(/\S+/g)].map((w) => w.index!);
  for (let k = wordStarts.length - 1; k >= 0 && wordStarts.length - k <= letters.length + 1; k--) {
    const candidate = window.slice(wordStarts[k]);
    if (candidate[0].toLowerCase() !== letters[0]) continue;
    if (initialsInOrder(letters, candidate) >= Math.max(2, Math.ceil(0.75 * letters.length))) return wordStarts[k];
  }
  return -1;
}

function singular(sf: string): string {
  return /[A-Z]s$/.test(sf) ? sf.slice(0, -1) : sf;
}

/** Finds definitions in each sentence; both orders are tried, the long form must be longer than the short form. */
export function findAcronymDefinitions(sentences: string[]): AcronymDefinition[] {
  const defs: AcronymDefinition[] = [];
  sentences.forEach((text, sentence) => {
    for (const m of text.matchAll(PAREN)) {
      const open = m.index!;
      const inner = m[1];
      const first = inner.split(/[;,]|\s[-–—]\s/)[0].trim();
      const firstStart = open + 1 + inner.indexOf(first);
      const def = isShortForm(first)
        ? longBefore(text, sentence, open, first, firstStart)
        : shortBefore(text, sentence, open, inner.trim(), open + 1 + inner.indexOf(inner.trim()));
      if (def) defs.push(def);
    }
    // "a Real-Time DEtection TRansformer, or RT-DETR, ...": the long form, then ", or" and the short form.
    if (text.indexOf(", or ") >= 0) {
      for (const m of text.matchAll(OR_SHORT)) {
        const sfStart = m.index! + m[0].length - m[1].length;
        const def = isShortForm(m[1]) && /\p{Lu}.*\p{Lu}/u.test(m[1]) ? longBefore(text, sentence, m.index!, m[1], sfStart) : undefined;
        if (def) defs.push(def);
      }
    }
  });
  return defs;
}

/** ", or SF," / ", or SF." after a long form: the short form, then what follows it. */
const OR_SHORT = /, or ([\p{Lu}][\p{L}\p{N}-]{1,11})(?=([,.;)]|\s[-–—]\s))/gu;

/** "long form (SF)": the window is min(|SF| + 5, 2|SF|) words before the parenthesis. */
function longBefore(text: string, sentence: number, open: number, sfRaw: string, sfStart: number): AcronymDefinition | undefined {
  const short = singular(sfRaw);
  // "reinforcement learning~(RL)": a LaTeX tie before the parenthesis is a space.
  const prefix = text.slice(0, open).replace(/[\s~]+$/, "");
  // A clause boundary ends the window: long forms do not cross commas, colons or other parentheses.
  const clauseStart = Math.max(prefix.lastIndexOf(","), prefix.lastIndexOf(";"), prefix.lastIndexOf(":"), prefix.lastIndexOf("("), prefix.lastIndexOf(")")) + 1;
  const words = prefix.slice(clauseStart).split(/\s+/).filter(Boolean);
  const maxWords = Math.min(short.length + 5, short.length * 2);
  const window = words.slice(-maxWords).join(" ");
  const windowStart = prefix.length - window.length;
  if (prefix.slice(windowStart) !== window) return undefined;
  let at = matchLongForm(short, window);
  if (at < 0) at = matchInitials(short, window);
  if (at < 0) return undefined;
  let long = window.slice(at);
  let longStart = windowStart + at;
  const stop = long.match(LEADING_STOP);
  if (stop) {
    long = long.slice(stop[0].length);
    longStart += stop[0].length;
  }
  if (long.length <= short.length || !/\p{L}/u.test(long) || long.toLowerCase() === short.toLowerCase()) return undefined;
  // The stripped long form must still start with the acronym's first letter.
  if (long[0].toLowerCase() !== short[0].toLowerCase()) return undefined;
  return { sentence, short, shortStart: sfStart, shortEnd: sfStart + short.length, long, longStart, longEnd: longStart + long.length };
}

/** "SF (long form)": the word before the parenthesis is the short form and the parenthesis holds its expansion. */
function shortBefore(text: string, sentence: number, open: number, inner: string, innerStart: number): AcronymDefinition | undefined {
  const before = text.slice(0, open).match(/([\p{L}\p{N}][\p{L}\p{N}-]*)\s*$/u);
  if (!before || !isShortForm(before[1]) || !/\p{Lu}.*\p{Lu}/u.test(before[1])) return undefined;
  const long = inner.replace(LEADING_STOP, "");
  const longStart = innerStart + (inner.length - long.length);
  const short = singular(before[1]);
  // A digit in a coined short form stands for a word ("I2EvDet": Image-to-Event Detection): the letters must match.
  const letters = short.replace(/\d/g, "");
  if (long.split(/\s+/).length < 2 || long.length <= short.length || (matchLongForm(short, long) !== 0 && !(letters.length >= 3 && letters !== short && matchLongForm(letters, long) === 0))) return undefined;
  const shortStart = before.index!;
  return { sentence, short, shortStart, shortEnd: shortStart + short.length, long, longStart, longEnd: longStart + long.length };
}
