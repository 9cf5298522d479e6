// The paper's method named only by a description that works as its name: the title's phrase taken up as "a novel
// <phrase> framework", or "a <modifier> form of <known method>". Both are the only name the abstract gives the design.
import type { Lexicon } from "./lexicon";
import { isGenericPhrase } from "./lexicon";
import type { Mention } from "./mention";
import { METHOD_HEADS } from "./heads";
import { normOf } from "./tokens";
import { containsWords, includesAny } from "./word-equals";

/** "a novel spatio-temporal consensus framework": up to four lowercase words before a generic noun for a design. */
const NOVEL_KIND = /\b(?:a|an|our)\s+(?:novel|new)\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+(?:framework|method|approach|model|algorithm|technique|architecture|network|procedure)\b/g;
/** "we propose a temporally extended form of ε-greedy": a variant of a method named after it. */
const FORM_OF = /\b(?:propose|introduce|present|develop)s?\s+an?\s+((?:[\w-]+\s+){1,3}(?:form|variant|version|generali[sz]ation|extension)\s+of\s+(\S+?))(?=[,.;:]|\s+(?:that|which|to|for|with|where|in)\b)/gi;

/** The nouns FORM_OF needs. */
const FORM_WORDS = ["form", "variant", "version", "generali", "extension"];
const NAME_FOLLOWS = /^\s*(?:,\s*)?(?:called|named|dubbed|termed|coined|\()/;

function proposal(sentence: number, start: number, surface: string): Mention {
  return { sentence, start, end: start + surface.length, surface, kind: "METHOD", relation: "PROPOSES", confidence: 0.75, source: "contribution" };
}

/**
 * "Continual Invariant Risk Minimization": a title that is nothing but one capitalised modifier before a known method's
 * name of two words or more names the paper's variant of that method (a hyphenated modifier, "Sparsity-Constrained",
 * "Sample-Efficient", states a setting or a quality instead).
 */
function titleVariant(title: string, words: string[], lexicon: Lexicon): Mention | undefined {
  if (words.length > 7) return undefined;
  const known = lexicon.entries.get(normOf(words.slice(1).join(" ")));
  if (known?.kind !== "METHOD" || words[0].includes("-") || lexicon.entries.has(normOf(title)) || lexicon.entries.has(normOf(words[0])) || lexicon.descriptiveModifiers.has(words[0].toLowerCase())) return undefined;
  return { sentence: 0, start: 0, end: title.trim().length, surface: title.trim(), kind: "METHOD", relation: "PROPOSES", confidence: 0.75, source: "contribution" };
}

/**
 * The words of a title that can be a name: three or more, all capitalised, no clause punctuation, no function word
 * ("Thinking Like Transformers") and no opening gerund ("Understanding Knowledge Distillation" is about it).
 */
function titleWords(title: string): string[] | undefined {
  if (/[:?!,]/.test(title)) return undefined;
  const words = title.trim().split(/\s+/);
  if (words.length < 3 || !words.every((w) => /^\p{Lu}[\p{L}\p{N}-]*$/u.test(w)) || /ing$/.test(words[0])) return undefined;
  return words.some((w) => /^(?:A|An|The|Like|Of|For|In|On|To|With|Via|And|Or|Is|Are|Do|Does|How|Why|What|When|Towards?|Beyond)$/.test(w)) ? undefined : words;
}

/** Model nouns that end a title naming a model: "... Binary Networks", "... Point Transformers". */
const MODEL_NOUN = /^(?:Networks?|Nets?|Transformers?|Machines?|Autoencoders?)$/;

/**
 * "High-Capacity Expert Binary Networks": a title made only of capitalised words ending in a model noun names the
 * paper's model, unless the phrase is known or generic ("Deep Neural Networks").
 */
function titleModel(title: string, words: string[], lexicon: Lexicon): Mention | undefined {
  const surface = title.trim();
  if (words.length > 6 || !MODEL_NOUN.test(words[words.length - 1])) return undefined;
  // Without a leading grading compound ("High-Capacity"), the rest must still be new.
  // Descriptive words before a known family ("Deep Convolutional Neural Networks") leave that family.
  let from = words[0].includes("-") ? 1 : 0;
  while (from < words.length - 1 && lexicon.descriptiveModifiers.has(words[from].toLowerCase())) from++;
  const core = words.slice(from).join(" ");
  if (core.indexOf(" ") < 0 || isGenericPhrase(normOf(core), lexicon) || lexicon.entries.has(normOf(core)) || lexicon.entries.has(normOf(surface))) return undefined;
  return { sentence: 0, start: 0, end: surface.length, surface, kind: "METHOD", relation: "PROPOSES", confidence: 0.75, source: "contribution" };
}

export function findDescribedProposals(sentences: string[], found: Mention[], lexicon: Lexicon): Mention[] {
  const title = sentences[0].toLowerCase();
  const out: Mention[] = [];
  const words = found.some((f) => f.sentence === 0) ? undefined : titleWords(sentences[0]);
  const variant = words && (titleVariant(sentences[0], words, lexicon) ?? titleModel(sentences[0], words, lexicon));
  if (variant) out.push(variant);
  const taken = (sentence: number, at: number): boolean => found.some((f) => f.sentence === sentence && f.relation === "PROPOSES" && f.start <= at && at < f.end);
  for (let sentence = 1; sentence < sentences.length; sentence++) {
    const text = sentences[sentence];
    // Plain string search first: most sentences hold neither cue, and skip both patterns.
    const novel = text.includes("novel") || text.includes("new ");
    const form = text.includes(" of ") && includesAny(text, FORM_WORDS);
    if ((!novel && !form) || !/\b(?:we|our)\b/i.test(text)) continue;
    // The title's phrase repeated as the kind of the paper's design names that design.
    for (const m of novel ? text.matchAll(NOVEL_KIND) : []) {
      const phrase = m[1];
      const at = m.index! + m[0].indexOf(phrase, m[0].length - phrase.length - 20);
      if (phrase.indexOf(" ") < 0 || lexicon.entries.has(normOf(phrase)) || !containsWords(title, phrase.toLowerCase()) || taken(sentence, at)) continue;
      // "a novel model fine-tuning method": a known technique's head word makes the phrase a kind of that technique;
      // "a novel ... approach called X": the name follows.
      if (METHOD_HEADS.has(phrase.slice(phrase.lastIndexOf(" ") + 1)) || NAME_FOLLOWS.test(text.slice(m.index! + m[0].length))) continue;
      out.push(proposal(sentence, at, phrase));
    }
    // "a temporally extended form of ε-greedy": a form of a known method.
    for (const m of form ? text.matchAll(FORM_OF) : []) {
      if (lexicon.entries.get(normOf(m[2]))?.kind !== "METHOD") continue;
      const at = m.index! + m[0].indexOf(m[1]);
      if (!taken(sentence, at)) out.push(proposal(sentence, at, m[1]));
    }
  }
  return out;
}
