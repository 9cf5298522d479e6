// Entities related to an entity by co-occurrence across papers, normalised by pointwise mutual information
// (Church & Hanks 1990: PMI = log2(P(a,b) / (P(a) P(b)))) or its normalised form NPMI = PMI / -log2 P(a,b)
// (Bouma 2009), in [-1, 1]. Pairs seen in fewer than `minCount` papers are dropped: PMI overrates rare pairs.
import type { EntityKind, KnowledgeGraph } from "../domain";
import { InvalidInputError } from "../domain";
import { checkInteger, checkNodeKinds, withDefaults } from "./option-checks";
import { requireNode } from "./require-node";

export type RelatednessMeasure = "NPMI" | "PMI";

export interface RelatedEntitiesOptions {
  /** How many entities, 1..100. */
  first?: number;
  /** Fewest shared papers for a pair to count, >= 1. */
  minCount?: number;
  /** Ranking measure. */
  measure?: RelatednessMeasure;
  /** Kinds of the related entities; omitted or empty: all. */
  kinds?: readonly EntityKind[];
  /** Most shared paper keys listed per result (count is always exact). */
  maxPapers?: number;
}

export interface RelatedEntity {
  entity: string;
  /** The ranking measure's value. */
  score: number;
  pmi: number;
  npmi: number;
  /** Papers linked to both entities. */
  count: number;
  /** Up to maxPapers of those papers, in graph order. */
  papers: string[];
}

export const RELATED_ENTITIES_DEFAULTS = { first: 10, minCount: 2, measure: "NPMI", maxPapers: 20 } as const;

export function relatedEntities(graph: KnowledgeGraph, entity: string, options: RelatedEntitiesOptions = {}): RelatedEntity[] {
  const fn = "relatedEntities";
  const o = withDefaults(RELATED_ENTITIES_DEFAULTS, options);
  const first = checkInteger(fn, "first", o.first, 1, 100);
  const minCount = checkInteger(fn, "minCount", o.minCount, 1, Number.MAX_SAFE_INTEGER);
  const maxPapers = checkInteger(fn, "maxPapers", o.maxPapers, 0, 10_000);
  if (o.measure !== "NPMI" && o.measure !== "PMI") {
    throw new InvalidInputError(`${fn}: option "measure" must be NPMI or PMI, got ${JSON.stringify(o.measure)}`, {
      option: "measure",
    });
  }
  const kinds = checkNodeKinds(fn, "kinds", options.kinds);
  if (kinds?.has("PAPER")) {
    throw new InvalidInputError(`${fn}: option "kinds" must list entity kinds only, got "PAPER"`, { option: "kinds" });
  }
  requireNode(graph, fn, entity, ["METHOD", "DATASET", "TASK", "CONCEPT"]);

  const total = paperTotal(graph);
  const papersOfA = graph.inNeighbors(entity);
  const counts = new Map<string, number>();
  const shared = new Map<string, string[]>();
  for (const paper of papersOfA) {
    graph.forEachOutNeighbor(paper, (other) => {
      if (other === entity) return;
      if (kinds && !kinds.has(graph.getNodeAttribute(other, "kind"))) return;
      counts.set(other, (counts.get(other) ?? 0) + 1);
      let list = shared.get(other);
      if (!list) shared.set(other, (list = []));
      if (list.length < maxPapers) list.push(paper);
    });
  }

  const out: RelatedEntity[] = [];
  for (const [other, count] of counts) {
    if (count < minCount) continue;
    const { pmi, npmi } = pointwiseMutualInformation(count, papersOfA.length, graph.inNeighbors(other).length, total);
    out.push({ entity: other, score: o.measure === "PMI" ? pmi : npmi, pmi, npmi, count, papers: shared.get(other)! });
  }
  out.sort((a, b) => b.score - a.score || b.count - a.count || (a.entity < b.entity ? -1 : 1));
  return out.slice(0, first);
}

/**
 * PMI (log2) and NPMI of a pair seen together in `both` of `total` papers, each alone in `a` and `b` papers.
 * NPMI is 1 when the two always occur together (both = a = b), including the degenerate both = total.
 */
export function pointwiseMutualInformation(both: number, a: number, b: number, total: number): { pmi: number; npmi: number } {
  const pmi = Math.log2((both * total) / (a * b));
  const h = -Math.log2(both / total);
  return { pmi, npmi: h > 0 ? pmi / h : 1 };
}

function paperTotal(graph: KnowledgeGraph): number {
  let n = 0;
  graph.forEachNode((_node, a) => {
    if (a.kind === "PAPER") n++;
  });
  return n;
}
