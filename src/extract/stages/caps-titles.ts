// A title written in capitals says nothing by case: "DECENTRALIZED ATTRIBUTION OF GENERATIVE MODELS" would make each
// word a name. There a capitalised word counts only where case still tells: a vocabulary match, the name slot
// before the colon ("ARMCMC: ONLINE ..."), or a word the abstract writes the same way.
import type { Mention } from "./mention";

/** Whether the title has letters and none of them lower case. */
function capitalsOnly(title: string): boolean {
  return /\p{Lu}/u.test(title) && !/\p{Ll}/u.test(title);
}

/** Drops the title's all-capitals mentions that only its casing made names. */
export function withoutCapsTitleWords(sentences: string[], mentions: Mention[]): Mention[] {
  const title = sentences[0] ?? "";
  if (!capitalsOnly(title)) return mentions;
  const nameSlotEnd = title.search(/\s*:\s/);
  const rest = sentences.slice(1).join(" ");
  return mentions.filter(
    (m) =>
      m.sentence !== 0 ||
      /\p{Ll}/u.test(m.surface) ||
      m.source === "vocabulary" ||
      (nameSlotEnd >= 0 && m.end <= nameSlotEnd) ||
      new RegExp(`(?<![\\p{L}\\p{N}])${m.surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(rest),
  );
}
