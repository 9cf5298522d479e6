// Tasks a paper states as its problem: "the problem of certified robustness", "the task of detecting anomalies",
// "Forecasting events in space and time is a fundamental problem", "we tackle open-set recognition". The phrase in
// the problem slot is the task, whatever its head word; the evidence is that phrase as written.
import { singularize } from "../../domain";
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import type { TaggedToken } from "./tagger";
import { LEADING_STOPWORDS, METHOD_HEADS, TASK_HEADS } from "./heads";
import { NOMINAL } from "./nominalizations";
import { normOf } from "./tokens";
import { isWord } from "./word-equals";

/** "the problem of", "the task of", "the challenge of": what follows is the problem. */
const PROBLEM_OF = /^(?:problem|task|challenge)s?$/i;
/** "is a fundamental problem", "remains a challenging task", "is a fast-emerging problem", "is a promising hardware-aware
 * direction", "has gained considerable attention": the subject before is the problem (any graded adjectives, by their
 * endings, may stand before the noun). */
const PROBLEM_IS = /^\s*(?:has|have)\s+(?:recently\s+|also\s+)?(?:gained|attracted|received|drawn|garnered)\s+(?:[\w-]+\s+){0,3}?(?:attention|interest)\b|^\s*(?:is|remains|has been|has become|has long been)\s+(?:(?:a|an|the)\s+)?(?:(?:fundamental|long-standing|longstanding|challenging|difficult|important|central|core|classic|classical|open|key|critical|hard|notoriously hard|well-known|well-studied|crucial|major|ubiquitous|common|basic|essential)\s+)*(?:and\s+\w+\s+)?(?:problem|task|challenge)\b|^\s*(?:is|remains|has become)\s+(?:a|an)\s+(?:(?:\w+-[\w-]+|\w+(?:ing|ed|al|ive|ful|ous|ic|ent|ant|ile|ary))\s+){0,3}(?:problem|task|challenge|direction|research direction|research area|research topic)\b/i;
/** "we study / tackle / address / consider / investigate": what the paper takes on. */
const WE_TAKE_ON = /^(?:study|studies|tackle|tackles|address|addresses|consider|considers|investigate|investigates|revisit|revisits|explore|explores)$/i;
/** What a stated problem is called when it is no task: a property, an effect, a quantity. */
const NOT_PROBLEM_HEAD = /^(?:effect|effects|impact|role|use|behaviou?r|performance|quality|properties|property|efficiency|cost|costs|time|issue|issues|question|questions|setting|settings|case|cases|design|choice|choices|way|ways|possibility|feasibility|ability|capacity|dynamics|nature|existence|landscape|trade-off|tradeoff|limits?|power|potential|relationship|connection|gap|lack|need|use|usage|benefits?|importance|value|extent|degree|number|amount)$/i;
const PHRASE_POS = new Set(["ADJ", "NOUN", "PROPN"]);
const MAX_WORDS = 4;

interface Span {
  start: number;
  end: number;
  name: string;
}

/** The noun phrase (or gerund + object, as its nominal) starting at token k, if it can name a task. */
function phraseAt(text: string, tokens: TaggedToken[], k: number, lexicon: Lexicon, stated = false): Span | undefined {
  while (k < tokens.length && /^(?:the|a|an|this|these|our|its)$/i.test(tokens[k].text)) k++;
  if (k >= tokens.length) return undefined;
  const nominal = NOMINAL[tokens[k].text.toLowerCase()];
  const gerund = nominal !== undefined && /ing$/i.test(tokens[k].text);
  let i = gerund ? k + 1 : k;
  while (i < tokens.length && /^(?:the|a|an)$/i.test(tokens[i].text)) i++;
  const first = i;
  let j = i;
  while (j < tokens.length && (PHRASE_POS.has(tokens[j].pos) || (tokens[j].text === "-" && tokens[j].start === tokens[j - 1]?.end && tokens[j + 1]?.start === tokens[j].end) || (j > first && tokens[j].pos === "VERB" && /ing$/.test(tokens[j].text) && TASK_HEADS.has(tokens[j].text.toLowerCase())))) j++;
  let last = j - 1;
  while (last >= first && !(tokens[last].pos === "NOUN" || tokens[last].pos === "PROPN" || TASK_HEADS.has(tokens[last].text.toLowerCase()))) last--;
  if (last < first) return undefined;
  // "the problem of X in Y": X only; at most four words, leading evaluations dropped.
  let from = first;
  while (from < last && (LEADING_STOPWORDS.has(tokens[from].text.toLowerCase()) || tokens[from].text === "-")) from++;
  while (last - from + 1 > MAX_WORDS + 2) from++;
  const head = tokens[last].text.toLowerCase();
  // A technique's head word ("decomposition", "clustering") names a problem only where the sentence says it is one.
  if (NOT_PROBLEM_HEAD.test(head) || lexicon.genericHeads.has(head) || (!stated && (METHOD_HEADS.has(head) || METHOD_HEADS.has(head.replace(/s$/, ""))))) return undefined;
  const object = text.slice(tokens[from].start, tokens[last].end);
  if (!/\p{L}{3}/u.test(object) || /^\p{Lu}{2,}s?$/u.test(object)) return undefined;
  if (gerund) {
    const words = object.split(/\s+/);
    words[words.length - 1] = singularize(words[words.length - 1].toLowerCase());
    const name = `${words.map((w) => (/^\p{Lu}{2}/u.test(w) ? w : w.toLowerCase())).join(" ")} ${nominal}`;
    return { start: tokens[k].start, end: tokens[last].end, name };
  }
  if (lexicon.genericHeads.has(object.toLowerCase())) return undefined;
  const known = lexicon.entries.get(normOf(object));
  if (known && known.kind !== "TASK") return undefined;
  // A single plain noun ("robustness", "fairness") is a task only when the vocabulary says so, or, where the sentence
  // states it as the problem, when it names a quality of models ("explainability", "interpretability").
  if (from === last && !known && !(stated && /(?:ability|ness|ity)$/i.test(object))) return undefined;
  return { start: tokens[from].start, end: tokens[last].end, name: known?.canonical ?? object };
}

/** A stated problem is the paper's own phrase: vocabulary tasks inside it ("adversarial robustness" in "certified
 * adversarial robustness") give way to it. */
export function preferStatements(mentions: Mention[]): Mention[] {
  const statements = mentions.filter((m) => m.statement);
  if (statements.length === 0) return mentions;
  return mentions.filter((m) => m.statement || m.kind !== "TASK" || m.topic || !statements.some((s) => s.sentence === m.sentence && s.start <= m.start && m.end <= s.end && s.end - s.start > m.end - m.start));
}

export function findProblemStatements(sentence: number, text: string, tokens: TaggedToken[], lexicon: Lexicon): Mention[] {
  if (sentence === 0) return [];
  const found: Span[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    // "the problem of X", "the task of X"
    if (PROBLEM_OF.test(t.text) && afterDeterminer(tokens, i) && tokens[i + 1].text.toLowerCase() === "of") {
      const span = phraseAt(text, tokens, i + 2, lexicon);
      // "the principal challenge of modality misalignment": graded, the slot may hold an issue; it must read as a task.
      if (span && (/^(?:the|this)$/i.test(tokens[i - 1].text) || isTaskLike(span.name, lexicon))) found.push(span);
    }
    // "we study X", "we tackle the problem of X" (the latter is taken by the rule above)
    if (isWord(t.text, "we") && WE_TAKE_ON.test(tokens[i + 1].text) && (!/^(?:the|a)$/i.test(tokens[i + 2].text) || (/^the$/i.test(tokens[i + 2].text) && !PROBLEM_OF.test(tokens[i + 3]?.text ?? "")))) {
      const span = phraseAt(text, tokens, i + 2, lexicon);
      // A stated object is a task only when it has a task-like head: "we study open-set recognition".
      if (span && isTaskLike(span.name, lexicon)) found.push(span);
    }
  }
  // "X is a fundamental problem": X opens the sentence.
  const verb = tokens.findIndex((t) => isWord(t.text, "is") || isWord(t.text, "remains") || isWord(t.text, "has") || isWord(t.text, "have"));
  if (verb > 0 && verb <= 8 && PROBLEM_IS.test(text.slice(tokens[verb].start - 1))) {
    const span = phraseAt(text, tokens, 0, lexicon, true);
    if (span && span.end <= tokens[verb].start) found.push(span);
  }
  return found.map((s) => ({ sentence, start: s.start, end: s.end, surface: text.slice(s.start, s.end), kind: "TASK", relation: "ADDRESSES", name: s.name, confidence: 0.55, source: "pattern", statement: true }));
}

/** "the problem", "this task", "the complex task", "the challenging open problem": a determiner, then up to two adjectives. */
function afterDeterminer(tokens: TaggedToken[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (/^(?:the|this)$/i.test(tokens[k].text)) return true;
    if (tokens[k].pos !== "ADJ") return false;
  }
  return false;
}

/** A name whose head is a task head or a vocabulary task. */
function isTaskLike(name: string, lexicon: Lexicon): boolean {
  if (lexicon.entries.get(normOf(name))?.kind === "TASK") return true;
  const head = name.toLowerCase().split(/\s+/).pop() ?? "";
  return TASK_HEADS.has(head) || /(?:tion|sis)$/.test(head);
}
