// Invented names that look like the field's: syllable words ("Korvex"), method names ("KorvexNet", "GraFormer"),
// dataset names ("Lumora-10K", "TesqaBench"), acronyms of long forms; each a pure function of an index and a seed.
import { mix } from "./random";

const SYLLABLES = [
  "ka", "lo", "ren", "vi", "tor", "mi", "sa", "den", "qua", "zel", "bri", "no", "tex", "ra", "fen", "go", "lum", "cor",
  "phi", "sy", "ver", "na", "dex", "pol", "ri", "ston", "gal", "mo", "xi", "tha", "bel", "ku",
] as const;
const METHOD_SUFFIXES = ["Net", "Former", "GAN", "BERT", "Flow", "Diff", "GNN", "Mix", "Seg", "Det", "NeRF", "LM", "Zero", "Prompt", "Fuse", "Align"] as const;
const DATASET_SUFFIXES = ["", "-1K", "-10K", "Bench", "QA", "-2", "-XL", "-v2", "3D", "-Hard"] as const;

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A pronounceable word, distinct for each index (base-32 syllable digits, at least `minSyllables`). */
export function syllableWord(index: number, seed: number, minSyllables = 2): string {
  const parts: string[] = [];
  // Scrambling the low digit keeps consecutive indexes from sharing a prefix, while staying one-to-one.
  let n = index;
  let first = true;
  while (n > 0 || parts.length < minSyllables) {
    const digit = n % SYLLABLES.length;
    n = Math.floor(n / SYLLABLES.length);
    parts.push(SYLLABLES[first ? (digit + (mix(parts.length, seed) % SYLLABLES.length)) % SYLLABLES.length : digit]);
    first = false;
  }
  return parts.reverse().join("");
}

/** "KorvexNet", "LumFormer": a CamelCase name with a field suffix, distinct per index. */
export function methodName(index: number, seed: number): string {
  const suffix = METHOD_SUFFIXES[mix(index, seed ^ 0x51) % METHOD_SUFFIXES.length];
  return capitalize(syllableWord(index, seed)) + suffix;
}

/** "Lumora-10K", "TesqaBench": a dataset-shaped name, distinct per index. */
export function datasetName(index: number, seed: number): string {
  const suffix = DATASET_SUFFIXES[mix(index, seed ^ 0xd5) % DATASET_SUFFIXES.length];
  return capitalize(syllableWord(index, seed ^ 0x1234, 2)) + suffix;
}

/** The acronym of a long form: initials of its words and hyphen parts, upper-cased ("token routing" -> "TR"). */
export function acronymOf(longForm: string): string {
  return longForm
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !["of", "for", "and", "with", "the", "to", "in"].includes(w))
    .map((w) => w[0].toUpperCase())
    .join("");
}
