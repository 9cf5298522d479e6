// Deterministic synthetic papers whose abstracts read like the field's: a named method in the title, acronym
// definitions, datasets and benchmarks, tasks, baselines it outperforms and code URLs, drawn from Zipf-ranked pools.
import type { Paper } from "../domain";
import { AREAS, buildVocabulary, draw, type KnownNames, type Term, type Vocabulary } from "./vocabulary";
import { acronymOf, methodName, syllableWord } from "./names";
import { Random } from "./random";

export interface GenerateOptions {
  papers: number;
  seed?: number;
  /** Well-known names (data/vocab) to mix in at the top ranks. */
  known?: KnownNames;
  /** Zipf exponent of entity popularity (default 1.0). */
  exponent?: number;
}

export const GENERATE_DEFAULTS = { seed: 1 } as const;

const FRAMES = ["framework", "method", "architecture", "approach", "model", "training scheme"] as const;
const PROBLEM = ["matters in", "is studied widely in", "is hard in", "keeps gaining ground in"] as const;
const WEAKNESS = ["suffer from", "struggle with", "are limited by", "often ignore"] as const;
const GAINS = ["by a large margin", "consistently", "in most settings", "on every split"] as const;
const FINDINGS = ["improves", "stabilizes", "complements", "regularizes", "simplifies"] as const;
const COMPONENTS = ["gate", "module", "encoder", "objective", "layer", "scheduler"] as const;
const VENUES = ["ICLR", "NeurIPS", "ICML", "CVPR", "ACL", "EMNLP", "AAAI", "arXiv"] as const;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function titleCase(text: string): string {
  return text.split(" ").map(capitalize).join(" ");
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

/** "A, B and C" */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Distinct draws (up to `n`; fewer when the pool keeps repeating). */
function distinct<T>(n: number, next: () => T, key: (t: T) => string): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  for (let tries = 0; out.length < n && tries < n * 4; tries++) {
    const t = next();
    if (!seen.has(key(t))) {
      seen.add(key(t));
      out.push(t);
    }
  }
  return out;
}

/** First mention of a method: its long form with the acronym defined, or its name. */
function define(term: Term): string {
  return term.acronym ? `${term.name} (${term.acronym})` : term.name;
}

/** Later mentions: the acronym when it has one. */
function refer(term: Term): string {
  return term.acronym ?? term.name;
}

/** One paper; `index` makes its proposed name, id and title unique. */
export function generatePaper(vocab: Vocabulary, index: number, seed: number): Paper {
  const random = new Random((seed * 1_000_003 + index * 7919) >>> 0);
  // Areas are not equally busy either.
  const area = Math.min(AREAS.length - 1, Math.floor(AREAS.length * random.next() ** 1.6));
  const method = () => draw(vocab.methods, area, random);
  // Odd multipliers permute [0, 2^20), so proposed names stay distinct; past 32^3 they never meet the pools' names.
  const proposed = methodName(32_768 + (Math.imul(index, 0x2545f491) & 0xfffff), seed ^ 0x2545f491);
  const [task, task2] = distinct(2, () => draw(vocab.tasks, area, random), (t) => t);
  const [concept, concept2, concept3] = distinct(3, () => draw(vocab.concepts, area, random), (t) => t);
  // Half of the further concepts come from anywhere in the long tail (uniformly), so most of them are one paper's own.
  const more = distinct(2 + 2 * random.int(4), () => (random.chance(0.5) ? random.pick(vocab.concepts.items) : draw(vocab.concepts, area, random)), (t) => t);
  const used = distinct(1 + random.int(2), method, (t) => t.name);
  const baselines = distinct(1 + random.int(2), method, (t) => t.name).filter((b) => !used.some((u) => u.name === b.name));
  // Most abstracts name no dataset at all.
  const datasets = random.chance(0.4) ? distinct(1 + random.int(2), () => draw(vocab.datasets, area, random), (t) => t) : [];

  const titleForms = [
    `${proposed}: ${titleCase(concept)} for ${titleCase(task)}`,
    `${titleCase(concept)} for ${titleCase(task)} with ${proposed}`,
    `${proposed}: Towards ${titleCase(concept2 ?? concept)} in ${titleCase(task)}`,
  ];
  const title = titleForms[random.int(titleForms.length)];
  const sentences: string[] = [];
  sentences.push(`${capitalize(task)} ${random.pick(PROBLEM)} ${AREAS[area]}.`);
  sentences.push(`Existing approaches based on ${define(used[0])} ${random.pick(WEAKNESS)} ${concept2 ?? concept}.`);
  const frame = random.pick(FRAMES);
  const rest = used.slice(1);
  sentences.push(
    `In this paper, we propose ${proposed}, ${article(concept3 ?? concept)} ${concept3 ?? concept} ${frame} that ${rest.length ? `combines ${list(rest.map(define))} with` : "relies on"} ${concept}.`,
  );
  if (random.chance(0.35)) {
    // A named component of the contribution, defined with its acronym: "with a novel token routing gate (TRG)".
    const component = `${concept} ${random.pick(COMPONENTS)}`;
    sentences.push(`At its core is a novel ${component} (${acronymOf(component)}) that adapts to each input.`);
  }
  if (random.chance(0.1)) {
    const created = `${syllableWord(500_000 + index, seed ^ 0x6a09e667, 3).replace(/^./, (c) => c.toUpperCase())}Bench`;
    sentences.push(`We also introduce ${created}, a new benchmark for ${task2 ?? task}.`);
  }
  for (let i = 0; i + 1 < more.length; i += 2) {
    sentences.push(`We find that ${more[i]} ${random.pick(FINDINGS)} ${more[i + 1]}${i === 0 ? ` for ${task}` : ""}.`);
  }
  const on =
    datasets.length === 0
      ? undefined
      : datasets.length === 1
        ? `the ${datasets[0]} dataset`
        : random.chance(0.5)
          ? `${list(datasets)}`
          : `the ${datasets[0]} benchmark and the ${list(datasets.slice(1))} datasets`;
  const secondTask = task2 && random.chance(0.4) ? task2 : task;
  sentences.push(on ? `Experiments on ${on} show that ${proposed} achieves state-of-the-art results on ${secondTask}.` : `Across benchmarks, ${proposed} achieves state-of-the-art results on ${secondTask}.`);
  if (baselines.length) {
    sentences.push(`${proposed} outperforms ${list(baselines.map(refer))} ${random.pick(GAINS)}.`);
  }
  if (used[0].acronym && random.chance(0.5)) sentences.push(`Our analysis shows why ${refer(used[0])} fails on long inputs.`);
  if (random.chance(0.35)) {
    const user = syllableWord(index % 5000, seed ^ 0x3c6ef372);
    sentences.push(`Code is available at https://github.com/${user}/${proposed.toLowerCase()}.`);
  }

  const authors = Array.from({ length: 1 + random.int(6) }, (_, k) =>
    `${capitalize(syllableWord(mixAuthor(index, k, 0), seed))} ${capitalize(syllableWord(mixAuthor(index, k, 1), seed ^ 0xbb67ae85, 3))}`,
  );
  const year = 2018 + (index % 8);
  const month = 1 + (index % 12);
  return {
    id: `syn-${seed}-${index}`,
    title,
    abstract: sentences.join(" "),
    authors,
    published: `${year}-${String(month).padStart(2, "0")}-${String(1 + (index % 28)).padStart(2, "0")}`,
    keywords: [task, concept],
    venue: VENUES[index % VENUES.length],
    source: "synthetic",
  };
}

/** Author name parts from a pool of about 2,000 first and 30,000 last names, so authors recur across papers. */
function mixAuthor(index: number, k: number, part: number): number {
  const h = Math.imul(index * 31 + k * 17 + part, 0x9e3779b1) >>> 0;
  return part === 0 ? h % 2000 : h % 30000;
}

/** The corpus, paper by paper, lazily: memory stays flat however many are asked for. */
export function* generatePapers(options: GenerateOptions): Generator<Paper> {
  const seed = options.seed ?? GENERATE_DEFAULTS.seed;
  const vocab = buildVocabulary({ papers: options.papers, seed, known: options.known, exponent: options.exponent });
  for (let i = 0; i < options.papers; i++) yield generatePaper(vocab, i, seed);
}
