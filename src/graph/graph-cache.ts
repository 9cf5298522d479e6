// The built graph saved to the data dir (graph, entity index, titles and an analytics snapshot), keyed by a hash of
// the corpus files and the extractor, so a restart on the same corpus skips extraction and build. The search index
// is not saved: the restored store indexes the graph in the background once the server is ready (at 100k papers that
// is faster, and needs less memory, than deserialising a saved index).
// The file is a magic string then frames (a 4-byte length and one v8-serialised part each), written one part at a
// time so that only one part's buffer exists at once: serialising the whole graph in one buffer raised a 100k-paper
// server's peak RSS by about a gigabyte, just after ready. The first frame holds the key, so a stale cache is
// recognised without reading the rest.
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { EdgeAttributes, EdgeType, KnowledgeGraph } from "../domain";
import { EDGE_TYPES, edgeKey } from "../domain";
import { adjacencyFromColumns, keepAdjacency, kindColumn } from "./adjacency";
import { EntityIndex, type EntityIndexData } from "./entity-index";
import { createKnowledgeGraph, GraphBuilder } from "./graph-builder";
import { GraphStore } from "./graph-store";
import { graphColumns, type GraphColumns } from "./graph-columns";
import { SearchIndex } from "./search-index";

export const GRAPH_CACHE_DIR = "graph-cache";
/** Below this many papers the server rebuilds at start and writes no cache (building is then about as fast). */
export const GRAPH_CACHE_MIN_PAPERS = 1000;
/** Bumped when the file layout below changes. */
const FORMAT = 6;
const MAGIC = Buffer.from("papergraph graph cache\n");

/** The first frame: what identifies the cache, and the nodes (keys and attributes in graph order). */
interface CacheHeader extends Pick<GraphColumns, "keys" | "nodes"> {
  format: number;
  key: string;
  graphAttributes: { name: string; updatedAt: string };
}

/**
 * Edges as parallel columns, with where each edge's evidence starts in its source paper's span table and how many
 * sentences it has (the sentences and spans themselves are paper attributes, in the first frame).
 */
interface CacheEdges extends Omit<GraphColumns, "keys" | "nodes"> {
  spanStart: Int32Array;
  spanCount: Int32Array;
}

interface CacheIndex {
  index: EntityIndexData;
  titles: [string, string][];
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
  const file = cacheFile(dataDir);
  mkdirSync(join(dataDir, GRAPH_CACHE_DIR), { recursive: true });
  const fd = openSync(`${file}.tmp`, "w");
  try {
    writeAll(fd, MAGIC);
    const { keys, nodes, ...edgeColumns } = graphColumns(graph);
    writeFrame(fd, { format: FORMAT, key, graphAttributes: { ...graph.getAttributes() }, keys, nodes } satisfies CacheHeader);
    writeFrame(fd, { ...edgeColumns, ...spanColumns(graph) } satisfies CacheEdges);
    writeFrame(fd, { index: builder.index.toJSON(), titles: builder.titleEntries() } satisfies CacheIndex);
    writeFrame(fd, extra ?? null);
  } finally {
    closeSync(fd);
  }
  renameSync(`${file}.tmp`, file);
  return file;
}

/** Every edge's evidence span start and count, in graph order. */
function spanColumns(graph: KnowledgeGraph): Pick<CacheEdges, "spanStart" | "spanCount"> {
  const spanStart = new Int32Array(graph.size);
  const spanCount = new Int32Array(graph.size);
  let i = 0;
  graph.forEachEdge((_edge, a: EdgeAttributes) => {
    spanStart[i] = a.spanStart;
    spanCount[i++] = a.spanCount;
  });
  return { spanStart, spanCount };
}

function writeAll(fd: number, buffer: Uint8Array): void {
  for (let written = 0; written < buffer.length; ) written += writeSync(fd, buffer, written, buffer.length - written);
}

function writeFrame(fd: number, value: unknown): void {
  const body = serialize(value);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(body.length);
  writeAll(fd, length);
  writeAll(fd, body);
}

/** Reads frames in order from a cache file's contents; throws on a malformed file (the caller rebuilds). */
class FrameReader {
  private offset: number;

  constructor(private readonly data: Buffer) {
    if (data.length < MAGIC.length || !data.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error("not a graph cache");
    this.offset = MAGIC.length;
  }

  next<T>(): T {
    if (this.offset + 4 > this.data.length) throw new Error("graph cache truncated");
    const length = this.data.readUInt32LE(this.offset);
    const start = this.offset + 4;
    if (start + length > this.data.length) throw new Error("graph cache truncated");
    this.offset = start + length;
    return deserialize(this.data.subarray(start, start + length)) as T;
  }
}

export function loadGraphCache(dataDir: string, key: string): { store: GraphStore; extra?: unknown } | undefined {
  const file = cacheFile(dataDir);
  if (!existsSync(file)) return undefined;
  let header: CacheHeader;
  let edges: CacheEdges;
  let saved: CacheIndex;
  let extra: unknown;
  try {
    const frames = new FrameReader(readFileSync(file));
    header = frames.next<CacheHeader>();
    if (header.format !== FORMAT || header.key !== key) return undefined;
    edges = frames.next<CacheEdges>();
    saved = frames.next<CacheIndex>();
    extra = frames.next<unknown>() ?? undefined;
  } catch {
    return undefined;
  }
  const graph = createKnowledgeGraph();
  graph.replaceAttributes(header.graphAttributes);
  const { keys: nodeKeys, nodes: nodeAttributes } = header;
  nodeKeys.forEach((node, n) => graph.addNode(node, nodeAttributes[n]));
  const edgeKeys: string[] = [];
  for (let i = 0; i < edges.source.length; i++) {
    const source = nodeKeys[edges.source[i]];
    const target = nodeKeys[edges.target[i]];
    const type: EdgeType = EDGE_TYPES[edges.type[i]];
    const key = edgeKey(type, source, target);
    edgeKeys.push(key);
    graph.addDirectedEdgeWithKey(key, source, target, {
      type,
      weight: edges.weight[i],
      confidence: edges.confidence[i],
      spanStart: edges.spanStart[i],
      spanCount: edges.spanCount[i],
    });
  }
  // The traversals' adjacency, from the columns at hand (the same as walking the restored graph would give).
  keepAdjacency(graph, adjacencyFromColumns({ keys: nodeKeys, kind: kindColumn(nodeAttributes), source: edges.source, target: edges.target, edgeKeys, weight: edges.weight, confidence: edges.confidence, type: edges.type }));
  const builder = new GraphBuilder(graph, { index: EntityIndex.fromJSON(saved.index), titles: saved.titles });
  return { store: new GraphStore(builder, new SearchIndex(graph, { deferred: true })), extra };
}
