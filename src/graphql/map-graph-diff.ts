// Turns the builder's GraphDiff (keys) into GraphQL objects, resolving keys against the graph as it is now.
import { edgeEvidence } from "../domain";
import { emptyDiff, type GraphDiff, type GraphStore } from "../graph";
import { toEntity, toEvidence, toPaper, type EntityModel } from "./mappers";
import type { EdgeTypeEnum } from "./types/enums";
import type { GraphDiffType } from "./types/add-papers-payload.type";

/** Merges several diffs (one per paper) into one, without repeating a key. */
export function mergeDiffs(diffs: GraphDiff[]): GraphDiff {
  const merged = emptyDiff();
  for (const d of diffs) {
    for (const field of ["papersAdded", "papersUpdated", "papersRemoved", "entitiesCreated", "entitiesRemoved", "edgesAdded", "edgesRemoved"] as const) {
      merged[field].push(...d[field]);
    }
    merged.aliasesAdded.push(...d.aliasesAdded);
  }
  for (const field of ["papersAdded", "papersUpdated", "papersRemoved", "entitiesCreated", "entitiesRemoved", "edgesAdded", "edgesRemoved"] as const) {
    merged[field] = [...new Set(merged[field])];
  }
  return merged;
}

export function toGraphDiff(store: GraphStore, diff: GraphDiff): GraphDiffType {
  const graph = store.graph;
  const entity = (key: string): EntityModel | undefined => {
    const a = store.entity(key);
    return a ? toEntity(key, a) : undefined;
  };
  const created = new Set(diff.entitiesCreated);
  const edgesAdded = diff.edgesAdded
    .filter((edge) => graph.hasEdge(edge))
    .map((edge) => {
      const a = graph.getEdgeAttributes(edge);
      const source = graph.source(edge);
      const target = graph.target(edge);
      return {
        id: edge,
        type: a.type as EdgeTypeEnum,
        paper: toPaper(source, store.paper(source)!),
        entity: entity(target)!,
        newEntity: created.has(target),
        confidence: a.confidence,
        weight: a.weight,
        evidence: edgeEvidence(graph, edge).map(toEvidence),
      };
    })
    .filter((e) => e.entity !== undefined);
  const merged = [...new Set(edgesAdded.filter((e) => !e.newEntity).map((e) => e.entity.id))];
  return {
    papersAdded: diff.papersAdded,
    papersUpdated: diff.papersUpdated,
    papersRemoved: diff.papersRemoved,
    entitiesCreated: diff.entitiesCreated.map(entity).filter((e): e is EntityModel => e !== undefined),
    entitiesMerged: merged.map(entity).filter((e): e is EntityModel => e !== undefined),
    aliasesAdded: diff.aliasesAdded.flatMap((a) => {
      const e = entity(a.entity);
      return e ? [{ entity: e, alias: a.alias }] : [];
    }),
    entitiesRemoved: diff.entitiesRemoved,
    edgesAdded,
    edgesRemoved: diff.edgesRemoved,
  };
}
