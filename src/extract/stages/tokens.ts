// Word tokens with offsets, kept whole across inner hyphens, dots and digits ("ResNet-50", "Llama-3.1", "C++").
import { normalizeName } from "../../domain";

export interface Token {
  text: string;
  start: number;
  end: number;
  /** normalizeName(text), memoised: the key used for vocabulary lookups. */
  norm: string;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&]|[-.](?=[\p{L}\p{N}]))*(?:\+\+|\+)?/gu;
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
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    // A possessive is not part of the name: "PRIME's effectiveness" (the test /.['’]s$/ by character codes).
    const whole = m[0];
    const n = whole.length;
    const apostrophe = n >= 3 ? whole.charCodeAt(n - 2) : 0;
    const word = whole.charCodeAt(n - 1) === 0x73 && (apostrophe === 0x27 || apostrophe === 0x2019) ? whole.slice(0, -2) : whole;
    tokens.push({ text: word, start: m.index, end: m.index + word.length, norm: normOf(word) });
  }
  return tokens;
}
