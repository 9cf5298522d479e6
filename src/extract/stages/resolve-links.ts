// Turns overlapping mentions into one ExtractedLink per entity: acronyms attached to their long forms, overlaps
// resolved by source precedence, kind and relation chosen by the strongest signal, every mention kept as evidence.
import type { EdgeType, Evidence, ExtractedLink } from "../../domain";
import type { AcronymDefinition } from "./acronyms";
import { isGenericPhrase, type Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import { SOURCE_RANK } from "./mention";
import { DATASET_HEADS, METHOD_HEADS, TASK_HEADS } from "./heads";
import { comparisonCue, relationFor } from "./roles";
import { techniqueBonus } from "./technique-evidence";
import { rankConcepts } from "./concepts";
import { backgroundSentences, capBackgroundTask } from "./tool-tasks";
import { innerOmission } from "./learning-settings";
import { FAMILY } from "./noun-phrases";
import { normOf } from "./tokens";
import { scoreLinks, type LinkScorer } from "./link-scorer";
import { NEGATED_CAP } from "./negated-mentions";

const METHOD_NOUN_AFTER = /^\)?\s*(?:framework|model|method|approach|algorithm|architecture|network|technique|strategy|module|mechanism|layer|block|loss|objective|estimator|optimizer|paradigm|initialization|matching|training)s?\b/i;
/** Long forms headed by a quantity, a measure or a device name what is measured or run on, not a method:
 * "click-through rate (CTR)", "high bandwidth memory (HBM)", "event-based cameras (EBCs)", "oriented bounding boxes (OBB)", "low-resolution (LR)". */
const MEASURE_HEAD = /^(?:rates?|ratios?|scores?|accuracy|errors?|metrics?|distances?|memory|box(?:es)?|resolution|frequency|sizes?|lengths?|latency|throughput|bandwidth|budgets?|costs?|time|curves?|area|precision|recall|devices?|vehicles?|hardware|processors?|cameras?|sensors?|chips?|robots?)$/i;
const RELATION_PRIORITY: EdgeType[] = ["PROPOSES", "INTRODUCES", "EVALUATES_ON", "COMPARES_WITH", "USES", "ADDRESSES", "MENTIONS"];

/** The kind a defined acronym's long form suggests: vocabulary first, then the head noun. */
function definitionMentions(defs: AcronymDefinition[], sentences: string[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (const def of defs) {
    // The paper's long form decides: "test-time scaling (TTS)" is not the vocabulary's TTS (speech synthesis).
    const known = lexicon.entries.get(normOf(def.long));
    const head = def.long.toLowerCase().split(/[\s-]+/).pop() ?? "";
    const headSingular = head.replace(/(?<=[^s])s$/, "");
    let kind: Mention["kind"] = "METHOD";
    let confidence = 0.55;
    if (known) {
      kind = known.kind;
      confidence = 0.9;
    } else if (DATASET_HEADS.test(head)) {
      kind = "DATASET";
      confidence = 0.7;
    } else if (TASK_HEADS.has(head)) {
      kind = "TASK";
      confidence = 0.65;
    } else if (METHOD_HEADS.has(head) || METHOD_HEADS.has(headSingular) || lexicon.genericHeads.has(head)) {
      confidence = 0.7;
    } else if (MEASURE_HEAD.test(head)) {
      kind = "CONCEPT";
      confidence = 0.5;
    } else if (/^[\p{L}\p{N}]+-to-[\p{L}\p{N}]+$/u.test(def.long)) {
      // "text-to-image (T2I)", "image-to-3D": a modality pairing describes a setting, it names no method.
      kind = "CONCEPT";
      confidence = 0.5;
    }
    // "the Generation-Augmented Retrieval (GAR) framework": the noun after the acronym types the entity.
    const after = sentences[def.sentence].slice(def.shortEnd);
    if (!known && METHOD_NOUN_AFTER.test(after)) {
      kind = "METHOD";
      confidence = Math.max(confidence, 0.7);
    } else if (!known && kind === "METHOD" && confidence < 0.7 && TASK_HEADS.has(after.match(/^s?\)\s+([a-z][a-z-]*)/)?.[1] ?? "")) {
      // "Graphical User Interface (GUI) grounding": an untyped long form before a task's head is what the task is on.
      kind = "CONCEPT";
      confidence = 0.5;
    }
    const base = { sentence: def.sentence, kind, relation: relationFor(kind), name: def.name ?? def.long, acronym: def.short, confidence, source: "acronym" as const };
    out.push({ ...base, start: def.longStart, end: def.longEnd, surface: sentences[def.sentence].slice(def.longStart, def.longEnd) });
    const shortSurface = sentences[def.sentence].slice(def.shortStart, def.shortEnd);
    out.push({ ...base, start: def.shortStart, end: def.shortEnd, surface: shortSurface });
  }
  return out;
}

/** Whether the mention's surface is the sentence's text at its offsets (text.slice(start, end) === surface, without the slice). */
function spans(text: string, m: Mention): boolean {
  if (m.start < 0 || m.end > text.length || m.start > m.end) return text.slice(m.start, m.end) === m.surface;
  return m.end - m.start === m.surface.length && text.startsWith(m.surface, m.start);
}

function overlaps(a: Mention, b: Mention): boolean {
  return a.sentence === b.sentence && a.start < b.end && b.start < a.end;
}

/**
 * The steps below are separate functions on purpose: the optimising compiler compiles (and, when a new mention shape
 * turns up, recompiles) each on its own, where one large function cost hundreds of milliseconds per compilation.
 */
export function resolveLinks(paperId: string, sentences: string[], mentions: Mention[], defs: AcronymDefinition[], lexicon: Lexicon, scorer: LinkScorer | null = null): ExtractedLink[] {
  const all = sameShape([...definitionMentions(defs, sentences, lexicon), ...mentions]);
  attachDefinedAcronyms(all, defs);
  widenToDefinedPhrases(all, defs, sentences);
  const kept = withoutOverlaps(yieldToModifiedHeads(all, lexicon), sentences);
  markBaselines(kept, sentences);
  const groups = withoutOwnNameTasks(mergeFamilyShorthands(mergeBareTaskHeads(mergeModifiedTasks(mergeOwnNameVariants(groupByName(kept, lexicon))), sentences)));
  const links: ExtractedLink[] = [];
  const background = backgroundSentences(sentences);
  // "For language modeling tasks (WikiText-2), ...": a sentence naming the data a paper runs on reports its experiments.
  for (const m of kept) if (m.kind === "DATASET" && m.confidence >= 0.5) background[m.sentence] = false;
  for (const group of groups.values()) links.push(linkOf(paperId, group, sentences, background));
  // The rules' confidence is a feature of the learned one, which replaces it (a scorer of null keeps the rules').
  if (scorer) scoreLinks(links, [...groups.values()], sentences, lexicon, scorer);
  return rankConcepts(links, sentences);
}

/**
 * Copies of the mentions with every field, in one order: each stage builds its own object literals, and the steps
 * below, reading a dozen shapes, ran (and were recompiled) as megamorphic code. A mention listed twice stays one object.
 */
function sameShape(mentions: Mention[]): Mention[] {
  const copies = new Map<Mention, Mention>();
  return mentions.map((m) => {
    let copy = copies.get(m);
    if (!copy) {
      copy = {
        sentence: m.sentence,
        start: m.start,
        end: m.end,
        surface: m.surface,
        kind: m.kind,
        relation: m.relation,
        name: m.name,
        acronym: m.acronym,
        confidence: m.confidence,
        source: m.source,
        topic: m.topic,
        statement: m.statement,
        negated: m.negated,
        coordinated: m.coordinated,
        titleTask: m.titleTask,
        framed: m.framed,
      };
      copies.set(m, copy);
    }
    return copy;
  });
}

/** A defined acronym means what this paper says it means, even where the vocabulary knows another expansion. */
function attachDefinedAcronyms(all: Mention[], defs: AcronymDefinition[]): void {
  const byShort = new Map<string, AcronymDefinition>();
  for (const d of defs) if (!byShort.has(d.short)) byShort.set(d.short, d);
  if (byShort.size === 0) return;
  const defKind = new Map<string, Mention>();
  for (const m of all) if (m.source === "acronym" || (m.source === "contribution" && m.acronym)) defKind.set(m.acronym!, m.source === "contribution" ? m : defKind.get(m.acronym!) ?? m);
  for (const m of all) {
    const def = byShort.get(m.surface) ?? byShort.get(m.surface.replace(/s$/, ""));
    if (def && m.source !== "acronym") {
      const owner = defKind.get(def.short);
      m.name = def.name ?? def.long;
      m.acronym = def.short;
      if (owner && m.source !== "contribution") {
        m.kind = owner.kind;
        m.relation = m.relation === "COMPARES_WITH" && owner.kind === "METHOD" ? "COMPARES_WITH" : relationFor(owner.kind);
        m.confidence = Math.max(m.confidence, owner.confidence - 0.05);
      }
    }
  }
}

/**
 * "Sparse Autoencoder" in a paper that defines "sparse autoencoder (SAE)": the modifier belongs to the name, so
 * the known head ("autoencoder") is widened to the phrase the paper itself defines.
 */
function widenToDefinedPhrases(all: Mention[], defs: AcronymDefinition[], sentences: string[]): void {
  const defined = new Set(defs.map((d) => normOf(d.long)));
  if (defined.size === 0) return;
  for (const m of all) {
    // A topic word stays the topic: "quantization" in "Post-training quantization (PTQ)" is still the paper's problem.
    if (m.source !== "vocabulary" || m.acronym || m.topic) continue;
    const before = sentences[m.sentence].slice(0, m.start).match(/([\p{L}][\p{L}\p{N}-]*)\s+$/u);
    if (!before || !defined.has(normOf(`${before[1]} ${m.surface}`))) continue;
    m.start -= before[0].length;
    m.surface = sentences[m.sentence].slice(m.start, m.end);
    m.name = undefined;
  }
}

/**
 * "employs gated convolution": an everyday-word technique ("convolution", "attention") read from the vocabulary
 * yields to the technique phrase that ends in it, so the modifier stays part of the name; the phrase's own evidence
 * (usage cue, repetition, title) decides whether it is shown.
 */
function yieldToModifiedHeads(all: Mention[], lexicon: Lexicon): Mention[] {
  const phrases = all.filter((m) => m.source === "head-noun" && m.kind === "METHOD");
  if (phrases.length === 0) return all;
  return all.filter((m) => !(m.source === "vocabulary" && m.kind === "METHOD" && !m.topic && !m.acronym && m.surface.indexOf(" ") < 0 && lexicon.entries.get(normOf(m.surface))?.needsCue === true && phrases.some((p) => p.sentence === m.sentence && p.end === m.end && p.start < m.start)));
}

/** Overlaps: the better source wins, then the longer span (sorts `all`). */
function withoutOverlaps(all: Mention[], sentences: string[]): Mention[] {
  all.sort((a, b) => SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || b.end - b.start - (a.end - a.start) || b.confidence - a.confidence);
  // Topic words stand beside the phrases they occur in ("pruning" inside "magnitude pruning"), not against them.
  // So do shared-head expansions beside the conjunct they span ("6D pose and size estimation").
  const kept: Mention[] = all.filter((m) => m.topic || m.coordinated);
  // Only mentions of the same sentence can overlap: index the kept ones by sentence (long abstracts have hundreds).
  const keptBySentence = new Map<number, Mention[]>();
  for (const m of all) {
    if (m.topic || m.coordinated || !spans(sentences[m.sentence], m)) continue;
    let same = keptBySentence.get(m.sentence);
    if (!same) keptBySentence.set(m.sentence, (same = []));
    const clash = same.find((k) => overlaps(k, m) && (!(m.titleTask || m.framed) || (k.kind === m.kind && !extendsTask(m, k))));
    if (!clash) {
      kept.push(m);
      same.push(m);
    } else if (clash.start === m.start && clash.end === m.end && clash.source !== m.source && (clash.kind === m.kind || m.kind === "CONCEPT")) {
      // A second source agrees on the span; one typing it as another kind of entity (a task read as a method) does not.
      clash.confidence = Math.min(0.99, clash.confidence + 0.1);
    }
  }
  return kept;
}

/**
 * "Legal Document Retrieval" around the vocabulary's "Document Retrieval" in the title: the title's task phrase with one
 * or two more modifiers stands beside the task it ends in, and joins it as an alias (mergeModifiedTasks), so the
 * paper's own wording of its task is kept.
 */
function extendsTask(title: Mention, task: Mention): boolean {
  if (task.source !== "vocabulary" || task.end !== title.end || task.start <= title.start) return false;
  const extra = title.surface.slice(0, task.start - title.start).trim().split(/\s+/).length;
  return extra <= 2;
}

/** Methods after a comparison cue are baselines. */
function markBaselines(kept: Mention[], sentences: string[]): void {
  const cues = new Map<number, RegExpExecArray | null>();
  for (const m of kept) {
    if (m.kind !== "METHOD" || m.relation === "PROPOSES") continue;
    if (!cues.has(m.sentence)) cues.set(m.sentence, comparisonCue(sentences[m.sentence]));
    const cue = cues.get(m.sentence);
    if (cue && m.start > cue.index) m.relation = "COMPARES_WITH";
  }
}

/** Mentions by normalised name; generic names are dropped unless the paper is about them (a topic). */
function groupByName(kept: Mention[], lexicon: Lexicon): Map<string, Mention[]> {
  const keys = kept.map((m) => normOf(m.name ?? m.surface));
  const topics = new Set(keys.filter((_, i) => kept[i].topic));
  const groups = new Map<string, Mention[]>();
  for (let i = 0; i < kept.length; i++) {
    const m = kept[i];
    const key = keys[i];
    if (!key || (!topics.has(key) && (lexicon.genericHeads.has(key + "s") || isGenericPhrase(key, lexicon)))) continue;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  return groups;
}

/**
 * "Process Reinforcement" in the title "Process Reinforcement through Implicit Rewards" of a paper proposing "Process
 * Reinforcement through IMplicit rEwards (PRIME)": a title task phrase inside the paper's own name is part of that name.
 */
function withoutOwnNameTasks(groups: Map<string, Mention[]>): Map<string, Mention[]> {
  const own: string[] = [];
  for (const [key, group] of groups) if (group.some((m) => m.relation === "PROPOSES")) own.push(` ${key} `);
  if (own.length === 0) return groups;
  for (const [key, group] of [...groups]) {
    if (group.every((m) => m.titleTask) && own.some((o) => o.includes(` ${key} `))) groups.delete(key);
  }
  return groups;
}

/** A name with its spaces and hyphens removed: "MoE-Quant" and "MoEQuant" are one spelling. */
function compact(key: string): string {
  return key.replace(/[\s-]+/g, "");
}

/**
 * The paper's own name written two ways is one entity: "MoE-Quant" beside "MoEQuant", and "HiP Attention" (the title)
 * beside "Hierarchically Pruned Attention (HiP)" — the acronym followed by words of its long form.
 */
function mergeOwnNameVariants(groups: Map<string, Mention[]>): Map<string, Mention[]> {
  const own = [...groups.entries()].filter(([, g]) => g.some((m) => m.relation === "PROPOSES"));
  if (own.length === 0) return groups;
  for (const [key, group] of [...groups.entries()]) {
    if (group[0].kind !== "METHOD" || !groups.has(key)) continue;
    const target = own.find(([k, g]) => k !== key && groups.has(k) && isVariantOf(key, k, g, group));
    if (!target) continue;
    target[1].push(...group);
    groups.delete(key);
  }
  return groups;
}

function isVariantOf(key: string, ownKey: string, own: Mention[], group: Mention[]): boolean {
  const a = compact(key);
  const b = compact(ownKey);
  // "MaskSparity" in a paper proposing MaskSparsity: a long name one letter off is a typo of it.
  if (a === b || (a.length >= 8 && b.length >= 8 && oneEditApart(a, b))) return true;
  const acronym = own.find((m) => m.acronym)?.acronym;
  if (!acronym) return false;
  // "Discover-then-Name" (the title) beside "Discover-then-Name-CBM (DN-CBM)": the name without the acronym's last part.
  if (key.length >= 6 && ownKey.length > key.length + 1 && ownKey.startsWith(`${key} `)) {
    const tail = acronym.slice(acronym.lastIndexOf("-") + 1);
    if (/^\p{Lu}{2,}$/u.test(tail) && ownKey === `${key} ${normOf(tail)}` && group.some((m) => m.relation === "PROPOSES")) return true;
  }
  const words = key.split(" ");
  const longWords = new Set(ownKey.split(" "));
  return words.length >= 2 && words[0] === normOf(acronym) && words.slice(1).every((w) => longWords.has(w));
}

/** "image-to-video", "text-to-3D": a modality pairing written as one hyphenated word. */
const MODALITY_PAIRING = /(?:^|\s)[\p{L}\p{N}]+-to-[\p{L}\p{N}]+\s/u;

/**
 * "Multimodal CTR prediction" in a paper on click-through rate prediction: a task written with one or two more
 * modifiers in front of another task of the paper is that task in the paper's setting, and joins it as an alias.
 */
function mergeModifiedTasks(groups: Map<string, Mention[]>): Map<string, Mention[]> {
  const tasks = [...groups.entries()].filter(([, g]) => g[0].kind === "TASK" && g.some((m) => m.kind === "TASK"));
  if (tasks.length < 2) return groups;
  for (const [key, group] of tasks) {
    const words = key.split(" ");
    // The shorter task must name a task by itself: "text retrieval" does not join a bare "retrieval".
    // The shorter task is matched by its name or as written ("Document Retrieval" for the vocabulary's text retrieval).
    const target = tasks.find(([k, g]) => k !== key && groups.has(k) && [k, ...g.map((m) => normOf(m.surface))].some((f) => f.indexOf(" ") > 0 && words.length - f.split(" ").length >= 1 && words.length - f.split(" ").length <= 2 && key.endsWith(` ${f}`)));
    // "image-to-video generation" beside "video generation": a modality pairing makes a task of its own (Papers with
    // Code keeps text-to-image generation apart from image generation), not a setting of the shorter one.
    if (!target || group.some((m) => MODALITY_PAIRING.test(m.surface))) continue;
    const name = target[1][0].name ?? target[1][0].surface;
    for (const m of group) {
      m.name = name;
      m.acronym = undefined;
    }
    target[1].push(...group);
    groups.delete(key);
  }
  return groups;
}

const TASKS_AFTER = /^\s+tasks?\b/i;

/**
 * "manipulation tasks" in a paper on robotic manipulation: a task written by its head alone is the paper's shorthand
 * for the one task of the paper ending in that head, and joins it (a paper with two such tasks keeps it apart).
 */
function mergeBareTaskHeads(groups: Map<string, Mention[]>, sentences: string[]): Map<string, Mention[]> {
  const tasks = [...groups.entries()].filter(([, g]) => g[0].kind === "TASK");
  for (const [key, group] of tasks) {
    if (key.indexOf(" ") >= 0 || group.some((m) => m.topic || !TASKS_AFTER.test(sentences[m.sentence].slice(m.end, m.end + 8)))) continue;
    const longer = tasks.filter(([k]) => groups.has(k) && k.endsWith(` ${key}`));
    if (longer.length !== 1) continue;
    const target = longer[0][1];
    for (const m of group) m.name = target[0].name ?? target[0].surface;
    target.push(...group);
    groups.delete(key);
  }
  return groups;
}

/** A family of models read from a noun phrase ("generative models", "time series foundation models"). */
function isFamilyGroup(group: Mention[]): boolean {
  return group.every((m) => m.source === "noun-phrase" && m.kind === "METHOD" && m.confidence >= FAMILY);
}

/**
 * "foundation models" in a paper on "time series foundation models", "generative models" in one on "generative image
 * models": a model family written with words left out (in front or inside) is the paper's shorthand for the family it
 * names in full, and joins it as an alias.
 */
function mergeFamilyShorthands(groups: Map<string, Mention[]>): Map<string, Mention[]> {
  const families = [...groups.entries()].filter(([, g]) => isFamilyGroup(g));
  if (families.length < 2) return groups;
  for (const [key, group] of families) {
    const target = families.find(([k]) => k !== key && groups.has(k) && (k.endsWith(` ${key}`) || innerOmission(key, k)));
    if (!target) continue;
    target[1].push(...group);
    groups.delete(key);
  }
  return groups;
}

/** Whether a letter dropped inside one word gives the other ("masksparity" / "masksparsity"); a version digit
 * ("fastspeech" / "fastspeech2") or another first letter ("c-learning" / "q-learning") makes another name. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return i > 0 && /\p{L}/u.test(long[i]) && long.slice(i + 1) === short.slice(i);
}

/** One entity's link: kind and relation from the strongest mentions, every mention kept as evidence. */
function linkOf(paperId: string, group: Mention[], sentences: string[], background: boolean[]): ExtractedLink {
  const best = group.find((m) => m.topic) ?? group.reduce((a, b) => (SOURCE_RANK[b.source] < SOURCE_RANK[a.source] || (SOURCE_RANK[b.source] === SOURCE_RANK[a.source] && b.confidence > a.confidence) ? b : a));
  const kind = best.kind;
  const relation = relationOf(group, kind);
  const named = group.find((m) => m.acronym) ?? best;
  const acronym = group.find((m) => m.acronym)?.acronym;
  const longForm = named.name ?? mostCommon(group.map((m) => m.surface));
  // A coined short name ("GraNet", "DeiT": a run of lowercase letters) is what readers call the thing; a plain
  // initialism ("MoE", "LTH") is not, and its long form stays the display name.
  const name = acronym && /[a-z]{2}/.test(acronym) ? acronym : longForm;
  const aliases = [...new Set([...(acronym ? [acronym] : []), longForm, ...group.map((m) => m.surface)])].filter((s) => s !== name);
  const evidence = evidenceOf(paperId, group, sentences);
  const sources = new Set(group.map((m) => m.source)).size;
  // A task the title names is what the paper addresses ("... for Enhanced Video Reasoning").
  const titled = kind === "TASK" && best.confidence >= 0.4 && group.some((m) => m.sentence === 0 && m.kind === "TASK") ? 0.15 : 0;
  const technique = kind === "METHOD" && best.source === "head-noun" ? techniqueBonus(group.filter((m) => m.source === "head-noun"), sentences) : 0;
  let confidence = Math.min(0.99, best.confidence + titled + technique + 0.03 * (evidence.length - 1) + 0.05 * (sources - 1));
  if (kind === "TASK" && !group.some((m) => m.topic)) confidence = capBackgroundTask(confidence, evidence.map((e) => e.sentence), background);
  if (kind === "METHOD" && relation !== "PROPOSES" && (isTitleDescription(group) || isOwnUnnamedDesign(group, sentences))) confidence = Math.min(confidence, TITLE_DESCRIPTION_CAP);
  if (group.every((m) => m.negated)) confidence = Math.min(confidence, NEGATED_CAP);
  return { relation, kind, name, aliases, ...(acronym ? { acronym } : {}), confidence: round(confidence), evidence };
}

/** Below the default threshold: a title phrase the abstract never takes up stays a queryable candidate. */
const TITLE_DESCRIPTION_CAP = 0.45;

/**
 * "Sparse Sub-Quadratic Attention", "Expert-Balanced Sampling": a technique phrase typed only by its head, written in
 * the title and nowhere in the abstract, describes the paper's approach rather than naming a technique it uses
 * (a model family, "Invertible Latent Causal Models", is named by its kind and stays).
 */
function isTitleDescription(group: Mention[]): boolean {
  return group.every((m) => m.sentence === 0 && (m.source === "head-noun" || m.source === "noun-phrase")) && !isFamilyGroup(group);
}

const NEW_BEFORE = /\b(?:a|an|our)\s+(?:novel|new)\s+(?:[\w-]+\s+){0,3}$/i;
const DESIGN_AFTER = /^\s+(?:technique|strategy|mechanism|method|approach|algorithm|module|scheme|procedure)s?\b/i;

/**
 * "we propose a new gradual pruning technique", "a novel sparse attention mechanism": a known technique named only as
 * the kind of the paper's own unnamed design is a description of that design, not a technique the paper uses.
 */
function isOwnUnnamedDesign(group: Mention[], sentences: string[]): boolean {
  return group.every((m) => {
    const text = sentences[m.sentence];
    return m.sentence > 0 && DESIGN_AFTER.test(text.slice(m.end, m.end + 20)) && NEW_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
  });
}

/** The relation of the entity's mentions of its kind, by priority. */
function relationOf(group: Mention[], kind: Mention["kind"]): EdgeType {
  const sameKind = group.filter((m) => m.kind === kind);
  const relations = new Set(sameKind.map((m) => m.relation));
  // A method mostly used and once set against another is still used: a baseline must be compared more than used.
  const compared = sameKind.filter((m) => m.relation === "COMPARES_WITH").length;
  if (compared > 0 && compared <= sameKind.filter((m) => m.relation === "USES").length) relations.delete("COMPARES_WITH");
  return RELATION_PRIORITY.find((r) => relations.has(r)) ?? relationFor(kind);
}

/** Each distinct span once, in reading order. */
function evidenceOf(paperId: string, group: Mention[], sentences: string[]): Evidence[] {
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const m of [...group].sort((a, b) => a.sentence - b.sentence || a.start - b.start)) {
    const k = `${m.sentence}:${m.start}:${m.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    evidence.push({ paperId, sentence: m.sentence, start: m.start, end: m.end, text: sentences[m.sentence] });
  }
  return evidence;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
