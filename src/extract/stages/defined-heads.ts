// A coined long form whose head noun follows the acronym: "a Scale-Sensitive Consistency (SSC) loss", "a
// Dense-to-Sparse (DS) matching strategy". The long form alone ("Dense-to-Sparse") is a modifier; the entity the
// paper names is the long form with that head ("Dense-to-Sparse matching").
import type { AcronymDefinition } from "./acronyms";
import type { Lexicon } from "./lexicon";
import { DATASET_HEADS, METHOD_HEADS, TASK_HEADS } from "./heads";
import { normOf } from "./tokens";

/** Technique heads that complete a component's name (generic nouns such as "strategy" or "module" do not). */
const COMPONENT_HEADS = new Set([...METHOD_HEADS, "loss", "matching", "gate", "objective", "reward", "penalty", "scheduler", "scheduling"]);
/** Every word capitalised (hyphen parts too, short function words aside): a coined name, not a description. */
const COINED = /^\p{Lu}[\p{L}\p{N}]*(?:-(?:\p{Lu}[\p{L}\p{N}]*|to|of|and|in|for))*(?:\s+\p{Lu}[\p{L}\p{N}]*(?:-(?:\p{Lu}[\p{L}\p{N}]*|to|of|and|in|for))*)*$/u;

/**
 * Gives a definition its name when a technique head follows the acronym and the long form has no head of its own:
 * the long form is a Title Case coinage the vocabulary does not know, ending in a word that names nothing by itself.
 */
export function withDefinedHeads(defs: AcronymDefinition[], sentences: string[], lexicon: Lexicon): AcronymDefinition[] {
  for (const def of defs) {
    if (!COINED.test(def.long) || lexicon.entries.has(normOf(def.long))) continue;
    const last = def.long.toLowerCase().split(/[\s-]+/).pop() ?? "";
    if (TASK_HEADS.has(last) || METHOD_HEADS.has(last) || DATASET_HEADS.test(last) || lexicon.genericHeads.has(last) || lexicon.genericHeads.has(`${last}s`)) continue;
    const after = sentences[def.sentence].slice(def.shortEnd).match(/^s?\)\s+([a-z][a-z-]*)\b/);
    if (after && COMPONENT_HEADS.has(after[1])) def.name = `${def.long} ${after[1]}`;
  }
  return defs;
}
