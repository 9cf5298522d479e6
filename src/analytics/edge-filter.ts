// Which edges a traversal may walk: by type, by minimum weight and by minimum confidence (per relation).
import { EDGE_TYPES, InvalidInputError, defaultMinConfidence, type EdgeAttributes, type EdgeType } from "../domain";
import type { Adjacency } from "../graph/adjacency";

export interface EdgeFilter {
  edgeTypes?: ReadonlySet<EdgeType>;
  minWeight: number;
  /** Per EDGE_TYPES index, the least confidence an edge needs (float32, as the adjacency holds it); undefined: any. */
  minConfidence?: Float32Array;
}

/**
 * The least confidence of the edges a traversal walks: one floor for every relation, or a floor per relation
 * (relations left out: any confidence). `DEFAULT_CONFIDENCE_VIEW` is what entity lists show by default.
 */
export type ConfidenceFloor = number | Readonly<Partial<Record<EdgeType, number>>>;

/** Each relation's default floor (typed links from 0.5, a paper's concepts all): the API's default view. */
export const DEFAULT_CONFIDENCE_VIEW: Readonly<Record<EdgeType, number>> = Object.fromEntries(
  EDGE_TYPES.map((t) => [t, defaultMinConfidence(t)]),
) as Record<EdgeType, number>;

/** The floor per EDGE_TYPES index, or undefined when it lets every edge through; throws on a value outside 0..1. */
export function confidenceFloors(fn: string, floor: ConfidenceFloor | undefined): Float32Array | undefined {
  if (floor === undefined) return undefined;
  const perType = typeof floor === "number" ? undefined : floor;
  const floors = Float32Array.from(EDGE_TYPES, (t) => {
    const value = perType ? (perType[t] ?? 0) : (floor as number);
    if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
      throw new InvalidInputError(`${fn}: option "minConfidence" must be a number from 0 to 1, got ${JSON.stringify(value)}`, {
        option: "minConfidence",
        value,
      });
    }
    return value;
  });
  return floors.some((f) => f > 0) ? floors : undefined;
}

const TYPE_INDEX = new Map<EdgeType, number>(EDGE_TYPES.map((t, i) => [t, i]));

export function edgePasses(filter: EdgeFilter, attributes: EdgeAttributes): boolean {
  if (filter.edgeTypes && !filter.edgeTypes.has(attributes.type)) return false;
  if (filter.minConfidence && Math.fround(attributes.confidence) < filter.minConfidence[TYPE_INDEX.get(attributes.type)!]) return false;
  return attributes.weight >= filter.minWeight;
}

/** An edge filter read against adjacency entries: types and confidence floors indexed by EDGE_TYPES. */
export interface EntryFilter {
  /** Per EDGE_TYPES index, whether the type may be walked; undefined: all. */
  types?: Uint8Array;
  minWeight: number;
  minConfidence?: Float32Array;
}

export function entryFilter(filter: EdgeFilter): EntryFilter {
  const { edgeTypes, minWeight, minConfidence } = filter;
  return { types: edgeTypes && Uint8Array.from(EDGE_TYPES, (t) => (edgeTypes.has(t) ? 1 : 0)), minWeight, minConfidence };
}

/** Whether the edge of an adjacency entry passes the filter (the same test as edgePasses, on the columns). */
export function entryPasses(adjacency: Adjacency, filter: EntryFilter, entry: number): boolean {
  const type = adjacency.type[entry];
  if (filter.types && filter.types[type] === 0) return false;
  if (filter.minConfidence && adjacency.confidence[entry] < filter.minConfidence[type]) return false;
  return adjacency.weight[entry] >= filter.minWeight;
}
