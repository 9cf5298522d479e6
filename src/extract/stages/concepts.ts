// Key concepts: the few technical noun phrases a paper is about, ranked by salience. A candidate phrase is no key
// concept when a modifier evaluates ("significant benefits", "dangerous process") or when every word is vague
// research prose ("future research", "real-world domains", "online interaction"); the rest are scored by how often
// the abstract uses them, whether the title does, and how many of their words are technical.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ExtractedLink } from "../../domain";
import { normOf } from "./tokens";

/** At most this many key concepts per paper; none when nothing qualifies. */
export const MAX_CONCEPTS = 6;

const VOCAB_FILE = join(__dirname, "..", "..", "..", "data", "vocab", "concept-words.json");

interface ConceptWords {
  evaluative: Set<string>;
  generic: Set<string>;
}

let cached: ConceptWords | undefined;

function conceptWords(): ConceptWords {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(VOCAB_FILE, "utf8")) as { evaluativeModifiers: string[]; genericWords: string[] };
  cached = { evaluative: new Set(raw.evaluativeModifiers), generic: new Set(raw.genericWords) };
  return cached;
}

/** Lowercase words of a phrase; hyphenated words stay whole ("real-world"). */
function wordsOf(name: string): string[] {
  return name.toLowerCase().split(/\s+/).filter(Boolean);
}

function singular(word: string): string {
  return /(?:ss|us|is|ics)$/.test(word) ? word : word.replace(/(?<=\p{L}{2})(?:ies)$/u, "y").replace(/(?<=\p{L}{2})s$/u, "");
}

export interface ConceptScore {
  /** Salience: higher is more central to the paper; undefined when the phrase is no key concept. */
  score?: number;
  /** Words that are neither evaluative nor vague. */
  technical: number;
}

/**
 * Whether a candidate phrase is a key technical concept, and how salient it is. `mentions` is the number of
 * evidence spans, `inTitle` whether the title uses it, `headRecurs` whether its head noun recurs in the abstract.
 */
export function scoreConcept(name: string, mentions: number, inTitle: boolean, headRecurs = false): ConceptScore {
  return scoreLazily(name, () => mentions, () => inTitle, () => headRecurs);
}

/**
 * scoreConcept with the counts asked for only when the words pass: most candidates fail on their words alone, and
 * the counts scan the paper's evidence and sentences.
 */
function scoreLazily(name: string, mentionsOf: () => number, inTitleOf: () => boolean, headRecursOf: () => boolean): ConceptScore {
  const { evaluative, generic } = conceptWords();
  const words = wordsOf(name);
  const vague = (w: string): boolean => generic.has(w) || generic.has(singular(w)) || evaluative.has(w) || !/\p{L}{2}/u.test(w);
  const technical = words.filter((w) => !vague(w)).length;
  if (words.length < 2 || /\bet\.?$|\bet al\b|\betal\b/i.test(name)) return { technical };
  // "significant benefits", "dangerous process", "wide selections": an evaluating modifier describes, it does not name.
  if (words.slice(0, -1).some((w) => evaluative.has(w))) return { technical };
  // "future research", "real-world domains", "open-source access": nothing technical in it.
  if (technical === 0) return { technical };
  const head = words[words.length - 1];
  // A vague head needs a technical modifier next to it ("image formation process", not "real-world process").
  if (vague(head) && vague(words[words.length - 2])) return { technical };
  // Phrases used once, outside the title, must be wholly technical to stand for the paper ("policy selection").
  const mentions = mentionsOf();
  const inTitle = inTitleOf();
  if (mentions < 2 && !inTitle && technical < Math.min(2, words.length)) return { technical };
  const score = mentions + (inTitle ? 1.5 : 0) + (headRecursOf() ? 0.5 : 0) + 0.4 * technical + (vague(head) ? -0.5 : 0);
  return { score, technical };
}

/**
 * Keeps at most MAX_CONCEPTS key concepts, ranked by salience (ties: the earliest), with their salience as
 * confidence; phrases contained in a typed entity's name are left to that entity.
 */
export function rankConcepts(links: ExtractedLink[], sentences: string[]): ExtractedLink[] {
  if (!links.some((l) => l.kind === "CONCEPT")) return links.slice();
  const entityKeys = links.filter((l) => l.kind !== "CONCEPT").flatMap((l) => [l.name, ...l.aliases].map(normOf));
  let lowered: string[] | undefined;
  const lowerSentences = (): string[] => (lowered ??= sentences.map((s) => s.toLowerCase()));
  const scored: { link: ExtractedLink; score: number }[] = [];
  for (const link of links) {
    if (link.kind !== "CONCEPT") continue;
    const key = normOf(link.name);
    if (entityKeys.some((k) => k.includes(key))) continue;
    // "text-to-image (T2I)": a setting the paper defines an acronym for is a key concept by its own statement.
    if (link.acronym) {
      scored.push({ link, score: link.evidence.length + 1.5 });
      continue;
    }
    const inTitle = (): boolean => link.evidence.some((e) => e.sentence === 0) || [link.name, ...link.aliases].some((f) => lowerSentences()[0]?.includes(f.toLowerCase()));
    const headRecurs = (): boolean => {
      const head = singular(wordsOf(link.name).pop() ?? "");
      return head.length > 2 && inTwoSentences(lowerSentences(), head);
    };
    const { score } = scoreLazily(link.name, () => new Set(link.evidence.map((e) => `${e.sentence}:${e.start}`)).size, inTitle, headRecurs);
    if (score !== undefined) scored.push({ link, score });
  }
  scored.sort((a, b) => b.score - a.score || a.link.evidence[0].sentence - b.link.evidence[0].sentence || a.link.evidence[0].start - b.link.evidence[0].start);
  const keep = new Map<ExtractedLink, number>();
  for (const { link, score } of scored.slice(0, MAX_CONCEPTS)) keep.set(link, score);
  const out: ExtractedLink[] = [];
  for (const link of links) {
    if (link.kind !== "CONCEPT") out.push(link);
    else if (keep.has(link)) out.push({ ...link, confidence: salience(keep.get(link)!) });
  }
  return out;
}

/** Whether at least two abstract sentences (after the title) contain the word; stops at the second. */
function inTwoSentences(lowered: string[], word: string): boolean {
  let seen = 0;
  for (let i = 1; i < lowered.length; i++) if (lowered[i].includes(word) && ++seen === 2) return true;
  return false;
}

/** Salience as a confidence in [0.3, 0.95]: a concept used once scores about 0.4, a recurring title phrase 0.8+. */
function salience(score: number): number {
  return Math.round(Math.min(0.95, 0.3 + 0.08 * score) * 100) / 100;
}
