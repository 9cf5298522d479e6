// Tasks written as verb phrases: "synthesizing novel views" is novel view synthesis, "detecting novelties" is
// novelty detection, "erasing concepts" is concept erasure. The gerund and its object are turned into the
// object + nominal form a researcher would tag the paper with; the evidence stays the verb phrase as written.
import { singularize } from "../../domain";
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import type { TaggedToken } from "./tagger";
import { LEADING_STOPWORDS } from "./heads";
import { normOf } from "./tokens";

/** Gerund -> nominal of verbs that name ML/CS tasks (the nominal is the task head: generate -> generation). */
export const NOMINAL: Record<string, string> = {
  synthesizing: "synthesis", synthesising: "synthesis", generating: "generation", detecting: "detection", erasing: "erasure",
  removing: "removal", retrieving: "retrieval", estimating: "estimation", segmenting: "segmentation", classifying: "classification",
  translating: "translation", compressing: "compression", predicting: "prediction", recognizing: "recognition", recognising: "recognition",
  reconstructing: "reconstruction", summarizing: "summarization", summarising: "summarization", tracking: "tracking", answering: "answering",
  editing: "editing", captioning: "captioning", localizing: "localization", localising: "localization", forecasting: "forecasting",
  parsing: "parsing", ranking: "ranking", recommending: "recommendation", denoising: "denoising", completing: "completion",
  extracting: "extraction", labeling: "labeling", labelling: "labeling", tagging: "tagging", registering: "registration",
  restoring: "restoration", inpainting: "inpainting", animating: "animation", rendering: "rendering", verifying: "verification",
  identifying: "identification", transcribing: "transcription", deploying: "deployment", solving: "solving", searching: "search",
  aligning: "alignment", grounding: "grounding", interpreting: "interpretation", planning: "planning",
  navigating: "navigation", manipulating: "manipulation", understanding: "understanding", modeling: "modeling", modelling: "modeling",
  evaluating: "evaluation", accelerating: "acceleration", counting: "counting",
};

/** The object's singular; "bias" and "gas" are singular already. */
function singular(word: string): string {
  return /(?:as|is|us|ss)$/.test(word) ? word : singularize(word);
}

/** Base forms whose object is no task: "understand X" is an analysis, "answer questions" the paper's research
 * questions, "solve X", "model X", "plan X" the means. */
const NO_PURPOSE = new Set(["understand", "answer", "solve", "model", "plan", "deploy", "interpret", "search", "complete"]);

/** The nominal of a verb's base form through its gerund: "detect" (detecting), "generate" (generating), "plan" (planning). */
function nominalOfBase(base: string): string | undefined {
  return NOMINAL[`${base}ing`] ?? (base.endsWith("e") ? NOMINAL[`${base.slice(0, -1)}ing`] : undefined) ?? NOMINAL[`${base}${base[base.length - 1]}ing`];
}
/** Adjectives that grade the object rather than name it: "high-quality images", "multiple concepts". */
const GRADING = /^(?:high-quality|realistic|photorealistic|diverse|unwanted|harmful|multiple|arbitrary|given|specific|target|targeted|novel|new|accurate|coherent|plausible|long|short|complex|relevant|such|these|those|any|all|various|many|different|more|unseen|desired|missing|raw)$/i;

/** Heads that are measured, not processed: "rendering quality" is no rendering of qualities. */
const NOT_OBJECT = /^(?:quality|speed|performance|capabilit(?:y|ies)|efficiency|costs?|time|process|stage|loss|results?|applications?|literature|challenges?|accuracy|errors?|way|ways|insights?|gains?|improvements?)$/i;
/** A sentence in the paper's own voice or stating a problem. */
const STATED = /\b(?:we|our|this (?:paper|work|study)|challeng\w*|problem|task|goal|aim\w*|address\w*|tackl\w*|focus\w*)\b/i;

const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** /ing$/i by character codes. */
function endsInIng(word: string): boolean {
  const n = word.length;
  return n >= 3 && (word.charCodeAt(n - 3) | 0x20) === 0x69 && (word.charCodeAt(n - 2) | 0x20) === 0x6e && (word.charCodeAt(n - 1) | 0x20) === 0x67;
}

export function findNominalizations(sentence: number, text: string, tokens: TaggedToken[], lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    // The tag test comes first: looking a fresh lowercase string up in NOMINAL costs far more, and most tokens are no verb.
    if (tokens[i].pos !== "VERB") continue;
    // NOMINAL's own words all end in "ing"; another word can only find what every object inherits ("constructor").
    // A base form names the goal where it opens the title ("Evaluate Bias ...") or follows "to" ("to accelerate X").
    const gerund = endsInIng(tokens[i].text);
    const purpose = !gerund && (i === 0 ? sentence === 0 : tokens[i - 1].text.toLowerCase() === "to" && tokens[i - 1].pos === "PART");
    if (!gerund && !purpose) continue;
    const verb = tokens[i].text.toLowerCase();
    if (INHERITED.has(verb)) continue;
    const nominal = gerund ? NOMINAL[verb] : NO_PURPOSE.has(verb) ? undefined : nominalOfBase(verb);
    if (!nominal) continue;
    // "3D rendering framework", "adaptive relation modeling": a gerund inside a noun compound is no verb.
    if (i > 0 && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[i - 1].pos)) continue;
    // "the generating process", "a tracking module": a gerund after a determiner modifies a noun, it is no verb.
    if (i > 0 && /^(?:a|an|the|our|its|their|this|these)$/i.test(tokens[i - 1].text)) continue;
    // "label-correction": the first part of a hyphen compound is no verb.
    if (tokens[i + 1].text === "-" && tokens[i + 1].start === tokens[i].end) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j].pos === "DET") j++;
    const objStart = j;
    while (j < tokens.length && j - objStart < 4 && (tokens[j].pos === "ADJ" || tokens[j].pos === "NOUN" || tokens[j].pos === "PROPN" || (tokens[j].text === "-" && tokens[j].start === tokens[j - 1].end))) j++;
    let last = j - 1;
    while (last >= objStart && tokens[last].pos !== "NOUN" && tokens[last].pos !== "PROPN") last--;
    if (last < objStart || NOT_OBJECT.test(tokens[last].text) || lexicon.genericHeads.has(tokens[last].text.toLowerCase())) continue;
    // The object goes on past what was read ("translate core machine learning algorithms", "detect OOD state-action
    // pairs"): its head is not known, so neither is the task.
    const next = tokens[last + 1];
    if (next && (next.text === "-" || (next.pos === "VERB" && endsInIng(next.text) && tokens[last + 2]?.pos === "NOUN") || (purpose && (next.pos === "NOUN" || next.pos === "PROPN")))) continue;
    // The object in its singular, without grading adjectives: "novel views" -> "novel view", "unwanted concepts" -> "concept".
    const objectWords = tokens.slice(objStart, last + 1).map((t) => t.text);
    const candidates: string[] = [];
    for (let k = 0; k < objectWords.length; k++) {
      const words = objectWords.slice(k);
      const lower = words.map((w, n) => (n === words.length - 1 ? singular(w.toLowerCase()) : /^\p{Lu}{2,}/u.test(w) ? w : w.toLowerCase()));
      candidates.push(`${lower.join(" ")} ${nominal}`.replace(/ - /g, "-"));
    }
    // The vocabulary may hold the verb phrase itself ("solving partial differential equations" for PDE solving).
    const phrases = objectWords.map((_, k) => `${verb} ${objectWords.slice(k).join(" ")}`);
    const spoken = phrases.map((c) => lexicon.entries.get(normOf(c))).find((e) => e?.kind === "TASK")?.canonical;
    const known = spoken ?? candidates.find((c) => lexicon.entries.get(normOf(c))?.kind === "TASK");
    if (!known && candidates.some((c) => lexicon.entries.has(normOf(c)))) continue;
    let name = known;
    if (!name) {
      // Never from inside a hyphen compound: "the long-term future" is not "- term future".
      const graded = objectWords.findIndex((w, k) => !GRADING.test(w) && !LEADING_STOPWORDS.has(w.toLowerCase()) && w !== "-" && objectWords[k - 1] !== "-");
      if (graded < 0) continue;
      name = candidates[graded];
    }
    const start = tokens[i].start;
    const end = tokens[last].end;
    // A known task is as sure as the vocabulary; a new one is a candidate, surer when the title states it.
    // A task the paper takes on is stated in the title, in its own voice or as a problem; elsewhere it is background.
    const stated = sentence === 0 || STATED.test(text);
    const confidence = known ? (stated ? 0.7 : 0.45) : stated ? 0.45 : 0.35;
    found.push({ sentence, start, end, surface: text.slice(start, end), kind: "TASK", relation: "ADDRESSES", name, confidence, source: "head-noun" });
  }
  return found;
}
