// A short name the abstract uses for the title's own capitalised phrase: "RNP-GNNs" in a paper titled "Recursive
// Neighborhood Pooling for ...". An acronym spelling the initials of a new Title Case run of the title names the
// paper's contribution, even where the abstract never spells it out (Schwartz & Hearst 2003 match acronyms to
// their long forms by initials; here the long form is the title's).
import type { AcronymDefinition } from "./acronyms";
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import { normOf } from "./tokens";

/** A capitalised title word, hyphen parts too: "Recursive", "Self-Supervised". */
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{N}]+(?:-\p{Lu}?[\p{Ll}\p{N}]+)*$/u;
/** An acronym opening a token, with an optional hyphen suffix and plural: "RNP", "RNP-GNN", "RNP-GNNs". */
const ACRONYM_TOKEN = /(?<![\p{L}\p{N}-])(\p{Lu}{3,6})((?:-[\p{L}\p{N}]+)*?)s?(?![\p{L}\p{N}-])/gu;

const THREE_CAPITALS = /\p{Lu}{3}/u;

/** Runs of two or more capitalised title words, by their initials: "RNP" -> "Recursive Neighborhood Pooling". */
function titleRuns(title: string, lexicon: Lexicon): Map<string, string> {
  const runs = new Map<string, string>();
  const words = title.split(/[\s:,;?!()]+/);
  let run: string[] = [];
  const close = (): void => {
    if (run.length >= 3 || (run.length === 2 && run.join("").length >= 12)) {
      const phrase = run.join(" ");
      if (!lexicon.entries.has(normOf(phrase))) runs.set(run.map((w) => w[0]).join(""), phrase);
    }
    run = [];
  };
  for (const w of words) {
    if (CAPITALISED.test(w)) run.push(w);
    else close();
  }
  close();
  return runs;
}

export function findTitleInitials(sentences: string[], defs: AcronymDefinition[], found: Mention[], lexicon: Lexicon): Mention[] {
  // An abstract without three capitals in a row holds no acronym to match: the title is not read.
  if (!sentences.some((text, i) => i > 0 && THREE_CAPITALS.test(text))) return [];
  const runs = titleRuns(sentences[0], lexicon);
  if (runs.size === 0) return [];
  const out: Mention[] = [];
  const initials = [...runs.keys()];
  for (let sentence = 1; sentence < sentences.length; sentence++) {
    const text = sentences[sentence];
    if (!initials.some((i) => text.includes(i))) continue;
    for (const m of text.matchAll(ACRONYM_TOKEN)) {
      const phrase = runs.get(m[1]);
      if (!phrase || lexicon.entries.has(normOf(m[1])) || lexicon.entries.has(normOf(m[0]))) continue;
      // "Learned Sparse Retrievers (LSR)": an acronym the abstract spells out is read by the acronym stage, as it says.
      if (defs.some((d) => d.short === m[1]) || found.some((f) => f.sentence === sentence && f.start <= m.index! && m.index! < f.end)) continue;
      out.push({ sentence, start: m.index!, end: m.index! + m[0].length, surface: m[0], kind: "METHOD", relation: "PROPOSES", confidence: 0.8, source: "contribution" });
    }
  }
  return out;
}
