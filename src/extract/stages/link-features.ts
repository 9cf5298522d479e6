// What the link scorer sees of a candidate link: general evidence about it (which rules found it, where and how often
// the paper writes it, its shape, its head word, the vocabularies, the cues around it), never the entity's name.
import type { ExtractedLink } from "../../domain";
import { DATASET_HEADS, METHOD_HEADS, TASK_HEADS } from "./heads";
import type { Lexicon } from "./lexicon";
import type { Mention, MentionSource } from "./mention";
import { comparisonCue } from "./roles";
import { USAGE_CUE } from "./technique-evidence";
import { normOf } from "./tokens";

/** Feature names, in vector order; a weights file names them too, so a model trained on another list is refused. */
export const LINK_FEATURES = [
  "bias",
  "rule confidence",
  "rule shows it",
  "source contribution",
  "source acronym",
  "source vocabulary",
  "source pattern",
  "source name",
  "source head-noun",
  "source noun-phrase",
  "more sources",
  "proposes",
  "compares",
  "introduces",
  "in title",
  "title only",
  "spans (log)",
  "sentences (log)",
  "first position",
  "in opening sentence",
  "in last sentence",
  "acronym",
  "capital run",
  "inner capital",
  "digit",
  "hyphen",
  "all lowercase",
  "title case",
  "one word",
  "two words",
  "three words or more",
  "task head",
  "method head",
  "dataset head",
  "generic head",
  "vocabulary same kind",
  "vocabulary other kind",
  "needs a cue",
  "topic",
  "statement",
  "title task",
  "framed",
  "coordinated",
  "after comparison cue",
  "after usage cue",
  "proposal sentence",
  "own-voice sentence",
  "data-word sentence",
  "task-word sentence",
  "result sentence",
  "dataset noun after",
  "task noun after",
  "method noun after",
  "inside another candidate",
  "holds another candidate",
  "others of its kind shown (log)",
  "top rule score of its kind",
  "mention share of its kind",
] as const;

export const FEATURE_COUNT = LINK_FEATURES.length;

/** Indices of the features that grow with the link's rule confidence, whose weights the trainer keeps non-negative: a
 * higher rule confidence then never lowers the learned one. */
export const RULE_FEATURES = [1, 2, 56] as const;

const SOURCE_INDEX: Record<MentionSource, number> = { contribution: 3, acronym: 4, vocabulary: 5, pattern: 6, name: 7, "head-noun": 8, "noun-phrase": 9 };

const PROPOSAL = /\b(?:we|this (?:paper|work|study))\s+(?:\w+\s+)?(?:propose|introduce|present|develop|design|devise)\w*/i;
const OWN_VOICE = /\b(?:we|our|us)\b/i;
const DATA_WORD = /\b(?:datasets?|benchmarks?|corpus|corpora)\b/i;
const TASK_WORD = /\b(?:tasks?|problems?)\b/i;
const RESULT_WORD = /\b(?:experiments?|results?|evaluat\w*|state-of-the-art|outperform\w*|achiev\w*|surpass\w*)\b/i;
const DATASET_AFTER = /^\)?\s*(?:datasets?|benchmarks?|corpus|corpora|suite)\b/i;
const TASK_AFTER = /^\)?\s*(?:tasks?|problems?)\b/i;
const METHOD_AFTER = /^\)?\s*(?:models?|methods?|frameworks?|approach(?:es)?|algorithms?|architectures?|networks?|modules?|techniques?)\b/i;

const COMPUTED = 0x80;
const SENTENCE_CUES: [RegExp, number][] = [
  [PROPOSAL, 1],
  [OWN_VOICE, 2],
  [DATA_WORD, 4],
  [TASK_WORD, 8],
  [RESULT_WORD, 16],
];

/**
 * What the features of one paper's links share: its sentences, their cue words (read once, on demand), and its typed
 * candidates as the rules left them (scoring one link must not change another's features).
 */
export interface PaperContext {
  sentences: string[];
  lexicon: Lexicon;
  cues: Uint8Array;
  links: ExtractedLink[];
  /** Normalised names of the typed candidates, padded with spaces for whole-word containment. */
  keys: string[];
  kinds: string[];
  confidences: number[];
  spans: number[];
}

export function paperContext(sentences: string[], lexicon: Lexicon, links: ExtractedLink[]): PaperContext {
  const context: PaperContext = { sentences, lexicon, cues: new Uint8Array(sentences.length), links: [], keys: [], kinds: [], confidences: [], spans: [] };
  for (const link of links) {
    if (link.kind === "CONCEPT") continue;
    context.links.push(link);
    context.keys.push(` ${normOf(link.name)} `);
    context.kinds.push(link.kind);
    context.confidences.push(link.confidence);
    context.spans.push(link.evidence.length);
  }
  return context;
}

function sentenceCues(context: PaperContext, i: number): number {
  let cues = context.cues[i];
  if (cues & COMPUTED) return cues;
  cues = COMPUTED;
  const text = context.sentences[i];
  for (const [pattern, bit] of SENTENCE_CUES) if (pattern.test(text)) cues |= bit;
  context.cues[i] = cues;
  return cues;
}

/** The link's longest written form: the long form of an acronym, the name otherwise. */
function longestForm(link: ExtractedLink): string {
  let longest = link.name;
  for (const alias of link.aliases) if (alias.length > longest.length) longest = alias;
  return longest;
}

/** Writes the features of one candidate link (its entity's mentions in `group`) into `out`, which it returns. */
export function linkFeatures(link: ExtractedLink, group: Mention[], context: PaperContext, out: Float64Array): Float64Array {
  out.fill(0);
  const { sentences, lexicon } = context;
  const last = sentences.length - 1;
  out[0] = 1;
  out[1] = link.confidence;
  out[2] = link.confidence >= 0.5 ? 1 : 0;
  let title = false;
  let abstract = false;
  let first = last + 1;
  let cues = 0;
  for (const m of group) {
    out[SOURCE_INDEX[m.source]] = 1;
    if (m.sentence === 0) title = true;
    else {
      abstract = true;
      if (m.sentence < first) first = m.sentence;
      if (m.sentence === 1) out[19] = 1;
      if (m.sentence === last) out[20] = 1;
      cues |= sentenceCues(context, m.sentence);
    }
    if (m.topic) out[38] = 1;
    if (m.statement) out[39] = 1;
    if (m.titleTask) out[40] = 1;
    if (m.framed) out[41] = 1;
    if (m.coordinated) out[42] = 1;
    const text = sentences[m.sentence];
    const cue = comparisonCue(text);
    if (cue && cue.index < m.start) out[43] = 1;
    if (m.start > 0 && out[44] === 0 && USAGE_CUE.test(text.slice(Math.max(0, m.start - 40), m.start))) out[44] = 1;
    if (m.end < text.length) {
      const after = text.slice(m.end, m.end + 16);
      if (DATASET_AFTER.test(after)) out[50] = 1;
      if (TASK_AFTER.test(after)) out[51] = 1;
      if (METHOD_AFTER.test(after)) out[52] = 1;
    }
  }
  let sources = 0;
  for (let i = 3; i <= 9; i++) sources += out[i];
  out[10] = sources - 1;
  out[11] = link.relation === "PROPOSES" ? 1 : 0;
  out[12] = link.relation === "COMPARES_WITH" ? 1 : 0;
  out[13] = link.relation === "INTRODUCES" ? 1 : 0;
  out[14] = title ? 1 : 0;
  out[15] = title && !abstract ? 1 : 0;
  out[16] = Math.log1p(link.evidence.length);
  out[17] = Math.log1p(distinctSentences(link));
  out[18] = abstract && last > 1 ? (first - 1) / (last - 1) : 0;
  out[21] = link.acronym ? 1 : 0;
  shapeFeatures(link.name, out);
  const long = longestForm(link);
  const key = normOf(long);
  const words = key.split(" ");
  out[28] = words.length === 1 ? 1 : 0;
  out[29] = words.length === 2 ? 1 : 0;
  out[30] = words.length >= 3 ? 1 : 0;
  const head = words[words.length - 1];
  const singular = head.replace(/(?<=[^s])s$/, "");
  out[31] = TASK_HEADS.has(head) ? 1 : 0;
  out[32] = METHOD_HEADS.has(head) || METHOD_HEADS.has(singular) ? 1 : 0;
  out[33] = DATASET_HEADS.test(head) ? 1 : 0;
  out[34] = lexicon.genericHeads.has(head) || lexicon.genericHeads.has(singular) ? 1 : 0;
  const entry = lexicon.entries.get(normOf(link.name)) ?? lexicon.entries.get(key);
  if (entry) {
    out[entry.kind === link.kind ? 35 : 36] = 1;
    if (entry.needsCue) out[37] = 1;
  }
  for (let bit = 1, i = 45; i <= 49; bit <<= 1, i++) out[i] = cues & bit ? 1 : 0;
  amongItsKind(link, ` ${normOf(link.name)} `, context, out);
  return out;
}

function distinctSentences(link: ExtractedLink): number {
  let n = 0;
  let previous = -1;
  // Evidence is in reading order, so a new sentence is a change from the previous span's.
  for (const e of link.evidence) if (e.sentence !== previous) (previous = e.sentence), n++;
  return n;
}

/** Shape of the name as written: capitals in a row ("GPT"), a capital inside a word ("ResNet"), digits, hyphens, case.
 * Features 22-27. */
function shapeFeatures(name: string, out: Float64Array): void {
  out[22] = /\p{Lu}{2}/u.test(name) ? 1 : 0;
  out[23] = /\p{Ll}\p{Lu}/u.test(name) ? 1 : 0;
  out[24] = /\p{N}/u.test(name) ? 1 : 0;
  out[25] = name.indexOf("-") >= 0 ? 1 : 0;
  out[26] = name === name.toLowerCase() ? 1 : 0;
  // "Sparse Mixture of Experts", not "GPT" or "ARAP": capitalised words, each a capital then lowercase.
  out[27] = out[26] === 0 && /^\p{Lu}\p{Ll}\S*(?:\s+(?:\p{Lu}\p{Ll}\S*|of|for|and|the|in|on|with|to|a))*$/u.test(name) ? 1 : 0;
}

/**
 * The link among the paper's other candidates of its kind: whether one holds its name as whole words ("language models"
 * in "large language models") or the reverse, how many the rules show, whether its rule score is the top one, and its
 * share of the most spans any of them has. Rules score each link alone; these say how it stands against the others.
 */
function amongItsKind(link: ExtractedLink, padded: string, context: PaperContext, out: Float64Array): void {
  const { links, keys, kinds, confidences, spans } = context;
  let shown = 0;
  let top = true;
  let most = link.evidence.length;
  for (let i = 0; i < keys.length; i++) {
    if (kinds[i] !== link.kind || links[i] === link) continue;
    const other = keys[i];
    if (other.length > padded.length && other.includes(padded)) out[53] = 1;
    else if (other.length < padded.length && padded.includes(other)) out[54] = 1;
    if (confidences[i] >= 0.5) shown++;
    if (confidences[i] > out[1]) top = false;
    if (spans[i] > most) most = spans[i];
  }
  out[55] = Math.log1p(shown);
  out[56] = top ? 1 : 0;
  out[57] = link.evidence.length / most;
}
