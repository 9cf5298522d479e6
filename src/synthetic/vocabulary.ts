// The generator's vocabulary: Zipf-ranked pools of methods, datasets, tasks and concepts, sized to the corpus, with
// well-known names at the top ranks and invented ones below, partitioned into research areas.
import { acronymOf, datasetName, methodName } from "./names";
import { Random, ZipfSampler } from "./random";

/** Well-known names to mix in (the canonical form of each data/vocab entry). */
export interface KnownNames {
  methods: readonly string[];
  datasets: readonly string[];
  tasks: readonly string[];
}

export interface Term {
  /** Display form: a name ("KorvexNet") or a long form ("hierarchical token routing"). */
  name: string;
  /** Set for long forms that papers define with an acronym: "hierarchical token routing (HTR)". */
  acronym?: string;
}

export const AREAS = [
  "computer vision", "natural language processing", "reinforcement learning", "graph learning", "speech processing",
  "robotics", "generative modeling", "optimization", "computational biology", "recommender systems",
  "time series analysis", "3D vision", "multimodal learning", "federated learning", "efficient deep learning",
  "trustworthy machine learning",
] as const;

const ADJECTIVES = [
  "sparse", "hierarchical", "contrastive", "adaptive", "latent", "spectral", "causal", "recurrent", "stochastic",
  "variational", "equivariant", "differentiable", "multi-scale", "self-supervised", "low-rank", "dynamic", "implicit",
  "geometric", "probabilistic", "modular", "cross-modal", "federated", "robust", "incremental",
] as const;
const NOUNS = [
  "attention", "routing", "distillation", "regularization", "embedding", "quantization", "pruning", "alignment",
  "representation learning", "diffusion", "tokenization", "retrieval", "memory", "calibration", "augmentation", "planning",
  "decoding", "pooling", "normalization", "sampling", "gating", "supervision", "reasoning", "consistency", "prior",
] as const;
const OBJECTS = [
  "token", "graph", "feature", "reward", "scene", "patch", "query", "policy", "kernel", "mask", "prompt", "latent",
  "point", "frame", "node", "expert",
] as const;
const TASK_MODIFIERS = [
  "few-shot", "zero-shot", "multi-view", "long-horizon", "open-vocabulary", "cross-lingual", "temporal", "3D",
  "unsupervised", "weakly supervised", "multi-agent", "continual", "interactive", "fine-grained", "large-scale",
  "low-resource", "multilingual", "real-time",
] as const;
const TASK_OBJECTS = [
  "scene", "graph", "molecule", "protein", "video", "point cloud", "document", "speech", "code", "trajectory", "image",
  "text", "table", "motion", "layout", "sound", "map", "dialogue", "sketch", "shape",
] as const;
const TASK_ACTIONS = [
  "segmentation", "generation", "retrieval", "forecasting", "classification", "reconstruction", "alignment", "parsing",
  "captioning", "detection", "completion", "editing", "understanding", "matching",
] as const;

export interface Pool<T> {
  items: readonly T[];
  /** Item indexes of each area, in the area's popularity order. */
  byArea: readonly (readonly number[])[];
  global: ZipfSampler;
  local: readonly ZipfSampler[];
}

export interface Vocabulary {
  methods: Pool<Term>;
  datasets: Pool<string>;
  tasks: Pool<string>;
  concepts: Pool<string>;
}

export interface VocabularyOptions {
  papers: number;
  seed: number;
  known?: KnownNames;
  /** Zipf exponent of entity popularity (default 1.0). */
  exponent?: number;
}

/** Every combination of the word lists, in an order shuffled by the seed (so invented phrases mix their words). */
function combinations(random: Random, ...lists: (readonly string[])[]): string[] {
  let out = [""];
  for (const list of lists) out = out.flatMap((prefix) => list.map((w) => (prefix ? `${prefix} ${w}` : w)));
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function pool<T>(items: T[], areas: number, exponent: number): Pool<T> {
  const byArea: number[][] = Array.from({ length: areas }, () => []);
  // Known names (the first ranks) belong to every area's head; the rest are dealt round-robin.
  items.forEach((_, i) => byArea[i % areas].push(i));
  return {
    items,
    byArea,
    global: new ZipfSampler(items.length, exponent),
    local: byArea.map((list) => new ZipfSampler(Math.max(1, list.length), exponent)),
  };
}

function sizeFor(papers: number, perPaper: number, min: number, cap = Infinity): number {
  return Math.min(cap, Math.max(min, Math.round(papers * perPaper)));
}

export function buildVocabulary(options: VocabularyOptions): Vocabulary {
  const { papers, seed } = options;
  const known = options.known ?? { methods: [], datasets: [], tasks: [] };
  const exponent = options.exponent ?? 1.0;
  const random = new Random(seed ^ 0x7f4a7c15);
  const areas = AREAS.length;

  const longForms = combinations(random, ADJECTIVES, OBJECTS, NOUNS);
  const methodCount = sizeFor(papers, 0.25, 200);
  const methods: Term[] = known.methods.map((name) => ({ name }));
  for (let i = 0; methods.length < methodCount; i++) {
    // A third of the invented methods are long forms papers define with an acronym, as "mixture of experts (MoE)".
    if (i % 3 === 0 && i / 3 < longForms.length) {
      const name = longForms[i / 3];
      methods.push({ name, acronym: acronymOf(name) });
    } else methods.push({ name: methodName(i, seed) });
  }

  const datasets: string[] = [...known.datasets];
  for (let i = 0; datasets.length < sizeFor(papers, 1 / 15, 80); i++) datasets.push(datasetName(i, seed));

  const taskPhrases = combinations(random, TASK_MODIFIERS, TASK_OBJECTS, TASK_ACTIONS);
  const tasks = [...known.tasks, ...taskPhrases.slice(0, Math.max(0, sizeFor(papers, 1 / 40, 60, taskPhrases.length) - known.tasks.length))];

  const conceptPhrases = [
    ...combinations(random, ADJECTIVES, NOUNS),
    ...combinations(random, OBJECTS, NOUNS),
    ...combinations(random, ADJECTIVES, ADJECTIVES, NOUNS).filter((p) => new Set(p.split(" ")).size === 3),
    ...combinations(random, ADJECTIVES, ADJECTIVES, OBJECTS, NOUNS).filter((p) => new Set(p.split(" ")).size === 4),
  ];
  // Concepts are the long tail: about six per paper in the pool (up to the phrases there are), so most are drawn once.
  const concepts = conceptPhrases.slice(0, sizeFor(papers, 6, 600, conceptPhrases.length));

  return {
    methods: pool(methods, areas, exponent),
    datasets: pool(datasets, areas, exponent),
    tasks: pool(tasks, areas, exponent),
    concepts: pool(concepts, areas, exponent),
  };
}

/**
 * One draw from a pool: with probability `globalShare` from the whole pool (the hubs every area uses), else from
 * the area's own Zipf-ranked slice, which gives the graph its communities.
 */
export function draw<T>(p: Pool<T>, area: number, random: Random, globalShare = 0.2): T {
  if (random.chance(globalShare)) return p.items[p.global.sample(random)];
  const list = p.byArea[area];
  return p.items[list[p.local[area].sample(random)]];
}
