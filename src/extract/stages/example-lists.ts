// Things given as examples are established: "techniques like radiance fields and 3D Gaussian Splatting",
// "neural embeddings (e.g., BGE, LLM2Vec)", "such as hard negative mining, distillation". Each listed item is
// typed by the class noun before the cue, else by its own shape or head, and is surer than the same phrase alone.
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import type { TaggedToken } from "./tagger";
import { DATASET_HEADS, LEADING_STOPWORDS, METHOD_HEADS, TASK_HEADS } from "./heads";
import { isDatasetShaped, isNameShaped } from "./names";
import { normOf } from "./tokens";

const CUE = /\b(?:such as|e\.g\.,?|for example,?|for instance,?|including|like)\s+/gi;
/** "vDiT models (CogVideoX1.5, HunyuanVideo, and Wan2.1)": a parenthesised list of names after a class noun. */
const NAME_LIST = /\(([\p{Lu}\p{N}][^()]*,[^()]*)\)/gu;
const LIST_SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;
const METHOD_CLASS = /^(?:techniques?|methods?|approaches|models?|architectures?|algorithms?|ways?|strategies|baselines?|networks?|embeddings?|encoders?|retrievers?|backbones?|frameworks?|systems?|tools?|objectives?|losses|optimizers?|regularizers?|priors?|LLMs?|transformers?)$/i;
const TASK_CLASS = /^(?:tasks?|problems?|applications?|domains?|settings?|scenarios?)$/i;
const CONFIDENCE = 0.55;
const AREA_CLASS = /^(?:applications?|domains?|settings?|scenarios?|areas?|fields?)$/i;
const AREA_CONFIDENCE = 0.35;
const MAX_ITEMS = 8;

/** The class noun the examples belong to: the last noun before the cue (and before an opening parenthesis). */
function classBefore(text: string, at: number): string | undefined {
  const m = text.slice(Math.max(0, at - 40), at).match(/([\p{L}-]+)\s*(?:\(|,)?\s*$/u);
  return m?.[1];
}

export function findExampleLists(sentence: number, text: string, tokens: TaggedToken[], lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  for (const cue of text.matchAll(CUE)) {
    const at = cue.index!;
    const cls = classBefore(text, at);
    // "like" is a comparison only after a noun: "LSR like SPLADE", not "we would like to".
    if (/^like/i.test(cue[0]) && !(cls && tokens.some((t) => t.end <= at && t.end >= at - 2 && (t.pos === "NOUN" || t.pos === "PROPN")))) continue;
    const classKind = cls === undefined ? undefined : METHOD_CLASS.test(cls) || isModelFamily(cls, lexicon) ? "METHOD" : TASK_CLASS.test(cls) ? "TASK" : DATASET_HEADS.test(cls) ? "DATASET" : undefined;
    if (classKind === "DATASET") continue; // the dataset patterns read these lists already
    let i = tokens.findIndex((t) => t.start >= at + cue[0].length);
    for (let items = 0; i >= 0 && i < tokens.length && items < MAX_ITEMS; items++) {
      while (i < tokens.length && (tokens[i].pos === "DET" || LEADING_STOPWORDS.has(tokens[i].text.toLowerCase()))) i++;
      const from = i;
      while (i < tokens.length && i - from < 5 && (/^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[i].pos) || (tokens[i].pos === "ADV" && !/ly$/.test(tokens[i].text) && /^(?:ADJ|NOUN)$/.test(tokens[i + 1]?.pos ?? "")) || (tokens[i].text === "-" && tokens[i].start === tokens[i - 1]?.end) || (tokens[i].pos === "VERB" && /ing$/.test(tokens[i].text) && ((i + 1 < tokens.length && /^(?:NOUN|PROPN)$/.test(tokens[i + 1].pos)) || (i > from && /^(?:ADJ|NOUN)$/.test(tokens[i - 1].pos)))))) i++;
      const to = i - 1;
      if (to < from) break;
      const start = tokens[from].start;
      // The tagger may keep a sentence's period on an abbreviation-like last word ("13 B."): it is no part of the name.
      const end = tokens[to].end - (text[tokens[to].end - 1] === "." ? 1 : 0);
      const surface = text.slice(start, end);
      const head = tokens[to].text.toLowerCase();
      const named = from === to && isNameShaped(surface, lexicon);
      let kind: Mention["kind"] | undefined = classKind;
      if (!kind) kind = named && !isDatasetShaped(surface) ? "METHOD" : METHOD_HEADS.has(head) ? "METHOD" : TASK_HEADS.has(head) && to > from ? "TASK" : undefined;
      const known = lexicon.entries.get(normOf(surface));
      if (known) kind = known.kind;
      const generic = lexicon.genericHeads.has(surface.toLowerCase()) || lexicon.nonEntityTokens.has(surface);
      // "LLaMA 2 7B and 13B": a bare size is the first item's model at another size, not a name of its own.
      const quantity = /^\d+(?:\.\d+)?\s?[BMKT]$/.test(surface);
      if (kind && kind !== "CONCEPT" && !generic && !quantity && /^[\p{L}\p{N}]/u.test(surface) && surface.length >= 2) {
        const relation = kind === "METHOD" ? "USES" : kind === "TASK" ? "ADDRESSES" : "EVALUATES_ON";
        // "domains such as healthcare, recommender systems or robotics": application areas, not what the paper addresses.
        const area = kind === "TASK" && cls !== undefined && AREA_CLASS.test(cls);
        found.push({ sentence, start, end, surface, kind, relation, confidence: area ? AREA_CONFIDENCE : CONFIDENCE, source: "pattern" });
      }
      // The list goes on after ",", "and", "or", "/" (", etc." ends it).
      // The tagger keeps punctuation as tokens: step over one separator, then an optional "and"/"or".
      let separated = false;
      if (i < tokens.length && /^[,/]$/.test(tokens[i].text)) {
        i++;
        separated = true;
      }
      if (i < tokens.length && /^(?:and|or)$/i.test(tokens[i].text)) {
        i++;
        separated = true;
      }
      if (!separated || (i < tokens.length && /^etc\.?$/i.test(tokens[i].text))) break;
    }
  }
  found.push(...parenthesisedNames(sentence, text, lexicon));
  return found;
}

/** Every item of a parenthesised list after a class of models is a name (or a known entity): each is that class. */
function parenthesisedNames(sentence: number, text: string, lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  if (text.indexOf("(") < 0) return found;
  for (const m of text.matchAll(NAME_LIST)) {
    const cls = classBefore(text, m.index! + 1);
    if (cls === undefined || !(METHOD_CLASS.test(cls) || isModelFamily(cls, lexicon))) continue;
    const items: Mention[] = [];
    let at = m.index! + 1;
    for (const part of m[1].split(LIST_SEPARATOR)) {
      const start = text.indexOf(part, at);
      at = start + part.length;
      const known = lexicon.entries.get(normOf(part));
      if (!part || /\s/.test(part) || (!isNameShaped(part, lexicon) && known?.kind !== "METHOD")) {
        items.length = 0;
        break;
      }
      items.push({ sentence, start, end: at, surface: part, kind: "METHOD", relation: "USES", confidence: CONFIDENCE, source: "pattern" });
    }
    if (items.length >= 2) found.push(...items);
  }
  return found;
}

/** A known family of models written as a plural name ("VLMs", "GNNs", "CNNs"): the items listed after it are models. */
function isModelFamily(word: string, lexicon: Lexicon): boolean {
  if (!/^\p{Lu}[\p{L}\p{N}-]*s$/u.test(word)) return false;
  const entry = lexicon.entries.get(normOf(word));
  return entry !== undefined && entry.kind === "METHOD";
}
