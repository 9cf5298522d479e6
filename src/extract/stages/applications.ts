// Problems the paper applies its own method to: "we explore the use of our method in continual learning and neural
// architecture search", "we apply our approach to image retrieval". They are tasks the paper addresses, even where
// the vocabulary knows the phrase as a technique (neural architecture search is a task where a method serves it).
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import { normOf } from "./tokens";

/** "the use of our method in", "apply our approach to", "applications of the proposed framework to". */
const APPLIED = /\b(?:use|uses|application|applications|apply|applying|applied|extend|extending|extension)\s+(?:of\s+)?(?:our|the proposed|this)\s+(?:method|approach|framework|technique|model|algorithm|procedure)s?\s+(?:in|to|for|on)\s+/gi;
/** An application item: up to four lowercase words, ended by a list separator or a clause break. */
const ITEM = /^([a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*){0,3}?)(?=\s*(?:,|\.|;|$)|\s+(?:and|or|as well as)\s|\s+(?:to|with|where|which|that|and|by|while|under|on)\b)/;
/** Heads that name a problem by their form: "learning", "search", "classification", "detection". */
const PROBLEM_HEAD = /(?:ing|tion|sion|ment|sis|search|control|retrieval|transfer)$/;

export function findApplications(sentences: string[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (let sentence = 1; sentence < sentences.length; sentence++) {
    const text = sentences[sentence];
    if (!/\b(?:our|proposed|this)\b/i.test(text) || !/\b(?:use|appl|extend|extension)/i.test(text)) continue;
    for (const m of text.matchAll(APPLIED)) {
      let at = m.index! + m[0].length;
      for (let k = 0; k < 4; k++) {
        const item = text.slice(at).match(ITEM);
        if (!item) break;
        const phrase = item[1];
        const known = lexicon.entries.get(normOf(phrase));
        const head = phrase.slice(phrase.lastIndexOf(" ") + 1);
        // "the infinite-action setting", "fine-tune any existing model": a determiner, a setting or a verb's object is no problem's name.
        const named = !/\b(?:the|a|an|any|all|each|every|some|existing)\b/.test(phrase) && !/^(?:settings?|infer|fine-tune|train|learn|solve)$/.test(phrase.split(" ")[0]) && !/^settings?$/.test(head);
        if (named && ((known && known.kind !== "DATASET") || (!known && phrase.indexOf(" ") > 0 && PROBLEM_HEAD.test(head)))) {
          out.push({ sentence, start: at, end: at + phrase.length, surface: phrase, kind: "TASK", relation: "ADDRESSES", name: known?.canonical, confidence: 0.6, source: "pattern", topic: true });
        }
        const next = text.slice(at + phrase.length).match(/^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+)/);
        if (!next) break;
        at += phrase.length + next[0].length;
      }
    }
  }
  return out;
}
