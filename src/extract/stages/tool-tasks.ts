// A task named as a tool or an ability is not what the paper addresses: "leverage monocular depth estimation to
// enhance ...", "the code generation capabilities of LLMs". Such mentions keep their evidence at a lower confidence.
import type { Mention } from "./mention";
import { titleLeadAt } from "./title-tasks";

const TOOL_BEFORE = /\b(?:leverag\w*|us(?:e|es|ed|ing)|employ\w*|utiliz\w*|utilis\w*|apply\w*|applie[sd]|exploit\w*|adopt\w*|rel(?:y|ies|ying) on|via|through|by|(?:techniques?|methods?|ideas?|tools?|insights?|concepts?) (?:from|of|in))\s+(?:(?:a|an|the|off-the-shelf|pre-?trained|existing|external)\s+)*$/i;
const TOOL_AFTER = /^\s*(?:capabilit\w*|abilit\w*|skills?|models?|modules?|networks?|priors?|outputs?|results?|predictions?|estimates?|maps?)\b/i;
/** "representation learning methods", "clustering algorithms": past the opening sentence (which states the field), the
 * task names a family of methods, unless the paper calls it its own ("our new domain adaptation methods"). */
const FAMILY_AFTER = /^\s*(?:methods|approaches|techniques|algorithms)\b/i;
/** "image reconstruction, diffusion denoising, and temporal consistency losses": tasks listed before "losses" name
 * the losses' terms, not problems the paper addresses. */
const LOSS_LIST_AFTER = /^(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[\p{L}\p{N}-]+(?:\s[\p{L}\p{N}-]+){0,3}?)*\s+(?:loss(?:es)?|objectives?|penalt(?:y|ies))\b/u;
/** Low enough that other sources agreeing on the phrase do not lift it to the default threshold. */
const LOSS_CAP = 0.3;
const OWN_BEFORE = /\b(?:our|novel|new|proposed)\s+(?:[\w-]+\s+){0,2}$/i;
const CAP = 0.45;
/** Title words that introduce the means: "Data Poisoning via Gradient Matching", "... with Skill-Space Planning",
 * "... based on Generative Modeling". */
const MEANS_LEAD = new Set(["via", "using", "through", "with", "by", "based on"]);
/** Below the title bonus's floor: a phrase only typed by its head stays a candidate when the title says it is the means. */
const MEANS_CAP = 0.35;

/**
 * Lowers tool-like task mentions outside the title; the title states what the paper is about, except in the slot of
 * its means ("via X", "with X"), where a phrase typed only by its head names how, not what (a vocabulary task keeps
 * its confidence there).
 */
export function demoteToolTasks(sentences: string[], mentions: Mention[]): Mention[] {
  for (const m of mentions) {
    if (m.kind !== "TASK" || m.topic) continue;
    if (m.sentence === 0) {
      if (m.source !== "vocabulary" && !m.statement && isMeans(sentences[0], m)) m.confidence = Math.min(m.confidence, MEANS_CAP);
      continue;
    }
    const text = sentences[m.sentence];
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const after = text.slice(m.end, m.end + 30);
    const ahead = text.slice(m.end, m.end + 100);
    if ((ahead.includes("loss") || ahead.includes("objective") || ahead.includes("penalt")) && LOSS_LIST_AFTER.test(ahead)) {
      m.confidence = Math.min(m.confidence, LOSS_CAP);
      continue;
    }
    if (TOOL_BEFORE.test(before) || TOOL_AFTER.test(after) || (m.sentence > 1 && FAMILY_AFTER.test(after) && !OWN_BEFORE.test(before))) {
      m.confidence = Math.min(m.confidence, CAP);
    }
  }
  return mentions;
}

/** A title phrase in the slot of the means: after "via", "with", ..., or opening the title right before its purpose
 * ("Low-bit Estimation for Efficient Sparse Attention"). */
function isMeans(title: string, m: Mention): boolean {
  const lead = titleLeadAt(title, m.start);
  return MEANS_LEAD.has(lead) || (lead === "" && /^\s+for\s/i.test(title.slice(m.end, m.end + 6)));
}

/** The paper's own voice or a problem statement: what a task sentence needs to be about this paper. */
const OWN_VOICE = /\b(?:we|our|us|this (?:paper|work|study|article)|here|problem|task|challenge|goal|aim)\b/i;
/** Reported results: "improves ... on X", "experiments on X", "outperforms ... on X". */
const RESULT = /\b(?:improv\w*|outperform\w*|surpass\w*|experiments?|evaluat\w*|benchmarks?|speedups?)\b/i;
const BACKGROUND_CAP = 0.4;

/**
 * Which sentences are background: neither the title, nor the abstract's opening sentence (which states the field the
 * paper works in: "Image super-resolution has witnessed ..."), nor in the paper's own voice or a problem statement, nor
 * a result in the second half ("Improvements on object detection ..."). What stays is context: "important in domains
 * such as healthcare", a related method's tasks in the middle of the abstract.
 */
export function backgroundSentences(sentences: string[]): boolean[] {
  return sentences.map((text, i) => i > 1 && !OWN_VOICE.test(text) && !(i >= sentences.length / 2 && RESULT.test(text)));
}

/**
 * A task is what the paper addresses: named in its title, its own sentences ("we", "our") or a problem statement.
 * A task whose every mention stands in a background sentence says what the field does, and stays below the
 * default threshold.
 */
export function capBackgroundTask(confidence: number, evidenceSentences: number[], background: boolean[]): number {
  return evidenceSentences.every((s) => background[s]) ? Math.min(confidence, BACKGROUND_CAP) : confidence;
}
