// The problem a title states: "... for Concept Erasing", "... in Long-context LLM Prefilling", "Task-Specific
// Data Selection for ...". A title names its method and its purpose; the phrase after "for" (or opening the
// title or subtitle) whose head is an action noun is the task the paper addresses.
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import { EVALUATIVE_LEAD, LEADING_STOPWORDS, METHOD_HEADS } from "./heads";
import { normOf } from "./tokens";

/** Words that end one title phrase and start the next; the word itself says what the next phrase is. */
const SPLIT = /\s+(for|via|with|in|on|through|using|by|from|at|over|of|to|towards?|under|and|or|vs\.?|beyond|without|as|into|across|within|during|when|while|where|whereas|beyond|against|versus)\s+|\s*[:,;?!]\s+|\s+[-–—]\s+/gi;
/** Before the phrase: the purpose of the work ("for"), its setting ("in"), or nothing (title or subtitle start). */
const PURPOSE = new Set(["for", "in", "towards", "toward", ""]);
/** Action nouns by form: nominalisations and gerunds ("erasing", "deployment", "selection", "analysis"). */
const ACTION_NOUN = /(?:tion|sion|ment|sis|ing|ance|ence)$|^(?:search|transfer|discovery|recovery|retrieval|removal|rehearsal|control|capture)$/;
/** Action nouns that are not tasks by themselves: what is improved, how, or the training itself. */
const NOT_TASK_HEADS = new Set(
  ("training learning pretraining pre-training fine-tuning finetuning tuning scaling performance efficiency convergence generalization " +
    "generalisation representation representations attention computation optimization optimisation regularization initialization " +
    "approximation evaluation implementation application applications improvement sparsification activation activations approval " +
    "rethinking revisiting understanding thinking reasoning modeling modelling sampling matching mapping routing gating pooling " +
    "encoding embedding embeddings mechanism string thing setting everything nothing something beginning ending building " +
    "significance presence evidence difference sentence experience existence science confidence intelligence sequence instance balance distance " +
    "importance relevance variance tolerance guidance assistance resistance environment element document segment " +
    "equation function collection dimension distribution position condition population question diffusion " +
    "development investment experiment argument comment moment statement requirement assessment").split(" "),
);
/** Participles that attach a means to the phrase: "LLM Augmented Code Search" is code search. */
const MEANS_PARTICIPLE = /^(?:\p{L}+-)?(?:augmented|guided|based|driven|enhanced|assisted|aware|powered|conditioned|informed|inspired|enabled|empowered)$/iu;
const MAX_WORDS = 4;
/** Nouns that name a quantity or part of what follows their own "of" ("Number of Clusters", "Source of an Epidemic"). */
const RELATIONAL_NOUN = /^(?:number|amount|size|degree|rate|level|source|location|order|choice|set)s?$/i;

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(title: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of title.slice(from, to).matchAll(/\S+/g)) out.push({ text: m[0], start: from + m.index!, end: from + m.index! + m[0].length });
  return out;
}

/** "Advancing MoE Inference", "Measuring Evolution of ...": a segment opening the title (or subtitle) with a verb. */
function withoutTitleVerb(ws: Word[], lead: string, lexicon: Lexicon): Word[] {
  if (lead !== "" || ws.length === 0 || !/^\p{Lu}\p{Ll}+ing$/u.test(ws[0].text)) return ws;
  return lexicon.entries.has(normOf(ws.map((w) => w.text).join(" "))) ? ws : ws.slice(1);
}

/** The task phrase in one title segment, or undefined. */
function taskPhrase(segment: Word[], lead: string, lexicon: Lexicon): Word[] | undefined {
  let ws = segment;
  const cut = ws.map((w) => MEANS_PARTICIPLE.test(w.text)).lastIndexOf(true);
  if (cut >= 0) ws = ws.slice(cut + 1);
  // "Advancing MoE Inference", "Learning Oriented Object Detection": the verb of the title, not part of the task.
  if (ws === segment) ws = withoutTitleVerb(ws, lead, lexicon);
  while (ws.length > 0 && (LEADING_STOPWORDS.has(ws[0].text.toLowerCase()) || EVALUATIVE_LEAD.test(ws[0].text) || /^deep$/i.test(ws[0].text))) ws = ws.slice(1);
  ws = ws.slice(-MAX_WORDS);
  if (ws.length < 2 || ws.some((w) => !/^[\p{L}\p{N}][\p{L}\p{N}'’:-]*$/u.test(w.text))) return undefined;
  // An all-capitals title says nothing by case; its words are left to the abstract.
  if (ws.every((w) => !/\p{Ll}/u.test(w.text))) return undefined;
  const head = ws[ws.length - 1].text.toLowerCase();
  // "for Distributed Deep Learning": a kind of learning as the purpose is a task (a known method, "Contrastive
  // Learning", is not: see below).
  const purposeLearning = lead === "for" && head === "learning";
  if (!ACTION_NOUN.test(head) || (NOT_TASK_HEADS.has(head) && !purposeLearning) || METHOD_HEADS.has(head) || head.endsWith("s") && !/(?:sis|ss)$/.test(head)) return undefined;
  // "learning" heads a task only as the purpose ("for Federated Learning"), where the vocabulary usually has it anyway.
  if (lead === "" && /ing$/.test(head) && ws.length < 2) return undefined;
  if (lexicon.genericHeads.has(head)) return undefined;
  const known = lexicon.entries.get(normOf(ws.map((w) => w.text).join(" ")));
  if (known && known.kind !== "TASK") return undefined;
  return ws;
}

/** The action noun of a segment and its "of" object: "Implicit Calibration" + "Regression Models", evaluations dropped. */
function ofPhrase(own: Word[], object: Word[], lead: string, lexicon: Lexicon): Word[] | undefined {
  let ws = withoutTitleVerb(own, lead, lexicon);
  while (ws.length > 0 && (LEADING_STOPWORDS.has(ws[0].text.toLowerCase()) || EVALUATIVE_LEAD.test(ws[0].text))) ws = ws.slice(1);
  const all = [...ws, ...object];
  if (ws.length === 0 || ws.length > 2 || all.some((w) => !/^[\p{L}][\p{L}\p{N}-]*$/u.test(w.text)) || all.every((w) => !/\p{Ll}/u.test(w.text))) return undefined;
  return all;
}

/** The word that opens the title segment holding offset `at` ("via" for "Gradient Matching" in "... via Gradient Matching"). */
export function titleLeadAt(title: string, at: number): string {
  let lead = "";
  for (const m of title.matchAll(SPLIT)) {
    if (m.index! >= at) break;
    // A comma lists items in the same slot ("via Deep, Generative Modeling"); "based on" introduces the means.
    if (m[1] === undefined && /^\s*,/.test(m[0])) continue;
    lead = (m[1] ?? "").toLowerCase();
    if (lead === "on" && /\bbased$/i.test(title.slice(0, m.index!))) lead = "based on";
  }
  return lead;
}

export function findTitleTasks(title: string, lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  const colon = title.search(/\s*:\s+\S/);
  let lead = "";
  let at = 0;
  const segments: { lead: string; from: number; to: number }[] = [];
  for (const m of title.matchAll(SPLIT)) {
    segments.push({ lead, from: at, to: m.index! });
    lead = (m[1] ?? "").toLowerCase();
    at = m.index! + m[0].length;
  }
  segments.push({ lead, from: at, to: title.length });
  // "...: On Emergence of ...": a subtitle opening with a preposition.
  for (const s of segments) {
    const first = title.slice(s.from, s.to).match(/^(\p{L}+)\s+/u);
    if (s.lead === "" && first && /^(?:on|for|in|towards?|with|via|from|of|to|by|at)$/i.test(first[1])) {
      s.lead = first[1].toLowerCase();
      s.from += first[0].length;
    }
  }
  const phrases = segments.map((s, i) => {
    if (!PURPOSE.has(s.lead) || (colon >= 0 && s.to <= colon)) return undefined;
    const own = words(title, s.from, s.to);
    // "Towards Implicit Calibration of Regression Models", "Improved Estimation of Concentration": an action noun with
    // its object after "of" is the task, object included.
    // "Towards Robustness Against Word Substitutions": a quality of models with what it holds against is the task too.
    const head = own[own.length - 1]?.text.toLowerCase() ?? "";
    const nextLead = segments[i + 1]?.lead;
    const action = nextLead === "of" && ACTION_NOUN.test(head) && !NOT_TASK_HEADS.has(head) && !METHOD_HEADS.has(head);
    const quality = (nextLead === "against" || nextLead === "to") && /(?:ness|ity)$/.test(head);
    let object = action || quality ? words(title, segments[i + 1].from, segments[i + 1].to) : [];
    // "Prediction of Number of Clusters": a relational object takes its own "of" phrase along.
    if (action && RELATIONAL_NOUN.test(object[object.length - 1]?.text ?? "") && segments[i + 2]?.lead === "of") {
      object = [...object, ...words(title, segments[i + 2].from, segments[i + 2].to)];
    }
    if (object.length >= 1 && object.length <= (quality ? 5 : 3)) {
      const withObject = ofPhrase(own, object, s.lead, lexicon);
      if (withObject) return withObject;
    }
    return taskPhrase(own, s.lead, lexicon);
  });
  for (let i = 0; i < segments.length; i++) {
    const phrase = phrases[i];
    if (!phrase) continue;
    // "Cross-Modal Fusion for RGB-X Semantic Segmentation": when the purpose follows, the opening phrase is the means.
    // "Adaptive Clipping for Stable Training": an opening X-ing before "for" is the means even without a stated purpose.
    // "Latent Space Adaptation of Image Detectors for Event-based Vision": an "of" phrase may stand between the two.
    let next = i + 1;
    while (segments[next]?.lead === "of") next++;
    if (segments[i].lead === "" && segments[next]?.lead === "for") continue;
    const start = phrase[0].start;
    const end = phrase[phrase.length - 1].end;
    found.push({ sentence: 0, start, end, surface: title.slice(start, end), kind: "TASK", relation: "ADDRESSES", confidence: 0.5, source: "pattern", titleTask: true });
  }
  return found;
}
