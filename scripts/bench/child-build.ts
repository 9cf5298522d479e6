// One benchmark size in a fresh process (so its RSS is its own): extract a corpus, build the graph, compute the
// analytics, then time the named operations in-process. Prints one JSON object on stdout; progress on stderr.
import "reflect-metadata";
import { analyticsFor } from "../../src/analytics";
import { extractPaper } from "../../src/extract/pipeline";
import type { ExtractionResult } from "../../src/domain";
import { GraphStore } from "../../src/graph/graph-store";
import { readPapers } from "./corpora";
import { gc, log, peakRss, round, timeCalls, type Latency } from "./measure";
import { inProcess, inputsOf, OPERATIONS, sampleInputs, type OperationInputs, type OperationName } from "./operations";

export interface BuildFigures {
  papers: number;
  extractSeconds: number;
  abstractsPerSecond: number;
  buildSeconds: number;
  /** The full-text index, built after the graph. */
  searchIndexSeconds: number;
  nodes: number;
  edges: number;
  /** Heap growth of the build divided by the edges (graph, indexes and search index included). */
  bytesPerEdge: number;
  analyticsSeconds: number;
  analyticsTimings: Record<string, number>;
  peakRssBytes: number;
  heapUsedBytes: number;
  inputs: OperationInputs;
  inProcess: Record<OperationName, Latency>;
}

async function main(): Promise<void> {
  const [file, iterationsArg] = process.argv.slice(2);
  const iterations = Number(iterationsArg ?? 200);
  let papers = readPapers(file);
  const paperCount = papers.length;
  extractPaper({ id: "warm-up", title: "Warm-up", abstract: "We load the model once.", authors: [], keywords: [] });
  // Each paper is extracted and handed to the graph at once, as the server loads (no results held: at 100k papers
  // they would hold over a gigabyte); extraction is timed apart, and the build is the rest.
  const step = Math.max(1000, Math.ceil(paperCount / 10));
  let extractMs = 0;
  function* extracted(): Generator<ExtractionResult> {
    for (let i = 0; i < paperCount; i++) {
      const t = performance.now();
      const result = extractPaper(papers[i]);
      extractMs += performance.now() - t;
      if ((i + 1) % step === 0) log(`  extracted and added ${i + 1}/${paperCount}`);
      yield result;
    }
  }
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t1 = performance.now();
  const store = GraphStore.fromResults(extracted());
  const extractSeconds = extractMs / 1000;
  const buildSeconds = (performance.now() - t1 - extractMs) / 1000;
  papers = []; // the graph keeps what it needs of them (as the server does after loading)
  // The full-text index is built after the graph (the server does it in slices after ready): timed apart, and
  // counted in the heap per edge.
  const t3 = performance.now();
  await store.searchReady();
  const searchIndexSeconds = (performance.now() - t3) / 1000;
  log(`  search index in ${searchIndexSeconds.toFixed(1)} s`);
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  log(`  built ${store.graph.order} nodes, ${store.graph.size} edges in ${buildSeconds.toFixed(1)} s`);

  const t2 = performance.now();
  const analytics = analyticsFor(store);
  const snapshot = analytics.refreshNow();
  const analyticsSeconds = (performance.now() - t2) / 1000;
  log(`  analytics in ${analyticsSeconds.toFixed(1)} s (${JSON.stringify(snapshot.timings)})`);

  const inputs = sampleInputs(store);
  const timings = {} as Record<OperationName, Latency>;
  // Timed on a settled heap, as the server serves once its start-up collection is done: the analytics refresh
  // just allocated gigabytes at 100k papers, and its collection otherwise lands in the first operations' timings.
  gc();
  for (const op of OPERATIONS) timings[op] = timeCalls(inputsOf(op, inputs), iterations, inProcess(op, store, analytics));
  gc();
  const figures: BuildFigures = {
    papers: paperCount,
    extractSeconds: round(extractSeconds, 2),
    abstractsPerSecond: Math.round(paperCount / extractSeconds),
    buildSeconds: round(buildSeconds, 2),
    searchIndexSeconds: round(searchIndexSeconds, 2),
    nodes: store.graph.order,
    edges: store.graph.size,
    bytesPerEdge: Math.round((heapAfter - heapBefore) / Math.max(1, store.graph.size)),
    analyticsSeconds: round(analyticsSeconds, 2),
    analyticsTimings: snapshot.timings,
    peakRssBytes: peakRss(),
    heapUsedBytes: process.memoryUsage().heapUsed,
    inputs,
    inProcess: timings,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
