// Finds vocabulary entries in a sentence: longest match first, over normalised tokens (case, hyphen, plural free).
import type { Mention } from "./mention";
import type { Lexicon, LexiconEntry } from "./lexicon";
import type { Token } from "./tokens";
import { relationFor } from "./roles";
import { normOf } from "./tokens";
import { USAGE_CUE } from "./technique-evidence";

/**
 * An everyday word that is also a technique's name ("attention", "distillation", "convolution") without a cue: kept
 * and queryable, below the default threshold of 0.5 (repeated mentions may still lift it).
 */
const UNCUED = 0.4;
/** "distillation loss", "convolution layers": a method noun after the word makes it the technique. */
const METHOD_NOUN_AFTER = /^[\s-]+(?:mechanisms?|modules?|layers?|blocks?|loss(?:es)?|objectives?|methods?|techniques?|algorithms?|operators?)\b/i;

/** Nouns for what a mechanism computes or holds: after an everyday-word entry, they make it a modifier. */
const ATTRIBUTE_AFTER = /^[\s-]+(?:weights?|heads?|maps?|patterns?|scores?|spans?|masks?|matri(?:x|ces)|values?|distributions?|logits|probabilities|entropy|sinks?|budgets?|sparsity|outputs?|temperature)\b/i;

/** Whether an everyday-word entry is used as the technique: after a usage cue or before a method noun. */
function hasCue(text: string, start: number, end: number): boolean {
  return USAGE_CUE.test(text.slice(Math.max(0, start - 40), start)) || METHOD_NOUN_AFTER.test(text.slice(end, end + 20));
}

export function findVocabularyMentions(sentence: number, text: string, tokens: Token[], lexicon: Lexicon): Mention[] {
  const mentions: Mention[] = [];
  const words = oneWordKeys(lexicon);
  /** Pairs (token index, mention index) of known methods that a word before may name ("Sparse PCA"). */
  let methodStarts: number[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i].norm;
    let key = norm;
    let entry: LexiconEntry | undefined;
    let n = 0;
    let k = 1;
    // Most norms are one word: one lookup answers whether it starts an entry, is one, and may go on.
    if (norm.indexOf(" ") < 0) {
      const word = words.get(norm);
      if (!word) continue;
      if (word.entry && (!word.entry.exactForms || matchesExactForm(word.entry.exactForms, tokens[i].text))) {
        entry = word.entry;
        n = 1;
      }
      // The walk goes on at the second word, or not at all.
      k = word.prefix ? 2 : Infinity;
    } else if (!lexicon.firstWords.has(norm.slice(0, norm.indexOf(" ")))) continue;
    // Walk forward while the phrase is still the start of some entry; keep the longest entry seen.
    for (; k <= lexicon.maxWords && i + k <= tokens.length; k++) {
      if (k > 1) {
        // Phrases do not run across punctuation other than spaces and hyphens, or the colon of a ratio ("N:M sparsity").
        if (!onlySpacesAndHyphens(text, tokens[i + k - 2].end, tokens[i + k - 1].start) && !isRatio(text, tokens[i + k - 2], tokens[i + k - 1])) break;
        key += " " + tokens[i + k - 1].norm;
      }
      const found = lexicon.entries.get(key);
      if (found && (k > 1 || !found.exactForms || matchesExactForm(found.exactForms, tokens[i].text))) {
        entry = found;
        n = k;
      }
      if (!lexicon.prefixes.has(key)) break;
    }
    if (!entry) continue;
    const last = tokens[i + n - 1];
    const start = tokens[i].start;
    // Without a cue an everyday word weighs as a head-noun phrase does: a longer phrase around it ("multi-scale
    // attention") wins the overlap, and the technique evidence (title, repetition) decides its confidence.
    const uncued = entry.needsCue === true && !hasCue(text, start, last.end);
    // "attention weights", "attention heads", "softmax scores": the everyday word names a quantity of the model here.
    if (uncued && ATTRIBUTE_AFTER.test(text.slice(last.end, last.end + 24))) {
      i += n - 1;
      continue;
    }
    if (entry.kind === "METHOD" && !uncued && sentence > 0 && i >= 2) (methodStarts ??= []).push(i, mentions.length);
    mentions.push({
      sentence,
      start,
      end: last.end,
      surface: text.slice(start, last.end),
      kind: entry.kind,
      relation: relationFor(entry.kind),
      name: entry.canonical,
      confidence: uncued ? UNCUED : 0.8,
      source: uncued ? "head-noun" : "vocabulary",
    });
    i += n - 1;
  }
  // "Sparse PCA", "4D Gaussian Splatting": a capitalised word or a dimension inside a sentence, before a known method,
  // makes another method's name.
  if (methodStarts) {
    for (let k = 0; k < methodStarts.length; k += 2) {
      const i = methodStarts[k];
      if (!namingModifier(text, tokens, i, lexicon)) continue;
      const m = mentions[methodStarts[k + 1]];
      m.start = tokens[i - 1].start;
      m.surface = text.slice(m.start, m.end);
      m.name = undefined;
    }
  }
  mentions.push(...modifiedAcronyms(sentence, text, tokens, lexicon));
  // "Transformer-based detectors", "LoRA-style adapters": the name before an adjectival suffix is used.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const base = adjectivalBase(t.text);
    if (!base) continue;
    // "sliding window-based": the words before the hyphenated one may belong to the name.
    const wider = widerBase(text, tokens, i, base, lexicon);
    if (wider) {
      mentions.push({ sentence, start: wider.start, end: t.start + base.length, surface: text.slice(wider.start, t.start + base.length), kind: "METHOD", relation: "USES", name: wider.entry.canonical, confidence: 0.75, source: "vocabulary" });
      continue;
    }
    const entry = lexicon.entries.get(normOf(base));
    if (!entry || entry.kind !== "METHOD" || (entry.exactForms && !matchesExactForm(entry.exactForms, base))) continue;
    if (entry.needsCue) continue;
    mentions.push({ sentence, start: t.start, end: t.start + base.length, surface: base, kind: "METHOD", relation: "USES", name: entry.canonical, confidence: 0.75, source: "vocabulary" });
  }
  return mentions;
}

/** What the vocabulary says about a one-word key: the entry it names, if any, and whether longer entries start with it. */
interface OneWordKey {
  entry?: LexiconEntry;
  prefix: boolean;
}

const ONE_WORD_KEYS = new WeakMap<Lexicon, Map<string, OneWordKey>>();

/** Every first word of an entry, with lexicon.entries.get(word) and lexicon.prefixes.has(word), built once per lexicon. */
function oneWordKeys(lexicon: Lexicon): Map<string, OneWordKey> {
  let keys = ONE_WORD_KEYS.get(lexicon);
  if (!keys) {
    keys = new Map();
    for (const word of lexicon.firstWords) keys.set(word, { entry: lexicon.entries.get(word), prefix: lexicon.prefixes.has(word) });
    ONE_WORD_KEYS.set(lexicon, keys);
  }
  return keys;
}

/** Whether text[from, to) holds nothing but whitespace, hyphens and LaTeX ties (the test /^[\s~-]*$/, without a slice). */
function onlySpacesAndHyphens(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // "MS~MARCO": LaTeX's tie is a space.
    if (c === 0x20 || c === 0x2d || c === 0x7e || (c >= 0x09 && c <= 0x0d)) continue;
    if (c < 0x80 || !WHITESPACE.test(text[k])) return false;
  }
  return true;
}
const WHITESPACE = /^\s$/;

/** A ratio read as one word: "N:M", "2:4" (one letter or digits on each side of a colon, nothing between). */
const RATIO_PART = /^(?:\p{Lu}|\d{1,2})$/u;
function isRatio(text: string, left: Token, right: Token): boolean {
  return right.start === left.end + 1 && text.charCodeAt(left.end) === 0x3a && RATIO_PART.test(left.text) && RATIO_PART.test(right.text);
}

/** The name inside an adjective built on it: "Transformer-based" -> "Transformer", "MoE-style" -> "MoE". */
export function adjectivalBase(word: string): string | undefined {
  if (word.indexOf("-") < 0) return undefined; // most words: no regex run
  const m = word.match(/^(.+?)-(?:based|like|type|style|driven|guided|powered|augmented|enhanced|inspired|equipped|backed)$/);
  return m && /^[\p{L}\p{N}]/u.test(m[1]) ? m[1] : undefined;
}

/** "Wikitext-103" is WikiText-103, but the lowercase English word "glue" is not GLUE. */
function matchesExactForm(forms: Set<string>, text: string): boolean {
  if (forms.has(text)) return true;
  if (text === text.toLowerCase()) return false;
  const lower = text.toLowerCase();
  // A case variant that is itself name-shaped ("FastText" for fastText, "LLAMA") is the name; "Glue" is not GLUE.
  const nameShaped = (text.match(/\p{Lu}/gu) ?? []).length >= 2;
  const capitals = text === text.toUpperCase();
  for (const f of forms) {
    if (f.toLowerCase() !== lower || !(/[\d-]/.test(f) || nameShaped || camelVariant(f, text))) continue;
    // The plural the lexicon adds to a form ("ShapEs" of Shap-E) does not hold for a word in capitals ("SHAPES").
    if (capitals && f.endsWith("s") && forms.has(f.slice(0, -1))) continue;
    return true;
  }
  return false;
}

/** "Imagenet" for ImageNet: a CamelCase name written with its inner capitals lowered, first letter kept, is still the
 * name (an all-capital name, GLUE or COCO, read as "Glue" or "Coco" is an English word). */
function camelVariant(form: string, text: string): boolean {
  return text.length >= 6 && text[0] === form[0] && /\p{Ll}\p{Lu}/u.test(form);
}

/**
 * "inverse RL", "hierarchical RL", "Video QA": a known acronym after a modifier, where the modifier before the acronym's long form
 * is itself a known entry ("inverse reinforcement learning"), is that entry written with the acronym.
 */
function modifiedAcronyms(sentence: number, text: string, tokens: Token[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // Acronyms only: two capitals or more, no lowercase run ("RL", "MoE"); most tokens fail on their first letter.
    const c = t.text.charCodeAt(0);
    if (c < 0x41 || c > 0x5a || t.text.length < 2 || t.text.length > 6 || !/^\p{Lu}[\p{L}\p{N}]*$/u.test(t.text) || !/\p{Lu}.*\p{Lu}/u.test(t.text)) continue;
    const acronym = lexicon.entries.get(t.norm);
    if (!acronym?.exactForms || !matchesExactForm(acronym.exactForms, t.text) || acronym.canonical.indexOf(" ") < 0) continue;
    // "$k$-GNN", "$\\beta$-VAE": a LaTeX variable joined to a known method's acronym names a variant of it.
    const math = acronym.kind === "METHOD" && text.charCodeAt(t.start - 1) === 0x2d ? text.slice(Math.max(0, t.start - 12), t.start).match(/\$\\?[A-Za-z]{1,8}\$-$/) : null;
    if (math) {
      const start = t.start - math[0].length;
      out.push({ sentence, start, end: t.end, surface: text.slice(start, t.end), kind: "METHOD", relation: "USES", confidence: 0.6, source: "vocabulary" });
      continue;
    }
    // "Video QA": the modifier may be capitalised (a list item, a title); the known entry decides.
    let key = normOf(acronym.canonical);
    for (let k = i - 1; k >= 0 && i - k <= 2; k--) {
      if (!onlySpacesAndHyphens(text, tokens[k].end, tokens[k + 1].start) || !/^\p{L}\p{Ll}*(?:-\p{L}+)*$/u.test(tokens[k].text)) break;
      key = `${tokens[k].norm} ${key}`;
      const entry = lexicon.entries.get(key);
      if (entry && entry.kind === acronym.kind) {
        out.push({ sentence, start: tokens[k].start, end: t.end, surface: text.slice(tokens[k].start, t.end), kind: entry.kind, relation: relationFor(entry.kind), name: entry.canonical, confidence: 0.8, source: "vocabulary" });
        break;
      }
      // "off-policy RL", "higher-order GNNs": a hyphenated kind before a known method's acronym names that family's
      // variant, spelled out ("off-policy reinforcement learning"), unless the compound grades or places it.
      // "Energy-Based GAN for ..." in a title: a capitalised compound counts where every part is capitalised and the
      // acronym ends the phrase ("Zeroth-Order LLM Fine-Tuning" grades the fine-tuning).
      const kind = tokens[k].text;
      const titleKind = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(kind) && !/^\s+\p{Lu}/u.test(text.slice(t.end, t.end + 3));
      if (k === i - 1 && acronym.kind === "METHOD" && kind.indexOf("-") > 0 && (/^\p{Ll}/u.test(kind) || titleKind) && !GRADING_COMPOUND.test(kind.toLowerCase()) && text.charCodeAt(tokens[k].end) === 0x20) {
        out.push({ sentence, start: tokens[k].start, end: t.end, surface: text.slice(tokens[k].start, t.end), kind: "METHOD", relation: "USES", name: `${tokens[k].text.toLowerCase()} ${acronym.canonical}`, confidence: 0.6, source: "vocabulary" });
        break;
      }
    }
  }
  return out;
}

/** Hyphenated words that grade, size or place what follows rather than name a kind of it: "large-scale", "pre-trained",
 * "state-of-the-art", "real-world", "task-specific". */
const GRADING_COMPOUND = /^(?:large|small|high|low|well|state|open|real|so|wide|widely|pre|fine|full|fully|long|short|top|best|non|ever|fast|slow|light|heavy)-|-(?:trained|tuned|scale|quality|art|known|called|source|world|sized|size|like|style|specific|level|grade|ready|efficient|friendly|intensive|hungry|heavy|only|wise|weight)$/;

/** Whether the word before token i is a capitalised word or a dimension ("4D") that is part of the name after it. */
function namingModifier(text: string, tokens: Token[], i: number, lexicon: Lexicon): boolean {
  if (i < 2) return false;
  const prev = tokens[i - 1];
  if (prev.end + 1 !== tokens[i].start || text.charCodeAt(prev.end) !== 0x20) return false;
  const dimension = /^\d+D$/.test(prev.text);
  if (!(dimension || /^\p{Lu}\p{Ll}{2,}$/u.test(prev.text)) || lexicon.entries.has(prev.norm) || (!dimension && lexicon.nonEntityTokens.has(prev.text))) return false;
  // A capitalised word after a sentence-internal break opens a clause or a title-case run, not a name.
  return !/[.:;!?]\s*$/.test(text.slice(0, prev.start)) && !/^\p{Lu}/u.test(tokens[i - 2].text);
}

/** A known method of two or three words ending in the base of an adjective ("sliding window" in "sliding window-based"). */
function widerBase(text: string, tokens: Token[], i: number, base: string, lexicon: Lexicon): { start: number; entry: LexiconEntry } | undefined {
  let key = normOf(base);
  let found: { start: number; entry: LexiconEntry } | undefined;
  for (let k = i - 1; k >= 0 && i - k <= 2; k--) {
    if (!onlySpacesAndHyphens(text, tokens[k].end, tokens[k + 1].start)) break;
    key = `${tokens[k].norm} ${key}`;
    const entry = lexicon.entries.get(key);
    if (entry && entry.kind === "METHOD" && !entry.needsCue) found = { start: tokens[k].start, entry };
  }
  return found;
}
