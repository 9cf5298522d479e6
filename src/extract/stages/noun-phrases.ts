// Noun phrases from POS tags, typed by their head: tasks ("video generation"), techniques ("magnitude pruning"),
// and the rest as candidate key concepts.
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import type { TaggedToken } from "./tagger";
import { LEADING_STOPWORDS, METHOD_HEADS, NETWORK_MODIFIERS, TASK_HEADS, TASK_HEADS_NEEDING_MODIFIER } from "./heads";
import { normOf } from "./tokens";

const PHRASE_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
/** Confidence of descriptive candidates: kept and queryable, below the API's default threshold of 0.5. */
const CANDIDATE = 0.3;
/** Heads of phrases that describe a method without naming it ("a statistical parser", "rule-based systems"). */
const CANDIDATE_METHOD_HEADS = new Set(
  ("model models system systems algorithm algorithms approach approaches method methods technique techniques framework frameworks " +
    "parser parsers grammar grammars classifier classifiers representation representations architecture architectures formalism formalisms " +
    "heuristic heuristics procedure procedures tagger taggers recognizer recognizers learner learners component components module modules " +
    "strategy strategies scheme schemes mechanism mechanisms kernel kernels learning theory rules tool tools technology technologies " +
    "methodology paradigm engine engines solution solutions estimate estimates").split(" "),
);
/** Heads of phrases that often, not always, name a problem ("anaphora resolution", "lexical acquisition"). */
const CANDIDATE_TASK_HEADS = new Set(
  "analysis resolution acquisition annotation construction interpretation correction disambiguation alignment processing inference".split(" "),
);
/** Natural languages, as data ("parallel English and Czech text"). */
const LANGUAGES = new Set(
  "English Chinese Mandarin Cantonese Japanese Korean Arabic French German Spanish Italian Portuguese Russian Czech Dutch Swedish Finnish Turkish Hindi Bengali Urdu Persian Hebrew Greek Polish Bulgarian Romanian Hungarian Vietnamese Thai Indonesian Swahili Basque Catalan".split(" "),
);
/** Heads of phrases that describe data ("parallel corpora", "spontaneous speech", "training data"). */
const CANDIDATE_DATA_HEADS = new Set(
  ("data corpus corpora text texts speech images videos sentences documents treebank treebanks dictionary dictionaries lexicon lexicons " +
    "database databases utterances dialogues dialogs articles sequences recordings collection collections annotations").split(" "),
);
/** Nouns that make the words before them a task: "reconstruction tasks", "the matching problem". */
const TASK_NOUNS = new Set(["task", "tasks", "problem", "problems"]);
/** Nouns for data that tests a task: "video reasoning benchmarks". */
const BENCHMARK_NOUNS = /^(?:benchmarks?|testbeds?)$/i;
/** Comparatives evaluate, they do not name: "deeper understanding", "better generalization". */
const COMPARATIVE = /^(?:deeper|better|broader|richer|greater|finer|faster|stronger|higher|lower|larger|smaller|wider|more|less)$/i;
/** Degree words: "minimal tuning", "extensive fine-tuning". */
const EVALUATIVE = /^(?:minimal|extensive|careful|full|partial|naive|simple|heavy|light|excessive|additional|further|proper|appropriate)$/i;
/** Descriptors of how a task is done, not which task: "deep", "fine-grained", "user-controlled", "data-driven". */
const DESCRIPTOR = /^(?:deep|efficient|robust|reliable|accurate|fast|scalable|joint|simultaneous|unified|end-to-end|fine-grained|coarse-grained|[\p{L}]+-(?:controlled|driven|guided|based|aware|free|grained|efficient))$/iu;

/** "PDE solving and MRI reconstruction tasks": the noun phrase coordinated before a chunk, as offsets. */
function coordinatedBefore(text: string, tokens: TaggedToken[], from: number): { start: number; end: number; surface: string } | undefined {
  if (from < 2 || !/^(?:and|or)$/i.test(tokens[from - 1].text)) return undefined;
  let to = from - 2;
  if (!(tokens[to].pos === "NOUN" || tokens[to].pos === "PROPN" || /ing$/.test(tokens[to].text))) return undefined;
  let first = to;
  while (first > 0 && first > to - 3 && (PHRASE_POS.has(tokens[first - 1].pos) || tokens[first - 1].text === "-") && !LEADING_STOPWORDS.has(tokens[first - 1].text.toLowerCase())) first--;
  if (first === to && tokens[to].pos !== "PROPN" && !/ing$/.test(tokens[to].text)) return undefined;
  const start = tokens[first].start;
  const end = tokens[to].end;
  return { start, end, surface: text.slice(start, end) };
}
const MAX_WORDS = 4;

/** Maximal ADJ/NOUN/PROPN runs (hyphen-joined pieces stay together) that end in a noun. */
function chunks(text: string, tokens: TaggedToken[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!PHRASE_POS.has(tokens[i].pos) && !isGerundModifier(tokens, i)) {
      i++;
      continue;
    }
    // Reach back over hyphen-glued prefixes the tagger did not tag as modifiers ("post-training pruning").
    while (i >= 2 && tokens[i - 1].text === "-" && tokens[i - 1].start === tokens[i - 2].end && tokens[i].start === tokens[i - 1].end && /^\p{L}+$/u.test(tokens[i - 2].text)) i -= 2;
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1];
      const glued = next.start === tokens[j].end;
      if (PHRASE_POS.has(next.pos) || isGerundModifier(tokens, j + 1) || (glued && (next.text === "-" || tokens[j].text === "-"))) j++;
      else break;
    }
    let end = j;
    while (end >= i && !(tokens[end].pos === "NOUN" || tokens[end].pos === "PROPN")) end--;
    if (end >= i) out.push({ from: i, to: end });
    i = j + 1;
  }
  return out;
}

/** "training" in "sparse training methods" is tagged VERB but modifies a noun; so does "gated" in "employs gated
 * convolution" (a participle after a verb, a determiner or a conjunction; after a noun it is the verb: "the model learned X"). */
function isGerundModifier(tokens: TaggedToken[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== "VERB" || i === 0 || i + 1 >= tokens.length || !(tokens[i + 1].pos === "NOUN" || tokens[i + 1].pos === "PROPN")) return false;
  // "an approach using vision models": a verb of use after a noun opens a participial clause, it modifies nothing.
  if (/ing$/.test(t.text)) return PHRASE_POS.has(tokens[i - 1].pos) && !CLAUSE_GERUND.test(t.text);
  return /^\p{Ll}+ed$/u.test(t.text) && PARTICIPLE_BEFORE.has(tokens[i - 1].pos);
}
const PARTICIPLE_BEFORE = new Set(["VERB", "DET", "CCONJ", "ADJ"]);
/** Verbs of use and inclusion: their -ing form takes an object ("using X", "including Y"), it does not qualify a noun. */
const CLAUSE_GERUND = /^(?:using|leveraging|employing|utili[sz]ing|applying|adopting|exploiting|including|involving|requiring|enabling|allowing|achieving|yielding)$/i;

/**
 * "3D captioning", "visual grounding": a task-head gerund after a modifier is the head noun of a task phrase, though
 * the tagger calls it a verb.
 */
function gerundHeadsAsNouns(tokens: TaggedToken[]): TaggedToken[] {
  let out: TaggedToken[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== "VERB" || !/ing$/.test(t.text) || !TASK_HEADS.has(t.text.toLowerCase())) continue;
    const prev = tokens[i - 1];
    if (!(prev.pos === "ADJ" || prev.pos === "NOUN" || prev.pos === "PROPN") || prev.end + 1 !== t.start) continue;
    out ??= tokens.slice();
    out[i] = { ...t, pos: "NOUN" };
  }
  return out ?? tokens;
}

export function findNounPhraseMentions(sentence: number, text: string, tagged: TaggedToken[], lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  const tokens = gerundHeadsAsNouns(tagged);
  for (const { from, to } of chunks(text, tokens)) chunkMentions(sentence, text, tokens, from, to, lexicon, found);
  return found;
}

/**
 * The mentions one chunk (tokens from..to) gives, pushed onto `found`. A function of its own so that the optimising
 * compiler compiles (and recompiles, as new token shapes turn up) this large body apart from the loop.
 */
function chunkMentions(sentence: number, text: string, tokens: TaggedToken[], from: number, to: number, lexicon: Lexicon, found: Mention[]): void {
  let first = from;
  // A chunk that starts inside a hyphenated word ("4-bit estimation", "super-resolution image") is a fragment.
  if (first >= 2 && tokens[first - 1].text === "-" && tokens[first - 1].end === tokens[first].start && tokens[first - 2].end === tokens[first - 1].start) {
    if (/^\p{L}+$/u.test(tokens[first - 2].text)) first -= 2;
    else first++;
  }
  // Hyphenated words go whole or not at all: "high-resolution image reconstruction" keeps "high".
  const glued = (k: number): boolean => k + 1 <= to && tokens[k + 1].text === "-" && tokens[k + 1].start === tokens[k].end;
  for (;;) {
    while (first <= to && !glued(first) && (LEADING_STOPWORDS.has(tokens[first].text.toLowerCase()) || COMPARATIVE.test(tokens[first].text) || tokens[first].pos === "NUM" || tokens[first].text === "-")) first++;
    // A leading compound that evaluates ("state-of-the-art", "well-known") goes whole too.
    let end = first;
    while (end + 2 <= to && glued(end) && tokens[end + 2].start === tokens[end + 1].end) end += 2;
    if (end === first || end >= to || !LEADING_STOPWORDS.has(text.slice(tokens[first].start, tokens[end].end).toLowerCase())) break;
    first = end + 1;
  }
  // "8-bit quantization" loses its number; "zero-shot classifier" keeps its word.
  if (first <= to && glued(first) && tokens[first].pos === "NUM" && /^\d/.test(tokens[first].text)) first += 2;
  // A participle names the kind of a technique ("gated convolution"); before anything else it says how ("sampled
  // generation", "perturbed evaluation tasks").
  if (first < to && !glued(first) && tokens[first].pos === "VERB" && /ed$/.test(tokens[first].text) && !METHOD_HEADS.has(tokens[to].text.toLowerCase())) first++;
  if (first > to) return;
  // "two long-context understanding benchmarks": a task phrase before "benchmarks" names the task the data tests.
  if (BENCHMARK_NOUNS.test(tokens[to].text) && to - 1 > first && TASK_HEADS.has(tokens[to - 1].text.toLowerCase()) && !TASK_NOUNS.has(tokens[to - 1].text.toLowerCase())) {
    const start = tokens[first].start;
    const end = tokens[to - 1].end;
    found.push({ sentence, start, end, surface: text.slice(start, end), kind: "TASK", relation: "ADDRESSES", confidence: 0.55, source: "head-noun" });
    return;
  }
  // "MRI reconstruction tasks", "the PDE solving problem": the words before "tasks" name a task.
  // "an ill-posed problem", "a long-standing task": a participle before the noun grades the problem, it names none.
  if (TASK_NOUNS.has(tokens[to].text.toLowerCase()) && to > first && tokens[to - 1].pos !== "ADJ" && !isHyphenedParticiple(tokens, to - 1) && !isPrefixCompound(tokens, to - 1)) {
    // "the downstream classification task": a word that only places the problem (downstream, synthetic) names no part of it.
    const placed = first < to - 1 && lexicon.genericPhrases.has(normOf(tokens[first].text));
    while (first < to - 1 && lexicon.genericPhrases.has(normOf(tokens[first].text))) first++;
    const start = tokens[first].start;
    const end = tokens[to - 1].end;
    const surface = text.slice(start, end);
    // "realistic learning problems", "hard NLP tasks": adjectives before a generic word name no task.
    const last = tokens[to - 1].text;
    const gradedGeneric = (lexicon.genericHeads.has(last.toLowerCase()) || /^(?:learning|training)$/i.test(last) || lexicon.nonEntityTokens.has(last)) && tokens.slice(first, to - 1).every((t) => t.pos === "ADJ");
    // "reasoning tasks", "complex reasoning tasks": a task head alone before "tasks" is the task; placed ("downstream
    // classification") it is only where the paper's features end up.
    const bareHead = first === to - 1 && !placed && TASK_HEADS.has(surface.toLowerCase());
    // "prevailing NLP tasks", "an unsolved research problem", "the max-margin problem": graded or compound words before
    // the noun name no task; an action noun ("calibration problems", "PDE solving tasks"), a known task or a compound of
    // plain nouns before "tasks" ("invoice layout tasks"; before "problems" they often name a class of mathematical
    // problem, "saddle point problems") does. A title names its problem whatever its head ("The Associative Memory Problem").
    const nounCompound = /^tasks?$/i.test(tokens[to].text) && /\s/.test(surface) && tokens.slice(first, to).every((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.text === "-");
    // A problem the sentence takes on ("we introduce the multi-view colour constancy problem") is one, whatever its words.
    const takenOn = /\s/.test(surface) && TAKES_ON.test(text.slice(Math.max(0, tokens[from].start - 40), tokens[from].start));
    const actionless = sentence > 0 && !isActionNoun(last) && !nounCompound && !takenOn && lexicon.entries.get(normOf(surface))?.kind !== "TASK";
    if (!gradedGeneric && !actionless && !lexicon.genericHeads.has(surface.toLowerCase()) && /\p{L}{2}/u.test(surface) && (/[\s-]/.test(surface) || bareHead)) {
      found.push({ sentence, start, end, surface, kind: "TASK", relation: "ADDRESSES", confidence: 0.55, source: "head-noun", framed: true });
      const coordinated = coordinatedBefore(text, tokens, from);
      if (coordinated) found.push({ sentence, ...coordinated, kind: "TASK", relation: "ADDRESSES", confidence: 0.5, source: "head-noun" });
    }
    return;
  }
  // Task phrases lose descriptors of the approach: "user-controlled motion editing", "deep open-set recognition".
  if (TASK_HEADS.has(tokens[to].text.toLowerCase())) {
    while (first < to && (DESCRIPTOR.test(tokens[first].text) || (tokens[first + 1]?.text === "-" && DESCRIPTOR.test(text.slice(tokens[first].start, tokens[first + 2]?.end ?? 0))))) {
      first += tokens[first + 1]?.text === "-" ? 3 : 1;
    }
    // "facilitates localized manipulation": a word shaped like a verb's third person is a verb the tagger read as a noun.
    for (let k = to - 1; k >= first; k--) {
      if (isThirdPersonLike(tokens, k)) {
        first = k + 1;
        break;
      }
    }
    if (first > to) return;
  }
  // "for Training Deep Neural Networks", "Towards Understanding Value Decomposition": a gerund opening a clause (after a
  // preposition, a colon or at the start) is the verb of the phrase after it, not its modifier.
  if (first < to && !glued(first) && !TASK_HEADS.has(tokens[to].text.toLowerCase()) && isClauseVerb(tokens, first)) first++;
  // Keep at most MAX_WORDS words, counting hyphen-glued pieces as one word.
  let words = 1;
  for (let k = to; k > first; k--) {
    if (tokens[k].start !== tokens[k - 1].end) words++;
    if (words > MAX_WORDS) {
      first = k;
      break;
    }
  }
  const head = tokens[to].text.toLowerCase();
  const headSingular = head.replace(/(?<=[^s])s$/, "");
  const start = tokens[first].start;
  const end = tokens[to].end;
  const surface = text.slice(start, end);
  const multiword = /\s|-/.test(surface);
  if (lexicon.genericHeads.has(surface.toLowerCase())) return;
  // "English", "Arabic documents": data in a natural language, a candidate material.
  if (first === to && LANGUAGES.has(surface)) {
    found.push({ sentence, start, end, surface, kind: "DATASET", relation: "EVALUATES_ON", confidence: CANDIDATE, source: "noun-phrase" });
    return;
  }
  if (TASK_HEADS.has(head) && multiword) {
    // "ImageNet classification": the task run on a known dataset, named by it, stands beside the dataset's name.
    // Dataset names open with a capital or a digit: other chunks skip the lookup.
    const c = text.charCodeAt(start);
    const onData = to > first && ((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) && lexicon.entries.get(normOf(text.slice(start, tokens[to - 1].end)))?.kind === "DATASET";
    const confidence = onData ? 0.55 : TASK_HEADS_NEEDING_MODIFIER.has(head) ? 0.4 : 0.5;
    found.push({ sentence, start, end, surface, kind: "TASK", relation: "ADDRESSES", confidence, source: "head-noun", framed: onData || undefined });
  } else if (((METHOD_HEADS.has(head) || METHOD_HEADS.has(headSingular)) && multiword) || isNetwork(tokens, to)) {
    // "computing attention", "before-training pruning", "minimal tuning": an action, a time or a degree, not a technique
    // ("gated convolution": a participle names the kind).
    const descriptive = (tokens[first].pos === "VERB" && /ing$/.test(tokens[first].text)) || /^(?:before|during|after|pre|post)-/i.test(surface) || EVALUATIVE.test(tokens[first].text);
    // "recurrent networks", "convolutional networks": an architectural kind of network, in two words, names a model family
    // as "generative models" does ("scene graph networks", with more words, is described rather than named).
    const family = !descriptive && isNetwork(tokens, to) && to - first <= 1 && !ROLE_NETWORK.test(tokens[to - 1].text);
    found.push({ sentence, start, end, surface, kind: "METHOD", relation: "USES", confidence: descriptive ? CANDIDATE : family ? FAMILY : 0.45, source: "head-noun" });
  } else if (CANDIDATE_METHOD_HEADS.has(head) && (multiword || !lexicon.genericHeads.has(head)) && /^\p{L}/u.test(surface)) {
    // Candidates below the default confidence threshold: described, not named ("a statistical parser"); a model
    // family ("generative models", "time series foundation models") is named by its kind.
    const family = headSingular === "model" && namesModelFamily(tokens, first, to);
    found.push({ sentence, start, end, surface, kind: "METHOD", relation: "USES", confidence: family ? FAMILY : CANDIDATE, source: "noun-phrase" });
  } else if (CANDIDATE_TASK_HEADS.has(head) && multiword && /^\p{L}/u.test(surface)) {
    found.push({ sentence, start, end, surface, kind: "TASK", relation: "ADDRESSES", confidence: CANDIDATE, source: "noun-phrase" });
  } else if (CANDIDATE_DATA_HEADS.has(head) && multiword && /^\p{L}/u.test(surface)) {
    found.push({ sentence, start, end, surface, kind: "DATASET", relation: "EVALUATES_ON", confidence: CANDIDATE, source: "noun-phrase" });
  } else if (TASK_HEADS.has(head) && !TASK_HEADS_NEEDING_MODIFIER.has(head) && first === to && /^\p{Ll}/u.test(surface)) {
    found.push({ sentence, start, end, surface, kind: "TASK", relation: "ADDRESSES", confidence: CANDIDATE, source: "noun-phrase" });
  } else if (multiword && !lexicon.genericHeads.has(head) && /^\p{L}/u.test(surface) && surface.length >= 6 && !misreadVerb(tokens, first, to)) {
    found.push({ sentence, start, end, surface, kind: "CONCEPT", relation: "MENTIONS", confidence: 0.3, source: "noun-phrase" });
  }
}

/**
 * Kinds of model that name a family of models (general ML vocabulary: Bishop 2006 and Murphy 2022 for generative,
 * discriminative, probabilistic, graphical, parametric and latent-variable models; Bommasani et al. 2021 for foundation
 * models): "generative models", "vision foundation models", "generative image models".
 */
const MODEL_FAMILY = new Set(
  ("foundation generative discriminative probabilistic graphical parametric non-parametric nonparametric autoregressive " +
    "energy-based flow-based score-based latent-variable vision vision-language multimodal world causal").split(" "),
);
/** Above the default threshold: a model family is an entity the guideline lists (diffusion model, language model). */
export const FAMILY = 0.55;

/** Whether one of the (up to two) words before the head "model(s)" is a kind of model; the words before it say of what. */
function namesModelFamily(tokens: TaggedToken[], first: number, to: number): boolean {
  for (let k = to - 1; k >= first && k >= to - 2; k--) {
    let word = tokens[k].text.toLowerCase();
    // "energy-based": the hyphenated word is three tokens.
    if (k >= 2 && tokens[k - 1].text === "-" && tokens[k - 1].start === tokens[k - 2].end) word = `${tokens[k - 2].text.toLowerCase()}-${word}`;
    if (MODEL_FAMILY.has(word)) return true;
  }
  return false;
}

/** A verb's third person standing alone, tagged so or shaped so ("facilitates", "enables", "simplifies"). */
const THIRD_PERSON = /^\p{Ll}+(?:ates|izes|ises|ifies|ables|ects)$/u;
function isThirdPersonLike(tokens: TaggedToken[], k: number): boolean {
  const t = tokens[k];
  return t.text.endsWith("s") && (t.pos === "VERB" || THIRD_PERSON.test(t.text)) && tokens[k + 1]?.text !== "-" && tokens[k - 1]?.text !== "-";
}

/** "ill-posed", "long-standing", "well-studied": a hyphen compound ending in a participle after a modifier is an
 * adjective ("decision-making", after a noun, stays a noun). */
/** "we introduce the", "to solve a": a verb that takes on the problem named next. */
const TAKES_ON = /\b(?:introduce|define|formulate|study|consider|address|tackle|solve|pose)[sd]?\s+(?:the|a|an|this)\s+$/i;

/** A word naming an action, by form or as a task head: "calibration", "solving", "retrieval", "control". */
function isActionNoun(word: string): boolean {
  const w = word.toLowerCase();
  return TASK_HEADS.has(w) || /(?:tion|sion|ment|sis|ing|ance|ence|ization|isation)$/.test(w) || /^(?:control|search|retrieval|transfer|discovery|recovery|removal|inference|design|exploration)$/.test(w);
}

function isHyphenedParticiple(tokens: TaggedToken[], k: number): boolean {
  if (k < 2 || tokens[k - 1].text !== "-" || tokens[k - 1].end !== tokens[k].start) return false;
  return /ed$/i.test(tokens[k].text) || (/ing$/i.test(tokens[k].text) && (tokens[k - 2].pos === "ADJ" || tokens[k - 2].pos === "ADV"));
}

/** Prefixes that make an adjective of the noun they join: "multi-agent tasks", "cross-domain problems", "long-horizon tasks". */
const ADJECTIVE_PREFIX = /^(?:multi|cross|single|non|inter|intra|semi|co|sub|long|short|high|low|open|closed)$/i;
const PREFIX_COMPOUND = /^(?:multi|cross|single|non|inter|intra|semi|co|sub|long|short|high|low|open|closed)-\p{L}+$/iu;

/** "multi-agent" before "tasks": a prefix compound grades the tasks (how many agents), it names no task. The tagger
 * keeps some compounds as one token and splits others around the hyphen. */
function isPrefixCompound(tokens: TaggedToken[], k: number): boolean {
  if (PREFIX_COMPOUND.test(tokens[k].text)) return true;
  return k >= 2 && tokens[k - 1].text === "-" && tokens[k - 1].end === tokens[k].start && tokens[k - 2].end === tokens[k - 1].start && ADJECTIVE_PREFIX.test(tokens[k - 2].text);
}

/** Whether token k is an -ing word in a verb's place: first in the sentence, or after a preposition or a colon. */
function isClauseVerb(tokens: TaggedToken[], k: number): boolean {
  const prev = tokens[k - 1];
  if (prev && prev.pos !== "ADP" && prev.pos !== "SCONJ" && prev.text !== ":") return false;
  return tokens[k].text.endsWith("ing") && /^\p{L}+ing$/u.test(tokens[k].text);
}

/** "policy networks", "value networks": a network named by its role in an agent, not by its architecture. */
const ROLE_NETWORK = /^(?:policy|value|deep|q-network)$/i;

function isNetwork(tokens: TaggedToken[], to: number): boolean {
  return /^(?:net|network)s?$/i.test(tokens[to].text) && to > 0 && NETWORK_MODIFIERS.has(tokens[to - 1].text.toLowerCase());
}

/** Relative pronouns and modals after which the next word is a verb: "that gains superior quality". */
const BEFORE_VERB = /^(?:that|which|who|to|will|would|can|could|may|might|must|should|shall|does|do|did)$/i;
/** A word ending like a verb's third person or a plural: "causes", "vectors". */
const PLURAL_LIKE = /^\p{Ll}[\p{Ll}-]*[^siu]s$/u;

/**
 * Whether a candidate concept is a clause the tagger read as a noun phrase: "select high-performing policies" (a
 * verb coordinated with a verb), "gains superior quality" (after "that"), "causes information loss", "experiments
 * show", "the approach changes the ..." (a plural-looking word inside, or a determiner right after).
 */
function misreadVerb(tokens: TaggedToken[], first: number, to: number): boolean {
  const prev = tokens[first - 1];
  if (prev && BEFORE_VERB.test(prev.text)) return true;
  // "by mixing object shapes", "Modelling Drug-Target Binding Affinity": a gerund opening a clause, not a modifier.
  if (/ing$/i.test(tokens[first].text) && tokens[first + 1]?.text !== "-" && (!prev || !/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(prev.pos))) return true;
  if (prev && prev.pos === "CCONJ" && tokens[first - 2]?.pos === "VERB") return true;
  const next = tokens[to + 1];
  if (next && (next.pos === "DET" || next.pos === "PRON" || (next.text.toLowerCase() === "to" && tokens[to + 2]?.pos === "VERB"))) return true;
  for (let k = first; k < to; k++) {
    if (tokens[k + 1].text === "-" || tokens[k].text === "-") continue;
    if (PLURAL_LIKE.test(tokens[k].text) && !/(?:ics|ous|ss)$/.test(tokens[k].text)) return true;
  }
  return false;
}
