// Lexical patterns that find and type names never seen before: "the X benchmark", "datasets such as A, B",
// "outperforms A, B and C", and name-shaped tokens (CamelCase, acronyms, versions) wherever they stand.
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import type { Token } from "./tokens";
import { DATASET_HEADS, LEADING_STOPWORDS, METHOD_HEADS } from "./heads";
import { isCamelCase, isDatasetShaped, isModelShaped, isNameShaped } from "./names";
import { comparisonCue } from "./roles";
import { normOf } from "./tokens";
import { adjectivalBase } from "./vocabulary-mentions";
import { isWord } from "./word-equals";

const LIST_SEPARATOR = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*)$/;
const EVALUATION_CUE = /\b(?:experiment\w*|evaluat\w*|results?|benchmark\w*|datasets?|tested|tests?|accuracy|state-of-the-art|sota|outperform\w*|achiev\w*|trained|train|validat\w*|perform\w*|improv\w*|demonstrat\w*)\b/i;

/** A token that can be part of a proper name in a list: capitalised or name-shaped, not a stopword. */
function nameWord(t: Token, lexicon: Lexicon, index: number): boolean {
  if (LEADING_STOPWORDS.has(t.text.toLowerCase()) || lexicon.genericHeads.has(t.text.toLowerCase())) return false;
  if (lexicon.nonEntityTokens.has(t.text)) return false;
  if (isNameShaped(t.text, lexicon)) return true;
  // A capitalised plain word only counts away from the sentence start, where every word is capitalised.
  return index > 0 && /^\p{Lu}/u.test(t.text);
}

/** "Video-Holmes", "Mip-NeRF": capitalised hyphen parts, none a function word (unlike "Mixture-of-Experts"). */
function isTitleCaseCompound(token: string): boolean {
  if (token.indexOf("-") < 0) return false; // one part: no split
  const parts = token.split("-");
  return parts.length >= 2 && parts.every((p) => /^\p{Lu}[\p{L}\p{N}]*$/u.test(p));
}

/** ", a recent and challenging video reasoning benchmark": the apposition types the name before it. */
export function appositiveIsDataset(text: string, from: number): boolean {
  const after = text.slice(from, from + 100).match(/^\s*(?:,|\(|:)\s*(?:(?:a|an|the)\s+)?((?:[\w-]+\s+){0,6}?)(datasets?|benchmarks?|corpus|corpora|suite|testbed|collection)\b/i);
  return after !== null && !/[,;.]/.test(after[1]);
}

interface Item {
  from: number;
  to: number; // token indices, inclusive
}

/** Reads a list of names backwards from token `end` (inclusive): "A, B and C". */
function listBackward(text: string, tokens: Token[], end: number, lexicon: Lexicon): Item[] {
  const items: Item[] = [];
  let i = end;
  while (i >= 0) {
    let from = i;
    while (from >= 0 && i - from < 3 && nameWord(tokens[from], lexicon, from) && (from === i || /^[\s-]+$/.test(text.slice(tokens[from].end, tokens[from + 1].start)))) from--;
    if (from === i) break;
    items.unshift({ from: from + 1, to: i });
    if (from < 0 || !LIST_SEPARATOR.test(text.slice(tokens[from].end, tokens[from + 1].start))) {
      // "A and B": the separator may be the word "and", which is a token.
      if (from >= 1 && /^(?:and|or)$/i.test(tokens[from].text)) {
        i = from - 1;
        continue;
      }
      break;
    }
    i = from;
  }
  return items;
}

/** Reads a list of names forwards from token `start`. */
function listForward(text: string, tokens: Token[], start: number, lexicon: Lexicon): Item[] {
  const items: Item[] = [];
  let i = start;
  while (i < tokens.length) {
    let to = i;
    while (to < tokens.length && to - i < 3 && nameWord(tokens[to], lexicon, to) && (to === i || /^[\s-]+$/.test(text.slice(tokens[to - 1].end, tokens[to].start)))) to++;
    if (to === i) break;
    items.push({ from: i, to: to - 1 });
    if (to >= tokens.length) break;
    const gap = text.slice(tokens[to - 1].end, tokens[to].start);
    if (/^\s*,\s*$/.test(gap) && /^(?:and|or)$/i.test(tokens[to].text)) i = to + 1;
    else if (/^\s+$/.test(gap) && /^(?:and|or)$/i.test(tokens[to].text)) i = to + 1;
    else if (/^\s*[,/]\s*$/.test(gap)) i = to;
    else break;
  }
  return items;
}

function mention(sentence: number, text: string, tokens: Token[], item: Item, kind: "METHOD" | "DATASET", relation: Mention["relation"], confidence: number): Mention {
  const start = tokens[item.from].start;
  const end = tokens[item.to].end;
  return { sentence, start, end, surface: text.slice(start, end), kind, relation, confidence, source: "pattern" };
}

export function findPatternMentions(sentence: number, text: string, tokens: Token[], lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  const comparison = comparisonCue(text);
  const comparisonAt = comparison ? comparison.index : Infinity;
  const evaluation = EVALUATION_CUE.test(text);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].text;
    const datasetHead = DATASET_HEADS.test(word);
    if (datasetHead) {
      // "the QuuxQA benchmark", "the ZJU-MoCap and H36M datasets"
      if (i > 0 && /^\s+$/.test(text.slice(tokens[i - 1].end, tokens[i].start))) {
        for (const item of listBackward(text, tokens, i - 1, lexicon)) found.push(mention(sentence, text, tokens, item, "DATASET", "EVALUATES_ON", 0.75));
      }
      // "datasets such as A, B and C", "benchmarks: A, B"
      const after = text.slice(tokens[i].end).match(/^\s*(?:\((?:\s*(?:such as|including|namely|e\.g\.,?|i\.e\.,?)\s)?|:|,?\s*(?:such as|including|includes|like|namely|e\.g\.,?|i\.e\.,?)\s)\s*/i);
      if (after && i + 1 < tokens.length) {
        // The list starts after the cue: "datasets such as A", "databases (namely A and B)".
        const from = tokens[i].end + after[0].length;
        let j = i + 1;
        while (j < tokens.length && tokens[j].start < from) j++;
        if (j < tokens.length) for (const item of listForward(text, tokens, j, lexicon)) found.push(mention(sentence, text, tokens, item, "DATASET", "EVALUATES_ON", 0.7));
      }
    }
    // "on the benchmark datasets Gen1 and Gen4": names right after a plural dataset noun are its members.
    if (datasetHead && /s$/i.test(word) && i + 1 < tokens.length && /^ $/.test(text.slice(tokens[i].end, tokens[i + 1].start)) && isNameShaped(tokens[i + 1].text, lexicon) && !isModelShaped(tokens[i + 1].text)) {
      for (const item of listForward(text, tokens, i + 1, lexicon)) {
        if (item.from === item.to && isNameShaped(tokens[item.from].text, lexicon)) found.push(mention(sentence, text, tokens, item, "DATASET", "EVALUATES_ON", 0.65));
      }
    }
    // "language modeling tasks (Wikitext2)": names in parentheses after the tasks a paper runs are their data; short
    // all-capital acronyms there name the tasks themselves ("tasks (NER, QA)").
    if ((isWord(word, "tasks") || isWord(word, "task")) && i + 1 < tokens.length && /^\s*\(\s*$/.test(text.slice(tokens[i].end, tokens[i + 1].start))) {
      for (const item of listForward(text, tokens, i + 1, lexicon)) {
        const surface = text.slice(tokens[item.from].start, tokens[item.to].end);
        if (item.from === item.to && isNameShaped(surface, lexicon) && !/^\p{Lu}+$/u.test(surface) && !lexicon.entries.has(normOf(surface)) && !isModelShaped(surface)) {
          found.push(mention(sentence, text, tokens, item, "DATASET", "EVALUATES_ON", 0.65));
        }
      }
    }
    // "experiments on A, B and C": name-shaped datasets after "on" in an evaluation sentence.
    if (evaluation && /^on$/i.test(word) && i + 1 < tokens.length) {
      let j = i + 1;
      if (/^the$/i.test(tokens[j].text)) j++;
      if (j < tokens.length && isNameShaped(tokens[j].text, lexicon) && !lexicon.entries.has(tokens[j].norm)) {
        const items = listForward(text, tokens, j, lexicon);
        // "on Mip-NeRF360, LLFF, DTU, and Blender": in a list of three or more names, most of them name-shaped or
        // known datasets, a capitalised word is one more dataset.
        const dataLike = items.filter((it) => it.from === it.to && (isNameShaped(tokens[it.from].text, lexicon) || lexicon.entries.get(tokens[it.from].norm)?.kind === "DATASET")).length;
        const homogeneous = items.length >= 3 && dataLike >= items.length - 1;
        for (const item of items) {
          if (item.from === item.to && !isNameShaped(tokens[item.from].text, lexicon) && !(homogeneous && /^\p{Lu}\p{Ll}+$/u.test(tokens[item.from].text) && !lexicon.entries.has(tokens[item.from].norm))) continue;
          // "speedups on Llama-3.1-8B": a released model's name is the thing run, not the data.
          if (isModelShaped(tokens[item.to].text) || isKnownModelVariant(tokens[item.to].text, lexicon)) continue;
          // "experiments on SD models": a method noun after the name types it as what is run.
          if (METHOD_NOUN_AFTER.test(text.slice(tokens[item.to].end, tokens[item.to].end + 16))) continue;
          found.push(mention(sentence, text, tokens, item, "DATASET", "EVALUATES_ON", 0.55));
        }
      }
    }
  }
  // "outperforms existing baselines, including Switch, BASE Layer, Hash Layer and StableMoE"
  if (comparison) {
    const tail = text.slice(comparisonAt + comparison[0].length);
    const lead = tail.match(/^\s*(?:(?:the|existing|previous|prior|strong|several|many|other|recent|competitive|popular|state-of-the-art|sota|leading|current|\w+-based)\s+)*(?:baselines?|methods?|approaches|models?|algorithms?|techniques?|works?)?\s*,?\s*(?:\(|including|such as|like|e\.g\.,?|i\.e\.,?|namely)?\s*/i);
    const from = comparisonAt + comparison[0].length + (lead ? lead[0].length : 0);
    const first = tokens.findIndex((t) => t.start >= from);
    if (first >= 0 && tokens[first].start - from <= 1) {
      for (const item of listForward(text, tokens, first, lexicon)) found.push(mention(sentence, text, tokens, item, "METHOD", "COMPARES_WITH", 0.65));
    }
  }
  // Name-shaped tokens anywhere: methods by default (a dataset or proposal pattern overrides the kind); a name
  // followed by ", a ... benchmark" or shaped like one ("FooBench", "BarQA") is a dataset.
  tokens.forEach((t, i) => {
    const base = adjectivalBase(t.text);
    if (base && isNameShaped(base, lexicon) && !lexicon.entries.has(normOf(base))) {
      const relation = t.start > comparisonAt ? "COMPARES_WITH" : "USES";
      found.push({ sentence, start: t.start, end: t.start + base.length, surface: base, kind: "METHOD", relation, confidence: 0.45, source: "name" });
      return;
    }
    const named = isNameShaped(t.text, lexicon) || (sentence > 0 && i > 0 && isTitleCaseCompound(t.text));
    if (!named) return;
    if (lexicon.entries.has(t.norm)) return;
    const variant = isKnownModelVariant(t.text, lexicon);
    if (!isModelShaped(t.text) && !variant && (isDatasetShaped(t.text) || appositiveIsDataset(text, t.end))) {
      found.push({ sentence, start: t.start, end: t.end, surface: t.text, kind: "DATASET", relation: "EVALUATES_ON", confidence: 0.65, source: "pattern" });
      return;
    }
    // "Qwen-Math", "Llama-Guard": a known model's name with a capitalised suffix is that model's variant.
    if (!isNameShaped(t.text, lexicon) && isKnownModelWithSuffix(t.text, lexicon)) {
      found.push({ sentence, start: t.start, end: t.end, surface: t.text, kind: "METHOD", relation: t.start > comparisonAt ? "COMPARES_WITH" : "USES", confidence: 0.7, source: "name" });
      return;
    }
    if (!isNameShaped(t.text, lexicon)) return;
    // "the QRX regularization", "SNR pruning": a name before a technique's action noun is that technique's modifier;
    // the technique phrase names the thing ("the SM3 optimizer" stays SM3).
    const next = tokens[i + 1];
    if (next && next.start === t.end + 1 && METHOD_HEADS.has(next.norm) && /(?:tion|sion|ing)$/.test(next.norm) && !lexicon.entries.has(t.norm)) return;
    // "the FooCCE problem": a name heading a problem names the problem, a task.
    if (next && next.start === t.end + 1 && (next.norm === "problem" || isWord(next.text, "problems"))) {
      found.push({ sentence, start: t.start, end: t.end, surface: t.text, kind: "TASK", relation: "ADDRESSES", confidence: 0.6, source: "pattern" });
      return;
    }
    // "a PyTorch pruning toolkit, EasyPruner": software the work ships or runs on is no method.
    if (SOFTWARE_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))) return;
    const relation = t.start > comparisonAt ? "COMPARES_WITH" : "USES";
    found.push({
      sentence,
      start: t.start,
      end: t.end,
      surface: t.text,
      kind: "METHOD",
      relation,
      confidence: variant ? 0.75 : isModelShaped(t.text) || (next !== undefined && METHOD_NOUN_AFTER.test(text.slice(t.end, t.end + 16))) ? 0.6 : isCamelCase(t.text) ? 0.5 : 0.4,
      source: "name",
    });
  });
  return found;
}

/** "the SM3 optimizer", "a VGG backbone": a method noun after a name types it as a method. */
const METHOD_NOUN_AFTER = /^[\s-]+(?:optimi[sz]ers?|models?|networks?|algorithms?|architectures?|backbones?|solvers?|regulari[sz]ers?|estimators?|samplers?)\b/i;

/** Software nouns right before a name in apposition. */
const SOFTWARE_BEFORE = /\b(?:toolkit|toolbox|library|package|software|codebase|repository|plugin)\s*,?\s*(?:called|named)?\s*$/i;

/** "Qwen-Math", "Llama-Guard": a known model written as a name, a hyphen, and a capitalised word that is no participle. */
function isKnownModelWithSuffix(token: string, lexicon: Lexicon): boolean {
  const m = token.match(/^(\p{Lu}[\p{L}\p{N}]*)-(\p{Lu}\p{Ll}+)$/u);
  if (!m || /(?:ed|ing|based|like|style|aware|free)$/.test(m[2])) return false;
  const entry = lexicon.entries.get(normOf(m[1]));
  return entry !== undefined && entry.kind === "METHOD" && /\p{Lu}/u.test(entry.canonical) && entry.exactForms?.has(m[1]) === true;
}

/** "ResNet-110", "VGG-13", "GPT-5": a known model's name with another depth or version is that model's variant; so is
 * one with a dimension before it ("2D-LSTM", "3D-CNN"). */
function isKnownModelVariant(token: string, lexicon: Lexicon): boolean {
  const m = token.match(/^(\p{Lu}[\p{L}]*)-?\d+$/u) ?? token.match(/^[1-4]D-(\p{Lu}[\p{L}\p{N}]*)$/u);
  return m !== null && lexicon.entries.get(normOf(m[1]))?.kind === "METHOD";
}
