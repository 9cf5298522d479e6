// Keeps the acronym definitions worth trusting: not a non-entity ("SOTA"), and not a loose
// letter match that would redefine a well-known acronym ("detection with Transformer-based architectures (DETR)").
import { initialsInOrder, type AcronymDefinition } from "./acronyms";
import type { Lexicon } from "./lexicon";
import { normOf } from "./tokens";

/** Whether the acronym's letters are, in order, initials of the long form's words or hyphen parts. */
function initialsCover(short: string, long: string): boolean {
  const letters = short.toLowerCase().replace(/[^\p{L}]/gu, "");
  return initialsInOrder(letters, long) === letters.length;
}

export function trustedDefinitions(defs: AcronymDefinition[], lexicon: Lexicon): AcronymDefinition[] {
  return defs.filter((d) => {
    if (lexicon.nonEntityTokens.has(d.short) || normOf(d.long) === "state of the art") return false;
    const known = lexicon.entries.get(normOf(d.short));
    if (known && known.exactForms?.has(d.short)) {
      const sameEntry = lexicon.entries.get(normOf(d.long));
      if (sameEntry?.canonical !== known.canonical && !initialsCover(d.short, d.long)) return false;
    }
    return true;
  });
}
