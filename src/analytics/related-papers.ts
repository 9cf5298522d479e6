// Related work that explains itself: papers ranked by the entities they share with a paper, rare entities
// counting more (Adamic & Adar 2003: each shared entity adds 1 / ln(its paper count)), blended with TF-IDF
// cosine similarity of their text; each result names the shared methods, datasets, tasks and concepts.
import { type EntityKind, type KnowledgeGraph } from "../domain";
import { checkInteger, checkNumber, withDefaults } from "./option-checks";
import { requireNode } from "./require-node";
import { adjacencyOf, derivedFrom, NodeMarks, type Adjacency } from "../graph/adjacency";
import { CandidateScores } from "./candidate-scores";
import { buildTextIndex, forEachTextNeighbor, textSimilarity, type TextIndex } from "./text-index";

export interface RelatedPapersOptions {
  /** How many papers, 1..100. */
  first?: number;
  /** Share of the score given to text similarity, 0..1 (the rest goes to shared entities). */
  textWeight?: number;
  /** A prebuilt index (computeAnalytics makes one); without it one is built for this call, which costs O(corpus). */
  textIndex?: TextIndex;
}

export interface SharedEntities {
  methods: string[];
  datasets: string[];
  tasks: string[];
  concepts: string[];
}

export interface RelatedPaper {
  paper: string;
  /** Blended score in [0, 1]: (1 - textWeight) * structural + textWeight * text. */
  score: number;
  /** Adamic–Adar sum over shared entities, divided by the same sum over all of the query paper's shareable entities. */
  structural: number;
  /** TF-IDF cosine similarity of title, keywords and abstract. */
  text: number;
  /** Shared entity keys by kind, rarest first. */
  shared: SharedEntities;
}

export const RELATED_PAPERS_DEFAULTS = { first: 10, textWeight: 0.3 } as const;

/** Candidates re-scored with the exact text cosine, as a multiple of `first`. */
const RESCORE_FACTOR = 4;

export function relatedPapers(graph: KnowledgeGraph, paper: string, options: RelatedPapersOptions = {}): RelatedPaper[] {
  const fn = "relatedPapers";
  const o = withDefaults(RELATED_PAPERS_DEFAULTS, options);
  const first = checkInteger(fn, "first", o.first, 1, 100);
  const textWeight = checkNumber(fn, "textWeight", o.textWeight, 0, 1);
  requireNode(graph, fn, paper, ["PAPER"]);
  const index = textWeight > 0 ? (options.textIndex ?? buildTextIndex(graph)) : undefined;
  // Candidates are numbered by their text-index document (papers added since the index was built come after), and
  // their scores accumulate in dense columns kept per index: at 100k papers a hub entity alone brings tens of
  // thousands.
  const scores = candidateScoresFor(index);
  const adjacency = adjacencyOf(graph);
  const { offset, other, out } = adjacency;
  const ordinalOf = ordinalColumn(adjacency, index, scores);

  // Structural: Adamic–Adar over shared entities. Entities of one paper only can never be shared and are skipped.
  const rarity = new Map<string, number>();
  let selfSum = 0;
  const source = adjacency.index.get(paper)!;
  const { entities, papers } = marksFor(adjacency);
  entities.reset();
  for (let j = offset[source]; j < offset[source + 1]; j++) {
    const entity = other[j];
    if (out[j] !== 1 || entities.has(entity)) continue;
    entities.add(entity);
    // Its distinct papers (a paper may link it twice, e.g. USES and COMPARES_WITH).
    papers.reset();
    let count = 0;
    for (let k = offset[entity]; k < offset[entity + 1]; k++) {
      if (out[k] === 0 && !papers.has(other[k])) {
        papers.add(other[k]);
        count++;
      }
    }
    if (count < 2) continue;
    const w = 1 / Math.log(count);
    rarity.set(adjacency.keys[entity], w);
    selfSum += w;
    papers.reset();
    for (let k = offset[entity]; k < offset[entity + 1]; k++) {
      const p = other[k];
      if (out[k] !== 0 || p === source || papers.has(p)) continue;
      papers.add(p);
      scores.addStructural(ordinalOf[p] >= 0 ? ordinalOf[p] : scores.ordinal(adjacency.keys[p]), w);
    }
  }
  if (index) forEachTextNeighbor(index, paper, (doc, contribution) => scores.addText(doc, contribution));

  const blend = (s: number, t: number) => (1 - textWeight) * s + textWeight * t;
  const ranked = scores
    .top(first * RESCORE_FACTOR, (s, t) => blend(selfSum > 0 ? s / selfSum : 0, t))
    .map(({ key, structural, text }) => ({ p: key, s: selfSum > 0 ? structural / selfSum : 0, t: text }));
  if (index) for (const c of ranked) c.t = textSimilarity(index, paper, c.p);

  return ranked
    .map((c) => ({ ...c, score: blend(c.s, c.t) }))
    .filter((c) => c.score > 0)
    .sort(byScoreThenKey)
    .slice(0, first)
    .map((c) => ({
      paper: c.p,
      score: c.score,
      structural: c.s,
      text: c.t,
      shared: sharedEntities(graph, paper, c.p, rarity),
    }));
}

/** One CandidateScores per text index (and one for none), reset before each search. */
const scoresByIndex = new WeakMap<TextIndex, CandidateScores>();
let scoresWithoutIndex: CandidateScores | undefined;

function candidateScoresFor(index: TextIndex | undefined): CandidateScores {
  let scores = index ? scoresByIndex.get(index) : scoresWithoutIndex;
  if (!scores) {
    scores = new CandidateScores(index?.papers ?? [], index?.docOf);
    if (index) scoresByIndex.set(index, scores);
    else scoresWithoutIndex = scores;
  }
  scores.reset();
  return scores;
}

/** Each node's candidate ordinal under the last text index seen (-1: not one of its documents). */
function ordinalColumn(adjacency: Adjacency, index: TextIndex | undefined, scores: CandidateScores): Int32Array {
  return derivedFrom(adjacency, "related-papers ordinals", scores, () => {
    const column = new Int32Array(adjacency.keys.length).fill(-1);
    if (index) adjacency.keys.forEach((key, i) => (column[i] = index.docOf.get(key) ?? -1));
    return column;
  });
}

function marksFor(adjacency: Adjacency): { entities: NodeMarks; papers: NodeMarks } {
  const n = adjacency.keys.length;
  return derivedFrom(adjacency, "related-papers marks", undefined, () => ({ entities: new NodeMarks(n), papers: new NodeMarks(n) }));
}

function byScoreThenKey(a: { p: string; score: number }, b: { p: string; score: number }): number {
  return b.score - a.score || (a.p < b.p ? -1 : a.p > b.p ? 1 : 0);
}

const SHARED_FIELD: Record<EntityKind, keyof SharedEntities> = {
  METHOD: "methods",
  DATASET: "datasets",
  TASK: "tasks",
  CONCEPT: "concepts",
};

function sharedEntities(graph: KnowledgeGraph, a: string, b: string, rarity: ReadonlyMap<string, number>): SharedEntities {
  const shared: SharedEntities = { methods: [], datasets: [], tasks: [], concepts: [] };
  const entities: string[] = [];
  graph.forEachOutNeighbor(b, (entity) => {
    if (rarity.has(entity) && graph.hasDirectedEdge(a, entity)) entities.push(entity);
  });
  entities.sort((x, y) => rarity.get(y)! - rarity.get(x)! || (x < y ? -1 : 1));
  for (const entity of entities) {
    const kind = graph.getNodeAttribute(entity, "kind");
    if (kind !== "PAPER") shared[SHARED_FIELD[kind]].push(entity);
  }
  return shared;
}
