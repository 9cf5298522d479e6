// The most central entities, by PageRank, degree or paper count, optionally of one kind.
import { InvalidInputError, type EntityKind, type KnowledgeGraph } from "../domain";
import type { AnalyticsSnapshot } from "./compute-analytics";
import { checkInteger, checkNodeKinds, withDefaults } from "./option-checks";

export type EntityRanking = "PAGERANK" | "DEGREE" | "PAPER_COUNT";

export interface TopEntitiesOptions {
  kind?: EntityKind;
  by?: EntityRanking;
  /** How many, 1..1000. */
  first?: number;
}

export interface RankedEntity {
  entity: string;
  value: number;
}

export const TOP_ENTITIES_DEFAULTS = { by: "PAGERANK", first: 10 } as const;

export function topEntities(
  graph: KnowledgeGraph,
  snapshot: Pick<AnalyticsSnapshot, "pagerank" | "degree">,
  options: TopEntitiesOptions = {},
): RankedEntity[] {
  const fn = "topEntities";
  const o = withDefaults(TOP_ENTITIES_DEFAULTS, options);
  const first = checkInteger(fn, "first", o.first, 1, 1000);
  if (o.by !== "PAGERANK" && o.by !== "DEGREE" && o.by !== "PAPER_COUNT") {
    throw new InvalidInputError(`${fn}: option "by" must be PAGERANK, DEGREE or PAPER_COUNT, got ${JSON.stringify(o.by)}`, {
      option: "by",
    });
  }
  if (options.kind !== undefined) {
    checkNodeKinds(fn, "kind", [options.kind]);
    if ((options.kind as string) === "PAPER") {
      throw new InvalidInputError(`${fn}: option "kind" must be an entity kind, got "PAPER"`, { option: "kind" });
    }
  }
  const value = (node: string, paperCount: number): number =>
    o.by === "PAGERANK" ? (snapshot.pagerank.get(node) ?? 0) : o.by === "DEGREE" ? (snapshot.degree.get(node) ?? 0) : paperCount;

  // Keep only the best `first` while scanning: O(n log first), no full sort of a large graph.
  const best: RankedEntity[] = [];
  graph.forEachNode((node, a) => {
    if (a.kind === "PAPER" || (options.kind && a.kind !== options.kind)) return;
    const item = { entity: node, value: value(node, a.paperCount) };
    if (best.length === first && !ranksBefore(item, best[best.length - 1])) return;
    let i = best.length;
    while (i > 0 && ranksBefore(item, best[i - 1])) i--;
    best.splice(i, 0, item);
    if (best.length > first) best.pop();
  });
  return best;
}

function ranksBefore(a: RankedEntity, b: RankedEntity): boolean {
  return a.value > b.value || (a.value === b.value && a.entity < b.entity);
}
