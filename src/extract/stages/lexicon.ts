// The curated general vocabularies of data/vocab (methods, datasets, tasks, non-entities), loaded once.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityKind } from "../../domain";
import { normOf } from "./tokens";

export interface LexiconEntry {
  canonical: string;
  kind: EntityKind;
  /** Single-word forms written with capitals ("BERT", "GLUE") match only as written, not as the English word. */
  exactForms?: Set<string>;
  /** An everyday word as well as a name ("attention", "distillation"): a technique only after a usage cue. */
  needsCue?: boolean;
}

export interface Lexicon {
  entries: Map<string, LexiconEntry>;
  /** Longest entry, in tokens of its normalised form. */
  maxWords: number;
  /** First words of all entries: a quick reject before building n-grams. */
  firstWords: Set<string>;
  /** Every proper word prefix of an entry ("iterative magnitude" for "iterative magnitude pruning"): a walk over
   * the tokens extends a phrase only while it is still the start of some entry, one Map lookup per window. */
  prefixes: Set<string>;
  nonEntityTokens: Set<string>;
  genericHeads: Set<string>;
  /** Normalised phrases that name no specific method ("deep neural network", "fine-tuning"). */
  genericPhrases: Set<string>;
  /** Modifiers that describe rather than specify: "sparse neural networks" stays generic. */
  descriptiveModifiers: Set<string>;
}

/** data/vocab sits three levels above this file both in src/extract/stages and dist/extract/stages. */
const VOCAB_DIR = join(__dirname, "..", "..", "..", "data", "vocab");

interface VocabFile {
  source: string;
  kind: EntityKind;
  entries: string[][];
  /** Forms that are also everyday words; see LexiconEntry.needsCue. */
  needsCue?: string[];
}

let cached: Lexicon | undefined;

export function loadLexicon(dir: string = VOCAB_DIR): Lexicon {
  if (cached && dir === VOCAB_DIR) return cached;
  const entries = new Map<string, LexiconEntry>();
  let maxWords = 1;
  const firstWords = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of ["datasets.json", "tasks.json", "methods.json"]) {
    const vocab = JSON.parse(readFileSync(join(dir, file), "utf8")) as VocabFile;
    const cued = new Set((vocab.needsCue ?? []).map(normOf));
    for (const written of vocab.entries) {
      const canonical = written[0];
      const forms = withGluedVariants(written);
      for (const form of forms) {
        const key = normOf(form);
        if (!key) continue;
        const words = key.split(" ");
        const existing = entries.get(key);
        const entry: LexiconEntry = existing && existing.canonical === canonical ? existing : { canonical, kind: vocab.kind };
        if (!form.includes(" ") && /\p{Lu}/u.test(form)) {
          entry.exactForms ??= new Set();
          entry.exactForms.add(form);
          entry.exactForms.add(`${form}s`);
        } else if (entry.exactForms) {
          entry.exactForms = undefined;
        }
        // First file wins on a clash (datasets before tasks before methods): a name shared by kinds is rare.
        if (!existing || existing === entry) {
          // The cue flag belongs to the form: "distillation" needs one, "knowledge distillation" does not.
          entries.set(key, cued.has(key) ? { ...entry, needsCue: true } : entry);
        }
        maxWords = Math.max(maxWords, words.length);
        firstWords.add(words[0]);
        for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(" "));
      }
    }
  }
  const non = JSON.parse(readFileSync(join(dir, "non-entities.json"), "utf8")) as {
    tokens: string[];
    genericHeads: string[];
    genericPhrases?: string[];
    descriptiveModifiers?: string[];
  };
  const lexicon: Lexicon = {
    entries,
    maxWords,
    firstWords,
    prefixes,
    nonEntityTokens: new Set(non.tokens),
    genericHeads: new Set(non.genericHeads),
    genericPhrases: new Set((non.genericPhrases ?? []).map(normOf)),
    descriptiveModifiers: new Set((non.descriptiveModifiers ?? []).map(normOf)),
  };
  if (dir === VOCAB_DIR) cached = lexicon;
  return lexicon;
}

/**
 * The forms of an entry and, for a form with a hyphen before or after a piece of one or two characters ("R-CNN",
 * "WikiText-2", "t-SNE"), the same form without that hyphen ("RCNN", "WikiText2", "tSNE"): both spellings are common.
 */
function withGluedVariants(forms: string[]): string[] {
  let out: string[] | undefined;
  for (const form of forms) {
    if (form.indexOf("-") < 0) continue;
    // Function words keep their hyphens: "Mixture-of-Experts" is not "MixtureofExperts".
    if (/-(?:of|to|in|on|by|at|as|or|an|a)-/i.test(form)) continue;
    const glued = form.replace(/(?<=(?:^|[\s-])[\p{L}\p{N}]{1,2})-(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}]{1,2}(?:$|[\s-]))/gu, "");
    if (glued !== form && !forms.includes(glued)) (out ??= forms.slice()).push(glued);
  }
  return out ?? forms;
}

/**
 * Whether a normalised phrase names nothing specific: a generic phrase ("neural network"), possibly behind
 * descriptive modifiers only ("sparse deep neural network").
 */
export function isGenericPhrase(key: string, lexicon: Lexicon): boolean {
  if (lexicon.genericPhrases.has(key) || lexicon.genericHeads.has(key)) return true;
  const words = key.split(" ");
  for (let i = 1; i < words.length; i++) {
    if (!lexicon.descriptiveModifiers.has(words[i - 1])) return false;
    const rest = words.slice(i).join(" ");
    // Only model nouns stay generic behind a descriptor: "sparse neural network", but "sparse fine-tuning" is a technique.
    if ((lexicon.genericPhrases.has(rest) || lexicon.genericHeads.has(rest)) && /(?:network|model|net)$/.test(rest)) return true;
  }
  return false;
}
