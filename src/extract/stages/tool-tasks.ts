// A task named as a tool or an ability is not what the paper addresses: "leverage monocular depth estimation to
// enhance ...", "the code generation capabilities of LLMs". Such mentions keep their evidence at a lower confidence.
import type { Mention } from "./mention";

const TOOL_BEFORE = /\b(?:leverag\w*|us(?:e|es|ed|ing)|employ\w*|utiliz\w*|utilis\w*|apply\w*|applie[sd]|exploit\w*|adopt\w*|rel(?:y|ies|ying) on|via|through|by)\s+(?:(?:a|an|the|off-the-shelf|pre-?trained|existing|external)\s+)*$/i;
const TOOL_AFTER = /^\s*(?:capabilit\w*|abilit\w*|skills?|models?|modules?|networks?|priors?|outputs?|results?|predictions?|estimates?|maps?)\b/i;
const CAP = 0.45;

/** Lowers tool-like task mentions outside the title; the title states what the paper is about. */
export function demoteToolTasks(sentences: string[], mentions: Mention[]): Mention[] {
  for (const m of mentions) {
    if (m.kind !== "TASK" || m.topic || m.sentence === 0) continue;
    const text = sentences[m.sentence];
    if (TOOL_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) || TOOL_AFTER.test(text.slice(m.end, m.end + 30))) {
      m.confidence = Math.min(m.confidence, CAP);
    }
  }
  return mentions;
}
