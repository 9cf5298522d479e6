// A title written in capitals says nothing by case: "DECENTRALIZED ATTRIBUTION OF GENERATIVE MODELS" would make each
// word a name. There a capitalised word counts only where case still tells: a vocabulary match, the name slot
// before the colon ("ARMCMC: ONLINE ..."), or a word the abstract writes the same way. A title in title case says
// as little about a plain capitalised word before "Dataset" or "Benchmark": "Learning with Offline Datasets",
// "Robustness Benchmark".
import type { Mention } from "./mention";
import { containsWords } from "./word-equals";

/** Whether the title has letters and none of them lower case. */
function capitalsOnly(title: string): boolean {
  return /\p{Lu}/u.test(title) && !/\p{Ll}/u.test(title);
}

/** Whether most of the title's longer words open with a capital ("Learning with Offline Datasets"). */
function titleCase(title: string): boolean {
  const words = title.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length;
}

/** Drops the title's mentions that only its casing made names. */
export function withoutCapsTitleWords(sentences: string[], mentions: Mention[]): Mention[] {
  const title = sentences[0] ?? "";
  const capitals = capitalsOnly(title);
  if (!capitals && !titleCase(title)) return mentions;
  const nameSlotEnd = title.search(/\s*:\s/);
  // Whether the abstract writes the surface as it is written, as whole words.
  const writtenAlike = (surface: string) => sentences.some((text, i) => i > 0 && containsWords(text, surface));
  const caseOnly = (m: Mention) =>
    capitals ? !/\p{Ll}/u.test(m.surface) : m.kind === "DATASET" && m.source === "pattern" && /^\p{Lu}\p{Ll}+$/u.test(m.surface);
  return mentions.filter(
    (m) => m.sentence !== 0 || !caseOnly(m) || m.source === "vocabulary" || (nameSlotEnd >= 0 && m.end <= nameSlotEnd) || writtenAlike(m.surface),
  );
}
