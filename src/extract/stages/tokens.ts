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
  for (const m of text.matchAll(TOKEN)) {
    // A possessive is not part of the name: "PRIME's effectiveness".
    const word = /.['’]s$/.test(m[0]) ? m[0].slice(0, -2) : m[0];
    tokens.push({ text: word, start: m.index!, end: m.index! + word.length, norm: normOf(word) });
  }
  return tokens;
}
