// Recognises model and dataset names never seen before by their shape: CamelCase, acronyms, names with versions.
import type { Lexicon } from "./lexicon";

/** Numbers with a unit ("70B", "3D", "1024x1024"), roman numerals and single letters are not names. */
const NOT_A_NAME = /^(?:\d+(?:\.\d+)?[A-Za-z]{0,2}|[IVX]+|[A-Z]|\d+[x×]\d+|[A-Z]\d?|\d+(?:st|nd|rd|th))$/;

/** Number formats: FP16, BF16, INT8, E4M3. */
const NUMBER_FORMAT = /^(?:FP|BF|INT|UINT|TF|MX|NF)\d+$|^E\dM\d$/;
/** Lowercase size and release suffixes that belong to a model name: "BERT-base", "ViT-large", "Llama-2-chat". */
const MODEL_SIZE_SUFFIX = /^(?:base|large|small|tiny|huge|giant|mini|medium|lite|xl|xxl|chat|instruct|math|coder|code|vision|turbo|pro|plus|max|ultra|nano|flash)$/;

/**
 * A name-shaped token: starts with a capital or digit and has a second capital ("GraNet", "BERT", "RDG-GS") or a
 * capitalised word with a version number ("Llama-3.1", "GPT-2", "T5").
 */
export function isNameShaped(token: string, lexicon: Lexicon): boolean {
  if (token.length < 2) return false;
  // Most tokens start with a lowercase ASCII letter: rejected by one character test before any regex or lookup.
  const c = token.charCodeAt(0);
  if (c < 0x80 && !((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) return false;
  if (NOT_A_NAME.test(token) || lexicon.nonEntityTokens.has(token)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(token)) return false;
  const bare = token.replace(/s$/, "");
  if (lexicon.nonEntityTokens.has(bare)) return false;
  if (NUMBER_FORMAT.test(token)) return false;
  // "MoE-based", "DEIM-trained", "GPU-powered": an adjective built on a name, not a name ("BERT-base" is one).
  const last = token.slice(token.lastIndexOf("-") + 1);
  if (last !== token && /^\p{Ll}{3,}$/u.test(last) && !MODEL_SIZE_SUFFIX.test(last)) return false;
  // Title-case compounds ("Dense-to-Sparse") have a capital per part; a name needs two inside one part or all caps.
  const parts = token.split(/[-.]/).filter(Boolean);
  // "1K-4K", "8B-70B": a range of quantities.
  if (parts.every((p) => /^\d/.test(p) && NOT_A_NAME.test(p))) return false;
  if (parts.some((p) => (p.match(/\p{Lu}/gu) ?? []).length >= 2)) return true;
  if (parts.length > 1 && parts.every((p) => /^[\p{Lu}\p{N}]+$/u.test(p)) && /\p{Lu}/u.test(token)) return true;
  return /^\p{Lu}[\p{L}]*[-.]?\d/u.test(token) && /\p{L}{2}/u.test(token);
}

/** CamelCase with lowercase inside ("GraNet", "StableMoE") reads as a coined model name, stronger than an acronym. */
export function isCamelCase(token: string): boolean {
  return /\p{Ll}/u.test(token) && /\p{Lu}.*\p{Lu}/u.test(token) && /\p{Ll}\p{Lu}|\p{Lu}\p{Ll}+\p{Lu}/u.test(token);
}

/**
 * A released model's name: a name with a parameter count or a release suffix ("Llama-3.1-8B", "Qwen2.5-Math-7B-Base",
 * "SmallThinker-21B-A3B", "Mistral-7B-Instruct"). Such a name is a model even after "on" or next to "benchmark".
 */
export function isModelShaped(token: string): boolean {
  const parts = token.split("-");
  if (parts.length < 2) return false;
  return parts.slice(1).some((p) => /^(?:\d+(?:\.\d+)?[BMKT]|A\d+(?:\.\d+)?B|\d+x\d+B|Instruct|Base|Chat|it|hf|v\d+(?:\.\d+)?)$/i.test(p));
}

/** A dataset or benchmark by its name's convention: "...Bench", "...QA", "...Set", "...Data", "...Corpus" ("MagicBench", "HotpotQA"). */
export function isDatasetShaped(token: string): boolean {
  return token
    .split("-")
    .some((p) => /^(?:[\p{L}\p{N}]*[\p{Ll}\p{N}]|[\p{Lu}]{2,})(?:Bench|Benchmark|QA|Set|Data|Corpus|Eval)$/u.test(p) || /^(?:Bench|bench)$/.test(p));
}
