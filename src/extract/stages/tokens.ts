// Word tokens with offsets, kept whole across inner hyphens, dots and digits ("ResNet-50", "Llama-3.1", "C++").
import { normalizeName } from "../../domain";

export interface Token {
  text: string;
  start: number;
  end: number;
  /** normalizeName(text), memoised: the key used for vocabulary lookups. */
  norm: string;
}

/** The token grammar, read by tokenize() character by character: /[\p{L}\p{N}](?:[\p{L}\p{N}'’&]|[-.^](?=[\p{L}\p{N}]))*(?:\+\+|\+)?/gu. */
export const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&]|[-.^](?=[\p{L}\p{N}]))*(?:\+\+|\+)?/gu;
const NORM_CACHE = new Map<string, string>();

export function normOf(text: string): string {
  let n = NORM_CACHE.get(text);
  if (n === undefined) {
    n = normalizeName(text);
    if (NORM_CACHE.size > 200_000) NORM_CACHE.clear();
    NORM_CACHE.set(text, n);
  }
  return n;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // A token starts at a letter or digit (a whole code point, as the /u regex reads it).
    const first = wordCharLength(text, i);
    if (first === 0) {
      i += codePointLength(text, i);
      continue;
    }
    const start = i;
    i += first;
    // Greedy (?:[\p{L}\p{N}'’&]|[-.](?=[\p{L}\p{N}]))*: the two branches start with different characters, so the
    // longest run is the match.
    for (;;) {
      const w = wordCharLength(text, i);
      if (w > 0) {
        i += w;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === 0x27 || c === 0x2019 || c === 0x26) i++;
      // "-", "." and a superscript caret ("GUI-G^2") join the word parts around them.
      else if ((c === 0x2d || c === 0x2e || c === 0x5e) && wordCharLength(text, i + 1) > 0) i++;
      else break;
    }
    // (?:\+\+|\+)?
    if (text.charCodeAt(i) === 0x2b) i += text.charCodeAt(i + 1) === 0x2b ? 2 : 1;
    const whole = text.slice(start, i);
    // A possessive is not part of the name: "PRIME's effectiveness" (the test /.['’]s$/ by character codes).
    const len = whole.length;
    const apostrophe = len >= 3 ? whole.charCodeAt(len - 2) : 0;
    const word = whole.charCodeAt(len - 1) === 0x73 && (apostrophe === 0x27 || apostrophe === 0x2019) ? whole.slice(0, -2) : whole;
    tokens.push({ text: word, start, end: start + word.length, norm: normOf(word) });
  }
  return tokens;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Length in code units of the letter or digit at `at` (1, or 2 for a surrogate pair), 0 when there is none. */
function wordCharLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const cp = text.codePointAt(at)!;
  const size = cp > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(at, at + size)) ? size : 0;
}

/** 2 at a surrogate pair, else 1: the /u regex steps over whole code points. */
function codePointLength(text: string, at: number): number {
  return text.codePointAt(at)! > 0xffff ? 2 : 1;
}
