// Recognises model and dataset names never seen before by their shape: CamelCase, acronyms, names with versions.
import type { Lexicon } from "./lexicon";

/** Numbers with a unit ("70B", "3D", "1024x1024"), roman numerals and single letters are not names. */
const NOT_A_NAME = /^(?:\d+(?:\.\d+)?[A-Za-z]{0,2}|[IVX]+|[A-Z]|\d+[x×]\d+|[A-Z]\d?|\d+(?:st|nd|rd|th))$/;

/**
 * A name-shaped token: starts with a capital or digit and has a second capital ("GraNet", "BERT", "RDG-GS") or a
 * capitalised word with a version number ("Llama-3.1", "GPT-2", "T5").
 */
export function isNameShaped(token: string, lexicon: Lexicon): boolean {
  if (token.length < 2 || NOT_A_NAME.test(token) || lexicon.nonEntityTokens.has(token)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(token)) return false;
  const bare = token.replace(/s$/, "");
  if (lexicon.nonEntityTokens.has(bare)) return false;
  // Title-case compounds ("Dense-to-Sparse") have a capital per part; a name needs two inside one part or all caps.
  const parts = token.split(/[-.]/).filter(Boolean);
  if (parts.some((p) => (p.match(/\p{Lu}/gu) ?? []).length >= 2)) return true;
  if (parts.length > 1 && parts.every((p) => /^[\p{Lu}\p{N}]+$/u.test(p)) && /\p{Lu}/u.test(token)) return true;
  return /^\p{Lu}[\p{L}]*[-.]?\d/u.test(token) && /\p{L}{2}/u.test(token);
}

/** CamelCase with lowercase inside ("GraNet", "StableMoE") reads as a coined model name, stronger than an acronym. */
export function isCamelCase(token: string): boolean {
  return /\p{Ll}/u.test(token) && /\p{Lu}.*\p{Lu}/u.test(token) && /\p{Ll}\p{Lu}|\p{Lu}\p{Ll}+\p{Lu}/u.test(token);
}
