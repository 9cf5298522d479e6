// The paper's own named contribution: "Name: ..." titles, "we propose Name", "called/named/dubbed Name", and
// acronyms defined as the object of "we propose" or after "a novel"; datasets it releases become INTRODUCES.
import type { AcronymDefinition } from "./acronyms";
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import { DATASET_HEADS, LEADING_STOPWORDS } from "./heads";
import { isDatasetShaped, isNameShaped } from "./names";
import { comparisonCue } from "./roles";
import { findDescribedProposals } from "./described-proposals";
import { findTitleInitials } from "./title-initials";
import { normOf } from "./tokens";

const PROPOSAL =
  /\b(?:(?:we|this (?:paper|work|study)|our (?:paper|work))(?:\s+[\w'’()-]+){0,18}?\s+(?:and|then|to)|we|this (?:paper|work|study)|our (?:paper|work))\s+(?:(?:\w+ly|also|further|then|first|here|therefore|thus|hence|additionally|newly)\s+)*(?:propose|introduce|present|develop|design|devise|build|create|construct|release|contribute|curate|collect|establish|formulate|put forward|set forth|offer)(?:s|d|ed)?\b/gi;
/** "we take a step ... by introducing the X Network (XN)": the contribution as the means of the sentence's aim. */
const BY_PROPOSING = /\b(?:we|this (?:paper|work|study)|our (?:paper|work))\b[^.;:]{0,120}?\bby\s+(?:introducing|proposing|presenting|developing|designing|devising)\b/gi;
/** The cheap test that gates BY_PROPOSING: its verb right after "by". */
const BY_VERB = /\bby (?:introduc|propos|present|develop|design|devis)ing\b/;
const NAMING = /\b(?:called|named|dubbed|termed|coined|denoted(?: as)?|(?:referred|refer) to as|namely|(?:which|that) we (?:call|name|term|dub)|we (?:call|name|term|dub) (?:it|them))\s+(?:as\s+)?/gi;
const NAME_TOKEN = /^[\p{L}\p{N}](?:[\p{L}\p{N}'’+]|[-.^](?=[\p{L}\p{N}]))*/u;
/** A generic noun for the paper's contribution followed by its name: "framework ARMOR", "model, Foo-7B". */
const APPOSITION = /\b(?:framework|model|models|method|approach|system|architecture|algorithm|module|network|pipeline|toolkit|agent|dataset|benchmark|suite)\s*(?:,|:|--|—|–)?\s+(?:(?:i\.e\.|namely),?\s+)?(?:(?:called|named|dubbed)\s+)?(?=[\p{Lu}\p{N}])/gu;
/** "SparseConv and SparseLinear operations": a generic noun after a list of names closes it. */
const GENERIC_NOUN_AFTER = /^\s+(?:operations?|operators?|layers?|modules?|blocks?|models?|frameworks?|methods?|algorithms?|architectures?|networks?|mechanisms?|variants?|family|series|suite)\b/;
const FIRST_PERSON = /\b(?:we|our|this paper|this work|propos\w*|introduc\w*|present\w*)\b/i;

/** The class before a naming cue described as established: "a popular class of GNNs, called X". */
const ESTABLISHED_CLASS = /\b(?:popular|existing|standard|well-known|widely[- ]used|classic|classical|conventional|prior|previous|off-the-shelf)\s+(?:[\w-]+\s+){0,5}[\w-]+\s*,?\s*$/i;
/** Words by which a paper marks what it names as its own. */
const OWN_MARK = /\b(?:novel|new|our|proposed)\b/i;
/** A sentence that opens by using what the cue then names, with no clause break: "Using a robust estimator called X". */
const USED_CLASS = /^\s*(?:using|leveraging|applying|employing|adopting)\s+[^,;:]*$/i;
/** Classes of things a naming cue can name that are no method: "a problem called X", "a phenomenon we call X". */
const NOT_METHOD_CLASS = /^(?:problems?|tasks?|quer(?:y|ies)|phenomen(?:on|a)|effects?|propert(?:y|ies)|quantit(?:y|ies)|metrics?|measures?|scores?|phases?|notions?|behaviou?rs?|issues?)$/;
const TASK_CLASS = /^(?:problems?|tasks?)$/;

/** Function words allowed inside a Title Case name: "Fair Empirical Risk Minimization via ERMI". */
const NAME_GLUE = /^(?:of|for|via|with|and|in|on|to|the)$/;
/** Generic nouns that close a name without belonging to it: "our Neural Point Process model". */
const GENERIC_TAIL = /^(?:model|models|framework|frameworks|method|methods|approach|approaches|system|systems|algorithm|algorithms|module|modules|architecture|architectures|network|networks|pipeline|technique|techniques)$/;

/**
 * A multi-word Title Case name starting at `at` ("Adaptive Sparse Trainer", "Dynamic Sparse Window Attention"): the
 * run of capitalised words (with inner function words followed by another capitalised word), at least two
 * capitalised words, up to six words. Returns the name as written, or undefined.
 */
export function titleCaseRun(text: string, at: number): string | undefined {
  const words = [...text.slice(at, at + 120).matchAll(/[^\s,;:()."“”]+/g)];
  let end = 0;
  let caps = 0;
  let expected = 0;
  for (let k = 0; k < words.length && k < 6; k++) {
    const w = words[k];
    if (w.index! !== expected) break;
    const next = text.slice(at + w.index! + w[0].length).match(/^\s+/);
    if (/^\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*$/u.test(w[0])) {
      caps++;
      end = w.index! + w[0].length;
    } else if (!(caps > 0 && NAME_GLUE.test(w[0]) && /^\p{Lu}\p{Ll}/u.test(words[k + 1]?.[0] ?? ""))) break;
    if (!next) break;
    expected = w.index! + w[0].length + next[0].length;
  }
  if (caps < 2) return undefined;
  return text.slice(at, at + end);
}

/** A word of a capitalised name: "Foo-Net", "CNN", "Quill", "v2". */
const CAPITAL_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}'+.-]*$/u;

/**
 * Two or more capitalised names coordinated after a naming cue ("Foo-Net and Foo-Net-L", "Quill Encoder, Lark and
 * Parafoil"), each up to three words, the list closed by punctuation, the end or a clause word: [start, name] pairs,
 * or none. A known entity in the list makes it no list of new names.
 */
function namedList(text: string, at: number, lexicon: Lexicon): [number, string][] {
  const items: [number, string][] = [];
  const re = /([^\s,;:()."“”]+)(\s*)/y;
  re.lastIndex = at;
  let itemStart = at;
  let itemWords: string[] = [];
  let separator: "comma" | "and" | undefined;
  let closed = false;
  const close = (): void => {
    items.push([itemStart, itemWords.join(" ")]);
    itemWords = [];
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[1];
    if (/^(?:and|&)$/.test(word) && itemWords.length > 0) {
      close();
      separator = "and";
      itemStart = re.lastIndex;
      continue;
    }
    if (!CAPITAL_WORD.test(word) || itemWords.length === 3) {
      // "A, B, which ...": the list ended at the comma; "A and B which ...": at a clause word.
      closed = itemWords.length === 0 ? separator === "comma" : /^(?:which|that|to|as|for|with|in|on|are|is|were|was|respectively)$/.test(word);
      break;
    }
    itemWords.push(word);
    const after = text.slice(re.lastIndex);
    const comma = after.match(/^,\s*(?:and\s+)?/);
    if (comma) {
      close();
      separator = "comma";
      re.lastIndex += comma[0].length;
      itemStart = re.lastIndex;
      continue;
    }
    if (m[2] === "" || /^[.;:()]/.test(after)) {
      closed = true;
      break;
    }
  }
  if (itemWords.length > 0) close();
  if (!closed || items.length < 2 || items.some(([, name]) => lexicon.entries.has(normOf(name)))) return [];
  return items;
}

/** Whether the words from `at` on form a vocabulary entry of two words or more ("named entity recognition"). */
function opensKnownPhrase(text: string, at: number, lexicon: Lexicon): boolean {
  const words = text.slice(at, at + 80).split(/\s+/, lexicon.maxWords);
  let key = "";
  for (let k = 0; k < words.length; k++) {
    key = key ? `${key} ${normOf(words[k])}` : normOf(words[k]);
    if (k > 0 && lexicon.entries.has(key)) return true;
    if (!lexicon.prefixes.has(key)) return false;
  }
  return false;
}

/** "\\oni": a LaTeX macro left in the abstract for the paper's name; the name is the macro's letters. */
const MACRO = /^\\([A-Za-z]{2,12})(?![A-Za-z{])/;

/**
 * What follows the name types it: an appositive (", a large-scale video dataset") or the next word ("X dataset").
 * Words after the name that are no appositive say nothing of it: "KIP for obtaining such remarkable datasets".
 */
function appositiveIsDataset(text: string, from: number): boolean {
  const rest = text.slice(from, from + 120);
  const next = /^\s+([\w-]+)/.exec(rest);
  if (next && DATASET_HEADS.test(next[1])) return true;
  const after = rest.match(/^\s*,\s*(?:(?:a|an|the|which is a|which is an)\s+)?((?:[\w-]+\s+){0,6}[\w-]+)/i);
  if (!after) return false;
  return after[1].split(/\s+/).some((w) => DATASET_HEADS.test(w));
}

/** LaTeX emphasis left in an abstract: "\\emph{", "\\textit{", "{\\em ". */
const EMPHASIS = /\\(?:emph|textit|textbf)\{|\{\\(?:em|it|bf)\s+/g;
/** "we generalize X to", "we extend our method into": what follows is the paper's extension. */
const EXTENDED_TO = /\bwe\s+(?:(?:\w+ly|then|also|further)\s+)?(?:generali[sz]e|extend)\s+[^,.;:]{1,40}?\s+(?:to|into)\s+$/i;

/** An emphasised name of up to five words at `at` ("{\\em natural compression ($C$)}"), not a known entity. */
function emphasisedName(text: string, at: number, lexicon: Lexicon): { start: number; name: string } | undefined {
  const m = text.slice(at, at + 90).match(/^(?:\\(?:emph|textit|textbf)\{|\{\\(?:em|it|bf)\s+)([\p{L}][\p{L}\p{N} -]{1,60}?)\s*(?:\(|\})/u);
  if (!m || m[1].split(/\s+/).length > 5 || lexicon.entries.has(normOf(m[1]))) return undefined;
  // "{\\em exponentially better}": a degree, not a name.
  if (/ly$/.test(m[1].split(/\s+/)[0]) || /^(?:not|no|very|much|more|less|better|worse)$/i.test(m[1].split(/\s+/)[0])) return undefined;
  return { start: at + m[0].indexOf(m[1]), name: m[1] };
}

/** A definition of a well-known technique ("Mixture-of-Experts (MoE)") names what the paper uses, not what it proposes. */
function isKnown(def: AcronymDefinition, lexicon: Lexicon): boolean {
  if (lexicon.entries.has(normOf(def.long))) return true;
  const entry = lexicon.entries.get(normOf(def.short));
  // "Feature Fusion Module (FFM)" is no field-aware factorization machine: a known acronym spelled out with none of
  // the known expansion's words is the paper's own definition.
  return entry?.exactForms?.has(def.short) === true && sharesWord(entry.canonical, def.long);
}

/** Whether two names share a word of three letters or more (normalised). */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(normOf(a).split(/[\s-]+/).filter((w) => w.length >= 3));
  return normOf(b).split(/[\s-]+/).some((w) => words.has(w));
}

function before(text: string, at: number, words: number): string[] {
  return text.slice(Math.max(0, at - 80), at).split(/\s+/).filter(Boolean).slice(-words);
}

function proposal(sentence: number, text: string, start: number, surface: string, dataset: boolean, confidence: number, def?: AcronymDefinition): Mention {
  return {
    sentence,
    start,
    end: start + surface.length,
    surface,
    kind: dataset ? "DATASET" : "METHOD",
    relation: dataset ? "INTRODUCES" : "PROPOSES",
    name: def ? def.name ?? def.long : undefined,
    acronym: def?.short,
    confidence,
    source: "contribution",
  };
}

/** Whether the phrase, or the phrase without its first word, recurs in the abstract (case-insensitively), its last
 * word perhaps in another derivation ("Quantile Regularization" as "quantile regularizer"). */
function recurs(phrase: string, abstract: string): boolean {
  const lower = abstract.toLowerCase();
  const words = phrase.toLowerCase().split(/\s+/);
  if (lower.includes(words.join(" ")) || (words.length >= 3 && lower.includes(words.slice(1).join(" ")))) return true;
  const stem = stemOf(words[words.length - 1]);
  if (stem.length < 5) return false;
  const lead = words.slice(0, -1).join(" ");
  for (let at = lower.indexOf(`${lead} ${stem}`); at >= 0; at = lower.indexOf(`${lead} ${stem}`, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(lower[at - 1])) return true;
  }
  return false;
}

/** A word without its derivational ending: "regularization", "regularizer" and "regularize" share "regulariz". */
function stemOf(word: string): string {
  return word.replace(/(?:ations?|ers?|ing|es|e|s)$/, "");
}

/** "Name: subtitle" with a short, name-like prefix. */
function fromTitle(title: string, abstract: string, lexicon: Lexicon): Mention[] {
  const whole = titlePrefixName(title, abstract, lexicon);
  if (!whole) return [];
  // "Foo-Net and Foo-Net-L: ...": two coordinated names are two contributions.
  const pair = whole.surface.match(/^(\S+)(\s+(?:and|&)\s+)(\S+)$/);
  if (!pair || ![pair[1], pair[3]].every((t) => /^[\p{Lu}\p{N}][\p{L}\p{N}-]*$/u.test(t) && !lexicon.entries.has(normOf(t)))) return [whole];
  return [{ ...whole, end: pair[1].length, surface: pair[1] }, { ...whole, start: pair[1].length + pair[2].length, surface: pair[3] }];
}

function titlePrefixName(title: string, abstract: string, lexicon: Lexicon): Mention | undefined {
  const m = title.match(/^([^:]{2,60}?)\s*:\s+\S/);
  if (!m) return undefined;
  const prefix = m[1].trim();
  const tokens = prefix.split(/\s+/);
  if (tokens.length > 4) return undefined;
  const named = tokens.some((t) => isNameShaped(t, lexicon));
  const single = tokens.length === 1 && /^\p{Lu}[\p{L}\p{N}-]+$/u.test(prefix) && !lexicon.genericHeads.has(prefix.toLowerCase());
  // "Neural Production Systems: ..." names the contribution when the abstract speaks of it again.
  const phrase = tokens.length >= 2 && tokens.every((t) => /^\p{Lu}[\p{Ll}\p{N}-]+$/u.test(t)) && recurs(prefix, abstract);
  if (!named && !single && !phrase) return undefined;
  if (lexicon.entries.has(prefix.toLowerCase()) && !named) return undefined;
  const rest = title.slice(m[0].length - 1);
  const dataset = /^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}(?:datasets?|benchmarks?|corpus|corpora|suites?|testbeds?)\b/i.test(rest);
  return proposal(0, title, 0, prefix, dataset, 0.9);
}

const OWN_NOVEL = /\b(?:our|a|an)\s+(?:novel|new|proposed)\s+/gi;
/** "Our" before a capitalised word: what follows may be the paper's name for its contribution. */
const OUR_NAME = /\bour\s+(?=\p{Lu})/giu;
const NEW_KIND_APPOSITION = /\b(?:a|an)\s+(?:novel|new)\s+(?:[\w-]+\s+)?(?:method|approach|technique|framework|algorithm|model|architecture|mechanism|loss|objective|regularizer|procedure|strategy|dataset|benchmark)\s*,\s+/gi;
/** Words that end a lowercase name: a clause or a preposition starts. */
const NAME_END = /^(?:which|that|to|for|in|with|by|on|as|is|are|was|were|and|or|of|from|into|using|via|where|while|we|it|at|than)$/;

/**
 * Up to five lowercase words from `at` to a clause break, naming something not in the vocabulary; a word may open with
 * one capital joined by a hyphen ("hypergraph Q-networks", "K-means"). After an explicit naming cue (`named`) a name of
 * three words or more may end in a generic noun ("called linear tensor networks").
 */
function lowercaseName(text: string, at: number, lexicon: Lexicon, named = false): string | undefined {
  const m = text.slice(at).match(/^(?:[a-z][a-z0-9-]*|[A-Z]-[a-z][a-z0-9-]*)(?:\s+(?:[a-z][a-z0-9-]*|[A-Z]-[a-z][a-z0-9-]*)){0,5}/);
  if (!m) return undefined;
  const words = m[0].split(/\s+/);
  const cut = words.findIndex((w) => NAME_END.test(w));
  const kept = cut < 0 ? words : words.slice(0, cut);
  if (kept.length > 5 || kept.length === 0) return undefined;
  const name = kept.join(" ");
  if (!/^\s*[,.;:()]|^\s+(?:which|that|to|for|in|with|by|on|as|is|are|and|where|while)\b|^$/.test(text.slice(at + name.length))) return undefined;
  return isLowercaseName(name, lexicon, named) ? name : undefined;
}

/** A lowercase phrase that can be a coined name: not a stopword opening, not generic, not a known entity. */
function isLowercaseName(name: string, lexicon: Lexicon, named = false): boolean {
  const words = name.split(/\s+/);
  // "we build on a simple hypothesis: ...": a preposition opens a phrase, not a name.
  if (LEADING_STOPWORDS.has(words[0]) || /^(?:to|two|three|four|several|some|how|what|when|it|them|this|that|these|those|on|upon|in|into|for|with|from|by|at|of|about|over|under)$/.test(words[0])) return false;
  const genericTail = lexicon.genericHeads.has(words[words.length - 1]) && !(named && words.length >= 3);
  if (lexicon.entries.has(normOf(name)) || lexicon.genericHeads.has(name) || genericTail) return false;
  return words.length >= 2 || name.length >= 6;
}

/** Metrics are not methods: "Code Style Similarity, the first metric ...". */
const METRIC_APPOSITION = /^\s*,\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}(?:metric|measure|score|criterion|index)s?\b/i;

/** A Title Case run that names something new: no name-shaped word inside (a list of names), not known, not a metric. */
function isNewTitleCaseName(run: string, text: string, at: number, lexicon: Lexicon): boolean {
  // A name-shaped word inside is a list of names ("BERT RoBERTa", "Foo-Conv and Foo-Attn"), unless it is a new hyphen
  // compound in a run of capitalised words only ("Sparse GIN-Attention").
  const words = run.split(/\s+/);
  const glued = words.some((w) => NAME_GLUE.test(w));
  if (lexicon.entries.has(normOf(run)) || words.some((w) => isNameShaped(w, lexicon) && (glued || w.indexOf("-") < 0 || lexicon.entries.has(normOf(w))))) return false;
  return !METRIC_APPOSITION.test(text.slice(at + run.length));
}

/** The proposal verbs of a sentence: "we propose", and "by introducing" where no "we propose" ends at the same word. */
function proposalCues(text: string): RegExpMatchArray[] {
  const cues = [...text.matchAll(PROPOSAL)];
  if (!BY_VERB.test(text)) return cues;
  for (const m of text.matchAll(BY_PROPOSING)) if (!cues.some((c) => c.index! + c[0].length === m.index! + m[0].length)) cues.push(m);
  return cues;
}

/** "ASCC-defense" after "Adversarial Sparse Convex Combination (ASCC)": the paper's own acronym joined to a noun (not an
 * adjective such as "ASCC-based") names a further contribution. */
function isOwnAcronymNoun(token: string, defs: AcronymDefinition[]): boolean {
  const m = token.match(/^(\p{Lu}{2,})-(\p{Ll}{3,})$/u);
  return m !== null && !/(?:ed|ing|based|like|style|aware|free|wise|level|only|specific|able|ible|al|ive|ous)$/.test(m[2]) && defs.some((d) => d.short === m[1]);
}

function macroProposal(sentence: number, text: string, at: number, macro: string, dataset: boolean): Mention {
  const m = proposal(sentence, text, at + 1, macro, dataset, 0.85);
  // The macro's letters are the name; a short all-lowercase macro is read as the acronym it typesets ("\\oni": ONI).
  if (/^[a-z]{2,6}$/.test(macro)) m.name = macro.toUpperCase();
  return m;
}

export function findContributions(sentences: string[], defs: AcronymDefinition[], lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  found.push(...fromTitle(sentences[0], sentences.slice(1).join(" "), lexicon));
  sentences.forEach((text, sentence) => {
    const sentenceDefs = defs.filter((d) => d.sentence === sentence);
    let named = false;
    // "... framework called EvoMoE", "named gradual pruning with zero-cost neuroregeneration (GraNet)"
    const firstPerson = FIRST_PERSON.test(text);
    {
      for (const m of text.matchAll(NAMING)) {
        const at = m.index! + m[0].length;
        // "clinical named entity recognition": the cue word opens a known phrase here, it names nothing.
        if (opensKnownPhrase(text, m.index!, lexicon)) continue;
        // "a simpler problem we refer to as FooCCE": the class before the cue types the name; a problem is a task, a
        // query, a phenomenon or a property is nothing the paper proposes.
        const cls = text.slice(Math.max(0, m.index! - 40), m.index!).match(/([\p{L}-]+)\s*(?:,|--|—)?\s*(?:(?:that|which)\s+)?(?:we\s+)?$/u)?.[1].toLowerCase();
        if (cls !== undefined && NOT_METHOD_CLASS.test(cls)) {
          const name = text.slice(at).match(NAME_TOKEN)?.[0];
          if (name && TASK_CLASS.test(cls) && isNameShaped(name, lexicon) && !lexicon.entries.has(normOf(name))) {
            found.push({ sentence, start: at, end: at + name.length, surface: name, kind: "TASK", relation: "ADDRESSES", confidence: 0.7, source: "contribution" });
          }
          continue;
        }
        // "two public databases (namely A and B)": "namely" lists members of a class; they are the paper's own only
        // where the sentence proposes them ("we introduce two models, namely A and B").
        if (/^namely/i.test(m[0]) && /\p{L}s\s*[(,]?\s*$/u.test(text.slice(0, m.index!)) && !new RegExp(PROPOSAL.source, "i").test(text.slice(0, m.index!))) continue;
        // "a popular class of GNNs, called X", "Using a robust mean estimator called X": the named thing is established,
        // or a tool the sentence uses, not the paper's own.
        // Not where the paper marks the named thing as its own: "a novel extension to the existing CCE loss, called MCCE".
        const established = ESTABLISHED_CLASS.test(text.slice(Math.max(0, m.index! - 60), m.index!)) && !OWN_MARK.test(text.slice(Math.max(0, m.index! - 100), m.index!));
        if (established || USED_CLASS.test(text.slice(0, m.index!))) continue;
        // Outside a first-person sentence only an indefinite introduction names something new: "a technique called X".
        if (!firstPerson && !/\ban?\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(Math.max(0, m.index! - 60), m.index!))) continue;
        const datasetBefore = before(text, m.index!, 4).some((w) => DATASET_HEADS.test(w));
        const def = sentenceDefs.find((d) => d.longStart === at || d.shortStart === at);
        if (def) {
          found.push(proposal(sentence, text, def.longStart, def.long, datasetBefore, 0.9, def));
          found.push(proposal(sentence, text, def.shortStart, def.short, datasetBefore, 0.9, def));
          named = true;
          continue;
        }
        // "called \\emph{Dataset Condensation}": the LaTeX emphasis sets off the name.
        const emphasis = emphasisedName(text, at, lexicon);
        if (emphasis) {
          found.push(proposal(sentence, text, emphasis.start, emphasis.name, datasetBefore, 0.85));
          named = true;
          continue;
        }
        // 'a simple technique called "reverse sparsification"': a quoted name of up to five words.
        const quoted = text.slice(at).match(/^["“']([\p{L}][\p{L}\p{N} -]{2,60}?)[,.]?["”']/u);
        if (quoted && quoted[1].split(/\s+/).length <= 5 && !lexicon.entries.has(normOf(quoted[1]))) {
          found.push(proposal(sentence, text, at + 1, quoted[1], datasetBefore, 0.85));
          named = true;
          continue;
        }
        const macro = text.slice(at).match(MACRO);
        if (macro) {
          found.push(macroProposal(sentence, text, at, macro[1], datasetBefore));
          named = true;
          continue;
        }
        // "namely Foo-Net and Foo-Net-L", "we name them Quill Encoder and Parafoil": a list of capitalised names.
        const list = namedList(text, at, lexicon);
        if (list.length > 0) {
          for (const [start, name] of list) found.push(proposal(sentence, text, start, name, datasetBefore || appositiveIsDataset(text, start + name.length), 0.85));
          named = true;
          continue;
        }
        // "called Adaptive Sparse Trainer": the whole Title Case name, not its first word.
        const run = titleCaseRun(text, at);
        const token = run && isNewTitleCaseName(run, text, at, lexicon) ? run : text.slice(at).match(NAME_TOKEN)?.[0];
        if (token && (isNameShaped(token, lexicon) || /^\p{Lu}\p{Ll}+[\p{L}\p{N}]*$/u.test(token) || token === run)) {
          found.push(proposal(sentence, text, at, token, datasetBefore || appositiveIsDataset(text, at + token.length), 0.9));
          named = true;
          continue;
        }
        // "a technique called reverse sparsification": a lowercase name of up to five words, up to the clause break.
        const lower = /^namely/i.test(m[0]) ? undefined : lowercaseName(text, at, lexicon, true);
        if (lower && lower.includes(" ")) {
          found.push(proposal(sentence, text, at, lower, datasetBefore || appositiveIsDataset(text, at + lower.length), 0.8));
          named = true;
        }
      }
    }
    const comparison = comparisonCue(text)?.index ?? Infinity;
    // PROPOSAL needs "we", "this paper/work/study" or "our paper/work": a sentence without the first person is skipped.
    for (const m of firstPerson || /\bthis study\b/i.test(text) ? proposalCues(text) : []) {
      const verbEnd = m.index! + m[0].length;
      // "we propose WeatherGS, a 3DGS-based framework", "we release Foo-7B and Foo-70B": names right after the verb.
      const rest = text.slice(verbEnd);
      // Up to three describing words may stand between verb and name: "two novel parametric SparseConv ...".
      const direct = rest.match(/^\s+(?:(?!(?:to|that|which|for|on|in|with|by|from|of|using|via|over|than|and|or|as|at|into|through|where|while|how|when|whether|it|them|this|these|is|are)\b)[a-z][a-z-]*\s+){0,3}/);
      let at = verbEnd + (direct ? direct[0].length : 0);
      // "we propose \\oni, a ...": a LaTeX macro standing for the name.
      const macro = text.slice(at).match(MACRO);
      if (macro && !found.some((f) => f.sentence === sentence && f.start === at + 1)) found.push(macroProposal(sentence, text, at, macro[1], false));
      // "we introduce Dynamic Sparse Window Attention, which ...": a Title Case name without an acronym.
      const run = titleCaseRun(text, at);
      if (run && isNewTitleCaseName(run, text, at, lexicon) && !sentenceDefs.some((d) => d.longStart === at) && !found.some((f) => f.sentence === sentence && f.start === at)) {
        const after = text.slice(at + run.length);
        if (/^\s*(?:[,.:;]|$|\s(?:which|that|to|as|for|with|—|-)\b)/.test(after) || GENERIC_NOUN_AFTER.test(after)) {
          found.push(proposal(sentence, text, at, run, appositiveIsDataset(text, at + run.length) || DATASET_HEADS.test(run.split(/\s+/).pop() ?? ""), 0.85));
        }
      }
      // "we propose viewmaker networks: generative models that ...": a bare lowercase name set off by a colon or an apposition.
      // "we set forth the action graph networks framework---a class of ...": after "the", a dash sets off a name too.
      const bare = text.slice(verbEnd).match(/^\s+(?:the\s+)?((?:[a-z][a-z0-9-]*\s+){0,3}[a-z][a-z0-9-]*)(?=\s*:\s|\s*,\s+(?:a|an)\s|\s*(?:---|—|--)\s*(?:a|an)\s)/);
      if (bare && isLowercaseName(bare[1], lexicon, /^\s*(?:---|—|--)/.test(text.slice(verbEnd + bare[0].length, verbEnd + bare[0].length + 8)))) {
        const start = verbEnd + bare[0].length - bare[1].length;
        if (!found.some((f) => f.sentence === sentence && f.start === start)) found.push(proposal(sentence, text, start, bare[1], appositiveIsDataset(text, start + bare[1].length), 0.75));
      }
      for (;;) {
        const token = text.slice(at).match(NAME_TOKEN)?.[0];
        if (!token || !(isNameShaped(token, lexicon) || isOwnAcronymNoun(token, defs)) || lexicon.entries.has(normOf(token))) break;
        // "we design the sparse MHA module" after "multi-head attention (MHA)" was defined: a name the abstract has already
        // spelled out as something else is used here, not proposed.
        if (defs.some((d) => d.short === token && d.sentence > 0 && d.sentence < sentence)) break;
        const after = text.slice(at + token.length);
        if (!/^\s*(?:[,.:;(]|$|\s(?:which|that|to|as|for|in|with|on|and|—|-)\b|\s(?:--|—|–)\s)/.test(after) && !GENERIC_NOUN_AFTER.test(after)) break;
        const def = sentenceDefs.find((d) => d.shortStart === at);
        found.push(proposal(sentence, text, at, token, isDatasetShaped(token) || appositiveIsDataset(text, at + token.length), 0.9, def));
        // The list may continue past an apposition: "X, a corpus of frames, and Y, a benchmark".
        const next = after.match(/^(?:\s*,\s*(?:an?|the)\s+[^,;.()]{0,80}?(?=,))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=\S)/);
        if (!next) break;
        at += token.length + next[0].length;
      }
      if (named) continue;
      // "we introduce Inference-Time Decomposition of Activations (ITDA) models": a definition as the object, and
      // the definitions coordinated with it ("we propose A (X) to ..., B (Y) to ..., and C (Z) to ...").
      let previous: AcronymDefinition | undefined;
      for (const def of sentenceDefs) {
        if (def.longStart < verbEnd || def.longStart > comparison || isKnown(def, lexicon)) continue;
        // "we introduce the X loss, which introduces Y (Z)": a definition inside a relative clause is not the object.
        const first = previous === undefined && def.longStart - verbEnd <= 60 && !/,\s*(?:which|that|where)\b/.test(text.slice(verbEnd, def.longStart));
        const coordinated = previous !== undefined && /(?:,|\band)\s+(?:(?:the|a|an)\s+)?$/.test(text.slice(previous.shortEnd, def.longStart));
        if (!first && !coordinated) continue;
        if (!found.some((f) => f.sentence === sentence && f.start === def.shortStart)) {
          const dataset = DATASET_HEADS.test(def.long.split(/\s+/).pop() ?? "") || isDatasetShaped(def.short) || appositiveIsDataset(text, def.shortEnd + 1);
          found.push(proposal(sentence, text, def.longStart, def.long, dataset, 0.8, def));
        }
        previous = def;
      }
    }
    // "we introduce a new compression technique: {\\em natural rounding}", "we extend it to {\\em natural dithering}":
    // an emphasised name after the contribution's colon or as what the paper's method is carried over to.
    if (firstPerson && (text.includes("\\em") || text.includes("\\text"))) {
      for (const m of text.matchAll(EMPHASIS)) {
        const lead = text.slice(Math.max(0, m.index! - 80), m.index!);
        if (!/:\s*$/.test(lead) && !EXTENDED_TO.test(lead)) continue;
        if (/:\s*$/.test(lead) && !proposalCues(text.slice(0, m.index!)).length) continue;
        const emphasis = emphasisedName(text, m.index!, lexicon);
        if (emphasis && !found.some((f) => f.sentence === sentence && f.start === emphasis.start)) found.push(proposal(sentence, text, emphasis.start, emphasis.name, false, 0.8));
      }
    }
    // "a lightweight framework ARMOR", "our resulting model, Eurus-2-7B-PRIME": a new name in apposition to a
    // generic noun the paper uses for its own contribution.
    if (/\b(?:we|our)\b/i.test(text)) {
      for (const m of text.matchAll(APPOSITION)) {
        const at = m.index! + m[0].length;
        if (at > comparison) break;
        // "a framework that models GUI elements as ...": after a relative pronoun the noun is a verb.
        if (/\b(?:that|which|who|it)\s+$/i.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue;
        const run = titleCaseRun(text, at);
        const token = run && isNewTitleCaseName(run, text, at, lexicon) ? run : text.slice(at).match(NAME_TOKEN)?.[0];
        if (!token || lexicon.entries.has(normOf(token))) continue;
        // "Our method called Sparse masKed modeling (SparK)": the definition starting here was read already, whole.
        if (found.some((f) => f.sentence === sentence && f.start <= at && at < f.end)) continue;
        if (token !== run && !isNameShaped(token, lexicon) && !(/^\p{Lu}\p{Ll}{2,}[\p{L}\p{N}]*$/u.test(token) && !LEADING_STOPWORDS.has(token.toLowerCase()))) continue;
        if (!/\bour\b|\b(?:propos|introduc|present|develop|design)\w*/i.test(text.slice(0, m.index!))) continue;
        found.push(proposal(sentence, text, at, token, isDatasetShaped(token) || /data|bench/i.test(m[0]), 0.8));
      }
    }
    if (firstPerson) {
      // "our novel Neural Spatiotemporal Point Process model": a Title Case name the paper calls its own.
      // "Our Augmentation-Interpolative AutoEncoders synthesize ...": after a bare "our", a Title Case name of two words
      // or more that the title also carries.
      for (const cue of sentence > 0 ? [OWN_NOVEL, OUR_NAME] : [OWN_NOVEL]) {
        for (const m of text.matchAll(cue)) {
          const at = m.index! + m[0].length;
          const run = titleCaseRun(text, at);
          if (!run || found.some((f) => f.sentence === sentence && f.start <= at && at < f.end)) continue;
          const own =
            cue === OWN_NOVEL
              ? isNewTitleCaseName(run, text, at, lexicon) && !sentenceDefs.some((d) => d.longStart === at)
              : run.split(/\s+/).length >= 2 && !lexicon.entries.has(normOf(run)) && sentences[0].toLowerCase().includes(run.toLowerCase());
          if (!own || !/^\s*(?:\(|,|\s[a-z]+\b)/.test(text.slice(at + run.length))) continue;
          found.push(proposal(sentence, text, at, run, DATASET_HEADS.test(run.split(/\s+/).pop() ?? ""), 0.8, sentenceDefs.find((d) => d.longStart === at)));
        }
      }
      // "a new method, locality sensitive sparse encoding, ...": a lowercase name in apposition to the contribution.
      for (const m of text.matchAll(NEW_KIND_APPOSITION)) {
        const at = m.index! + m[0].length;
        const name = lowercaseName(text, at, lexicon);
        if (!name || !/^\s*[,(]/.test(text.slice(at + name.length)) || found.some((f) => f.sentence === sentence && f.start === at)) continue;
        found.push(proposal(sentence, text, at, name, /data|bench/i.test(m[0]), 0.75));
      }
    }
    // "with a novel Dense-to-Sparse gate (DTS-Gate)": a named component of the contribution.
    if (!named) {
      for (const def of sentenceDefs) {
        // "a novel Dense-to-Sparse gate", "a novel and efficient sparse autoencoder tuning (SAE-Tuning) procedure"
        const lead = before(text, def.longStart, 3).map((w) => w.toLowerCase());
        const proposedBefore = lead.some((w, i) => w === "proposed" && !/^(?:recently|previously|originally|earlier|already|widely|commonly|once)$/.test(lead[i - 1] ?? ""));
        if ((lead.includes("novel") || lead.includes("new") || proposedBefore) && !isKnown(def, lexicon) && !found.some((f) => f.sentence === sentence && f.name === (def.name ?? def.long))) {
          found.push(proposal(sentence, text, def.longStart, def.long, DATASET_HEADS.test(def.long.split(/\s+/).pop() ?? ""), 0.75, def));
        }
      }
    }
  });
  found.push(...laterComponents(sentences, defs, lexicon, found));
  found.push(...findTitleInitials(sentences, defs, found, lexicon));
  found.push(...findDescribedProposals(sentences, found, lexicon));
  found.push(...enumeratedComponents(sentences, lexicon, found));
  return found;
}

/** "(1) Expert-wise bitwidth adaptation: This method ...": an enumerated item named before a colon. */
const ENUMERATED = /(?:^|\s)\((?:\d|i{1,3}|iv|v)\)\s+(\p{Lu}[\p{L}\p{N}-]*(?:\s+[\p{L}\p{N}-]+){1,4}?)\s*:\s/gu;
/** "incorporates two innovative techniques:": the list that follows names the paper's components. */
const COMPONENT_LIST = /\b(?:techniques?|components?|modules?|strateg(?:y|ies)|mechanisms?|designs?|innovations?)\s*:/i;

/**
 * Components the paper lists by name after introducing them as its techniques: "EdgeMoE incorporates two innovative
 * techniques: (1) Expert-wise bitwidth adaptation: ... (2) Expert management: ...". Each item named before a colon, in
 * a list a sentence opens with a component noun and a colon, is proposed.
 */
function enumeratedComponents(sentences: string[], lexicon: Lexicon, found: Mention[]): Mention[] {
  if (!found.some((f) => f.relation === "PROPOSES")) return [];
  const out: Mention[] = [];
  let listOpen = false;
  for (let sentence = 1; sentence < sentences.length; sentence++) {
    const text = sentences[sentence];
    const colon = text.indexOf(":") >= 0;
    if (colon && COMPONENT_LIST.test(text)) listOpen = true;
    if (!listOpen || text.indexOf(")") < 0) continue;
    // Items are named before a colon: a sentence with a parenthesis and no colon holds none, and ends the list.
    if (!colon) {
      listOpen = false;
      continue;
    }
    let items = 0;
    for (const m of text.matchAll(ENUMERATED)) {
      const name = m[1];
      const at = m.index! + m[0].indexOf(name);
      items++;
      if (lexicon.entries.has(normOf(name)) || found.some((f) => f.sentence === sentence && f.start <= at && at < f.end)) continue;
      out.push(proposal(sentence, text, at, name, false, 0.7));
    }
    if (items === 0 && !COMPONENT_LIST.test(text)) listOpen = false;
  }
  return out;
}

/** Every word capitalised, hyphen parts too, function words aside: "Scale-Sensitive Consistency", "Affinity-Guided Quantization". */
const TITLE_CASE_NAME = /^\p{Lu}[\p{L}\p{N}]*(?:-(?:\p{Lu}[\p{L}\p{N}]*|to|of|and|in|for))*(?:\s+(?:\p{Lu}[\p{L}\p{N}]*(?:-(?:\p{Lu}[\p{L}\p{N}]*|to|of|and|in|for))*|of|for|and|with|to|in))*$/u;
/** "such as X (Y)", "using X (Y)", "including X (Y)": a definition given as an example or a tool is not the paper's own. */
const USED_BEFORE = /\b(?:us(?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|leverag\w*|employ\w*|adopt\w*|utili[sz]\w*|such as|including|like|e\.g\.|based on|follow\w*|existing|previous|prior|recent|standard|popular|conventional|traditional)\b[^.;]*$/i;

/** ", a state-of-the-art detector", "), a widely used baseline": an apposition naming something established. */
const EXISTING_AFTER = /^\)?\s*,\s*(?:a|an|the)\s+(?:state-of-the-art|existing|popular|standard|widely[- ]used|well-known|recent|classic|conventional|prior|previous)\b/i;

/**
 * Components of the paper's contribution that it names after stating it: "a Scale-Sensitive Consistency (SSC) loss
 * is designed ...", "2) Affinity-Guided Quantization (AGQ), which ...". A new Title Case long form defined in a
 * sentence after the first proposal, outside a comparison and not given as a tool or an example, is proposed.
 */
function laterComponents(sentences: string[], defs: AcronymDefinition[], lexicon: Lexicon, found: Mention[]): Mention[] {
  const first = Math.min(...found.filter((f) => f.sentence > 0 && f.relation === "PROPOSES").map((f) => f.sentence));
  if (!Number.isFinite(first)) return [];
  const out: Mention[] = [];
  for (const def of defs) {
    if (def.sentence <= first || isKnown(def, lexicon) || !TITLE_CASE_NAME.test(def.long) || def.long.indexOf(" ") < 0 && def.long.indexOf("-") < 0) continue;
    const text = sentences[def.sentence];
    if (def.longStart > (comparisonCue(text)?.index ?? Infinity) || USED_BEFORE.test(text.slice(Math.max(0, def.longStart - 60), def.longStart))) continue;
    // "X, or XY, a state-of-the-art detector": an apposition that calls it established.
    if (EXISTING_AFTER.test(text.slice(def.shortEnd, def.shortEnd + 60))) continue;
    if (DATASET_HEADS.test(def.long.split(/\s+/).pop() ?? "") || found.some((f) => f.sentence === def.sentence && f.start <= def.longStart && def.longStart < f.end)) continue;
    out.push(proposal(def.sentence, text, def.longStart, def.long, false, 0.7, def));
    out.push(proposal(def.sentence, text, def.shortStart, def.short, false, 0.7, def));
  }
  // "... is implemented by a lightweight training system, Tiny Training Engine, which ...": a new Title Case name in
  // apposition to a generic noun for a contribution, once the paper has stated its own.
  for (let sentence = first + 1; sentence < sentences.length; sentence++) {
    const text = sentences[sentence];
    if (!text.includes(",")) continue;
    for (const m of text.matchAll(APPOSITION)) {
      const at = m.index! + m[0].length;
      if (!/,\s*$/.test(m[0]) || at > (comparisonCue(text)?.index ?? Infinity) || USED_BEFORE.test(text.slice(Math.max(0, m.index! - 60), m.index!))) continue;
      const run = titleCaseRun(text, at);
      if (!run || !isNewTitleCaseName(run, text, at, lexicon) || !/^\s*(?:,|\(|\.|$)/.test(text.slice(at + run.length))) continue;
      if (found.some((f) => f.sentence === sentence && f.start <= at && at < f.end) || out.some((f) => f.sentence === sentence && f.start === at)) continue;
      out.push(proposal(sentence, text, at, run, /data|bench/i.test(m[0]), 0.7));
    }
  }
  return out;
}
