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
};
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
    if (!endsInIng(tokens[i].text) && !INHERITED.has(tokens[i].text.toLowerCase())) continue;
    const nominal = NOMINAL[tokens[i].text.toLowerCase()];
    if (!nominal) continue;
    // "3D rendering framework", "adaptive relation modeling": a gerund inside a noun compound is no verb.
    if (i > 0 && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[i - 1].pos)) continue;
    // "the generating process", "a tracking module": a gerund after a determiner modifies a noun, it is no verb.
    if (i > 0 && /^(?:a|an|the|our|its|their|this|these)$/i.test(tokens[i - 1].text)) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j].pos === "DET") j++;
    const objStart = j;
    while (j < tokens.length && j - objStart < 4 && (tokens[j].pos === "ADJ" || tokens[j].pos === "NOUN" || tokens[j].pos === "PROPN" || (tokens[j].text === "-" && tokens[j].start === tokens[j - 1].end))) j++;
    let last = j - 1;
    while (last >= objStart && tokens[last].pos !== "NOUN" && tokens[last].pos !== "PROPN") last--;
    if (last < objStart || NOT_OBJECT.test(tokens[last].text) || lexicon.genericHeads.has(tokens[last].text.toLowerCase())) continue;
    // The object in its singular, without grading adjectives: "novel views" -> "novel view", "unwanted concepts" -> "concept".
    const objectWords = tokens.slice(objStart, last + 1).map((t) => t.text);
    const candidates: string[] = [];
    for (let k = 0; k < objectWords.length; k++) {
      const words = objectWords.slice(k);
      const lower = words.map((w, n) => (n === words.length - 1 ? singularize(w.toLowerCase()) : /^\p{Lu}{2,}/u.test(w) ? w : w.toLowerCase()));
      candidates.push(`${lower.join(" ")} ${nominal}`.replace(/ - /g, "-"));
    }
    // The vocabulary may hold the verb phrase itself ("solving partial differential equations" for PDE solving).
    const gerund = tokens[i].text.toLowerCase();
    const phrases = objectWords.map((_, k) => `${gerund} ${objectWords.slice(k).join(" ")}`);
    const spoken = phrases.map((c) => lexicon.entries.get(normOf(c))).find((e) => e?.kind === "TASK")?.canonical;
    const known = spoken ?? candidates.find((c) => lexicon.entries.get(normOf(c))?.kind === "TASK");
    if (!known && candidates.some((c) => lexicon.entries.has(normOf(c)))) continue;
    let name = known;
    if (!name) {
      const graded = objectWords.findIndex((w) => !GRADING.test(w) && !LEADING_STOPWORDS.has(w.toLowerCase()));
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
