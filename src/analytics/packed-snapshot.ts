// An analytics snapshot as columns aligned with a list of node keys, for the graph cache: four maps of 400k
// entries each (and 400k position objects) cost seconds to deserialise at 100k papers; typed arrays cost nothing,
// and the restored snapshot reads them in place (column-map.ts), keyed by the graph's own key strings.
import type { KnowledgeGraph } from "../domain";
import { adjacencyOf } from "../graph/adjacency";
import { ColumnMap } from "./column-map";
import type { AnalyticsSnapshot } from "./compute-analytics";
import type { Position } from "./layout";

export interface PackedSnapshot {
  packed: 1;
  /** Per node, in the order of the keys given to packSnapshot (NaN / -1: none). */
  pagerank: Float64Array;
  degree: Float64Array;
  community: Int32Array;
  x: Float64Array;
  y: Float64Array;
  /** The text index's documents as indexes into the keys. */
  textPapers: Int32Array;
  /** Its per-document and per-term arrays concatenated (hundreds of thousands of small arrays deserialise slowly). */
  text: { docTerms: Flat<Int32Array>; docWeights: Flat<Float64Array>; postingDocs: Flat<Int32Array>; postingWeights: Flat<Float64Array> };
  rest: Omit<AnalyticsSnapshot, "pagerank" | "degree" | "community" | "positions" | "textIndex">;
}

interface Flat<T extends Int32Array | Float64Array> {
  values: T;
  /** Array i is values[offsets[i]..offsets[i + 1]). */
  offsets: Int32Array;
}

function flatten<T extends Int32Array | Float64Array>(arrays: readonly T[], make: (n: number) => T): Flat<T> {
  const offsets = new Int32Array(arrays.length + 1);
  arrays.forEach((a, i) => (offsets[i + 1] = offsets[i] + a.length));
  const values = make(offsets[arrays.length]);
  arrays.forEach((a, i) => values.set(a, offsets[i]));
  return { values, offsets };
}

function unflatten<T extends Int32Array | Float64Array>(flat: Flat<T>): T[] {
  const out: T[] = [];
  for (let i = 0; i + 1 < flat.offsets.length; i++) out.push(flat.values.subarray(flat.offsets[i], flat.offsets[i + 1]) as T);
  return out;
}

export function packSnapshot(snapshot: AnalyticsSnapshot, keys: readonly string[]): PackedSnapshot {
  const n = keys.length;
  const pagerank = new Float64Array(n).fill(NaN);
  const degree = new Float64Array(n).fill(NaN);
  const community = new Int32Array(n).fill(-1);
  const x = new Float64Array(n).fill(NaN);
  const y = new Float64Array(n).fill(NaN);
  const index = new Map<string, number>();
  keys.forEach((key, i) => {
    index.set(key, i);
    pagerank[i] = snapshot.pagerank.get(key) ?? NaN;
    degree[i] = snapshot.degree.get(key) ?? NaN;
    community[i] = snapshot.community.get(key) ?? -1;
    const p = snapshot.positions.get(key);
    if (p) [x[i], y[i]] = [p.x, p.y];
  });
  const { pagerank: _p, degree: _d, community: _c, positions: _xy, textIndex, ...rest } = snapshot;
  const textPapers = Int32Array.from(textIndex.papers, (key) => index.get(key) ?? -1);
  if (textPapers.includes(-1)) throw new Error("packSnapshot: the text index names a node missing from the keys");
  const text = {
    docTerms: flatten(textIndex.docTerms, (n) => new Int32Array(n)),
    docWeights: flatten(textIndex.docWeights, (n) => new Float64Array(n)),
    postingDocs: flatten(textIndex.postingDocs, (n) => new Int32Array(n)),
    postingWeights: flatten(textIndex.postingWeights, (n) => new Float64Array(n)),
  };
  return { packed: 1, pagerank, degree, community, x, y, textPapers, text, rest };
}

export function isPackedSnapshot(value: unknown): value is PackedSnapshot {
  return typeof value === "object" && value !== null && (value as { packed?: unknown }).packed === 1;
}

/**
 * The snapshot back, for the same keys in the same order; its per-node maps read the packed columns through `index`
 * (each key's position in `keys`; built when not given, e.g. the graph's adjacency index can be shared).
 */
export function unpackSnapshot(packed: PackedSnapshot, keys: readonly string[], index?: ReadonlyMap<string, number>): AnalyticsSnapshot {
  const at = index ?? new Map(keys.map((key, i) => [key, i]));
  const present = (column: Float64Array) => (i: number) => (Number.isNaN(column[i]) ? undefined : column[i]);
  const { x, y } = packed;
  const pagerank = new ColumnMap(keys, at, present(packed.pagerank));
  const degree = new ColumnMap(keys, at, present(packed.degree));
  const community = new ColumnMap(keys, at, (i) => (packed.community[i] >= 0 ? packed.community[i] : undefined));
  const positions = new ColumnMap<Position>(keys, at, (i) => (Number.isNaN(x[i]) ? undefined : { x: x[i], y: y[i] }));
  const papers = Array.from(packed.textPapers, (i) => keys[i]);
  return {
    ...packed.rest,
    pagerank,
    degree,
    community,
    positions,
    textIndex: {
      papers,
      docOf: new Map(papers.map((p, i) => [p, i])),
      docTerms: unflatten(packed.text.docTerms),
      docWeights: unflatten(packed.text.docWeights),
      postingDocs: unflatten(packed.text.postingDocs),
      postingWeights: unflatten(packed.text.postingWeights),
    },
  };
}

/**
 * The analytics snapshot saved with a restored graph (packed or not), read against that graph: a packed one shares
 * the node keys and their index with the graph's adjacency (which the graph cache makes while restoring).
 */
export function restoredSnapshot(saved: AnalyticsSnapshot | PackedSnapshot, graph: KnowledgeGraph): AnalyticsSnapshot {
  if (!isPackedSnapshot(saved)) return saved;
  const { keys, index } = adjacencyOf(graph);
  return unpackSnapshot(saved, keys, index);
}
