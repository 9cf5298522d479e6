// How sure a lowercase technique phrase typed only by its head ("iterative magnitude pruning") is to name an
// established technique rather than describe one: title, repetition, a named modifier and a usage cue raise it;
// a describing first word ("adaptive sampling", "computing attention") lowers it. The weights were checked on
// SciERC train and the seed gold (links >= 0.5 right most of the time; see the extractor README note).
import type { Mention } from "./mention";

export const USAGE_CUE = /\b(?:us(?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|adopt\w*|leverag\w*|employ\w*|utili[sz]\w*|based on|via|combin\w*|incorporat\w*|built on|relies on|rely on|such as|like|e\.g\.,?|including|\()\s*(?:(?:a|an|the|standard|classic|classical|conventional|existing|popular|well-known)\s+)?$/i;
/** First words that describe the paper's own design rather than name a known technique. */
const DESCRIBING = /^(?:adaptive|dynamic|progressive|hierarchical|learnable|novel|new|proposed|simple|efficient|effective|improved|enhanced|joint|unified|hybrid|custom|specific|general|generic|flexible|lightweight|fine-grained|coarse-grained|multi-scale|selective|explicit|implicit|global|local|partial|full|trust|rank|low-rank|neural|deep|fast|rapid|robust|scalable|tiny|exact|arbitrary|transferable|real-time|sub-quadratic|[\p{L}]+-(?:efficient|free|aware|friendly|optimal))$/iu;

export function techniqueBonus(group: Mention[], sentences: string[]): number {
  let bonus = 0;
  if (group.some((m) => m.sentence === 0)) bonus += 0.1;
  const inSentences = new Set(group.map((m) => m.sentence)).size;
  if (inSentences >= 2) bonus += 0.05;
  // "Hadamard normalization", "Submanifold Sparse Convolutional Network": a capitalised word inside a sentence names.
  if (group.some((m) => m.sentence > 0 && m.start > 0 && /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,}[\p{N}]*\s)/u.test(m.surface) && !/[.!?]\s*$/.test(sentences[m.sentence].slice(0, m.start)))) bonus += 0.1;
  if (group.some((m) => USAGE_CUE.test(sentences[m.sentence].slice(Math.max(0, m.start - 40), m.start)))) bonus += 0.1;
  if (group.every((m) => DESCRIBING.test(m.surface.split(/[\s]+/)[0]))) bonus -= 0.1;
  return bonus;
}
