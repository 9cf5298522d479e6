// The built graph saved to the data dir (graph, entity index, titles and an analytics snapshot), keyed by a hash of
// the corpus files and the extractor, so a restart on the same corpus skips extraction and build. The search index
// is not saved: the restored store indexes the graph in the background once the server is ready (at 100k papers that
// is faster, and needs less memory, than deserialising a saved index).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { EdgeAttributes, EdgeType, NodeAttributes } from "../domain";
import { EDGE_TYPES, edgeKey } from "../domain";
import { EntityIndex, type EntityIndexData } from "./entity-index";
import { createKnowledgeGraph, GraphBuilder } from "./graph-builder";
import { GraphStore } from "./graph-store";
import { SearchIndex } from "./search-index";

export const GRAPH_CACHE_DIR = "graph-cache";
/** Below this many papers the server rebuilds at start and writes no cache (building is then about as fast). */
export const GRAPH_CACHE_MIN_PAPERS = 1000;
/** Bumped when the file layout below changes. */
const FORMAT = 3;

/**
 * Edges as parallel columns and evidence sentences in one string table: a sentence backs several edges of its
 * paper, so each is stored (and, once loaded, held in memory) once.
 */
interface CachePayload {
  format: number;
  key: string;
  graphAttributes: { name: string; updatedAt: string };
  nodeKeys: string[];
  nodeAttributes: NodeAttributes[];
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** Index into EDGE_TYPES. */
  edgeType: Uint8Array;
  edgeWeight: Float64Array;
  edgeConfidence: Float64Array;
  /**
   * Per edge: the number of evidence entries; then 4 ints per entry in evidenceData: sentence, start, end, text id.
   * An entry's paper is the edge's source paper (the builder only adds evidence from the paper it links).
   */
  evidenceCount: Int32Array;
  evidenceData: Int32Array;
  texts: string[];
  index: EntityIndexData;
  titles: [string, string][];
  extra?: unknown;
}


function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? filesUnder(p) : /\.(ts|js|json)$/.test(name) ? [p] : [];
    });
}

/** The extractor's version: a hash of its code (src/extract or dist/extract) and of the vocabularies it loads. */
export function extractorFingerprint(): string {
  const hash = createHash("sha256");
  const roots = [join(__dirname, "..", "extract"), join(__dirname, "..", "..", "data", "vocab"), join(__dirname, "graph-builder.ts"), join(__dirname, "graph-builder.js")];
  for (const root of roots) {
    const files = existsSync(root) && statSync(root).isFile() ? [root] : filesUnder(root);
    for (const file of files) hash.update(file.slice(file.lastIndexOf("/") + 1)).update(readFileSync(file));
  }
  return hash.digest("hex");
}

/** The cache key: format, extractor fingerprint, and the content of every input file in order (missing ones named). */
export function graphCacheKey(files: readonly string[], extractor = extractorFingerprint()): string {
  const hash = createHash("sha256").update(`papergraph-graph-cache ${FORMAT} ${extractor}\n`);
  for (const file of files) {
    hash.update(`${file}\n`);
    if (existsSync(file)) hash.update(readFileSync(file));
    else hash.update("<missing>");
  }
  return hash.digest("hex");
}

function cacheFile(dataDir: string): string {
  return join(dataDir, GRAPH_CACHE_DIR, "graph.v8");
}

/** Writes the store (and `extra`, e.g. an analytics snapshot) under `dataDir`, atomically (write, then rename). */
export function saveGraphCache(dataDir: string, key: string, store: GraphStore, extra?: unknown): string {
  const graph = store.graph;
  const { builder } = store.parts;
  const nodeKeys: string[] = [];
  const nodeAttributes: NodeAttributes[] = [];
  const nodeIndex = new Map<string, number>();
  graph.forEachNode((node, a) => {
    nodeIndex.set(node, nodeKeys.length);
    nodeKeys.push(node);
    nodeAttributes.push(a);
  });
  const m = graph.size;
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeType = new Uint8Array(m);
  const typeIndex = new Map<string, number>(EDGE_TYPES.map((t, n) => [t, n]));
  const edgeWeight = new Float64Array(m);
  const edgeConfidence = new Float64Array(m);
  const evidenceCount = new Int32Array(m);
  const evidence: number[] = [];
  const texts: string[] = [];
  const textIds = new Map<string, number>();
  let i = 0;
  graph.forEachEdge((_edge, a: EdgeAttributes, source, target) => {
    edgeSource[i] = nodeIndex.get(source)!;
    edgeTarget[i] = nodeIndex.get(target)!;
    edgeType[i] = typeIndex.get(a.type)!;
    edgeWeight[i] = a.weight;
    edgeConfidence[i] = a.confidence;
    evidenceCount[i] = a.evidence.length;
    for (const e of a.evidence) {
      let t = textIds.get(e.text);
      if (t === undefined) textIds.set(e.text, (t = texts.length)), texts.push(e.text);
      evidence.push(e.sentence, e.start, e.end, t);
    }
    i++;
  });
  const payload: CachePayload = {
    format: FORMAT,
    key,
    graphAttributes: { ...graph.getAttributes() },
    nodeKeys,
    nodeAttributes,
    edgeSource,
    edgeTarget,
    edgeType,
    edgeWeight,
    edgeConfidence,
    evidenceCount,
    evidenceData: Int32Array.from(evidence),
    texts,
    index: builder.index.toJSON(),
    titles: builder.titleEntries(),
    extra,
  };
  const file = cacheFile(dataDir);
  mkdirSync(join(dataDir, GRAPH_CACHE_DIR), { recursive: true });
  writeFileSync(`${file}.tmp`, serialize(payload));
  renameSync(`${file}.tmp`, file);
  return file;
}

/** The cached store when the cache exists and was made for `key`; undefined otherwise (or when unreadable). */
export function loadGraphCache(dataDir: string, key: string): { store: GraphStore; extra?: unknown } | undefined {
  const file = cacheFile(dataDir);
  if (!existsSync(file)) return undefined;
  let payload: CachePayload;
  try {
    payload = deserialize(readFileSync(file)) as CachePayload;
  } catch {
    return undefined;
  }
  if (payload.format !== FORMAT || payload.key !== key) return undefined;
  const graph = createKnowledgeGraph();
  graph.replaceAttributes(payload.graphAttributes);
  payload.nodeKeys.forEach((node, n) => graph.addNode(node, payload.nodeAttributes[n]));
  let e = 0;
  const data = payload.evidenceData;
  for (let i = 0; i < payload.edgeSource.length; i++) {
    const source = payload.nodeKeys[payload.edgeSource[i]];
    const target = payload.nodeKeys[payload.edgeTarget[i]];
    const type: EdgeType = EDGE_TYPES[payload.edgeType[i]];
    const paperId = (payload.nodeAttributes[payload.edgeSource[i]] as { id: string }).id;
    const evidence = [];
    for (let k = 0; k < payload.evidenceCount[i]; k++, e++) {
      evidence.push({ paperId, sentence: data[4 * e], start: data[4 * e + 1], end: data[4 * e + 2], text: payload.texts[data[4 * e + 3]] });
    }
    graph.addDirectedEdgeWithKey(edgeKey(type, source, target), source, target, {
      type,
      weight: payload.edgeWeight[i],
      confidence: payload.edgeConfidence[i],
      evidence,
    });
  }
  const builder = new GraphBuilder(graph, { index: EntityIndex.fromJSON(payload.index), titles: payload.titles });
  return { store: new GraphStore(builder, new SearchIndex(graph, { deferred: true })), extra: payload.extra };
}
