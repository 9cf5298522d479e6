// Start-up load: the base corpus files (the seed) plus the corpus store's log replayed over them, extracted and built.
import type { ExtractionResult } from "../domain";
import { extractPapers } from "../extract/pipeline";
import { readCorpusFile, type CorpusFormat, type IngestIssue } from "../ingest";
import { CorpusState, type CorpusRecord, type CorpusStore } from "../store";
import { GraphStore } from "./graph-store";

export interface StoreLoadReport {
  basePapers: number;
  logRecords: number;
  papers: number;
  issues: IngestIssue[];
  extractMs: number;
  buildMs: number;
}

/** Replays the log over the base with the graph's identity rule, so ids and updates come out as they were live. */
export async function loadCorpusWithStore(
  baseFiles: string[],
  corpus: CorpusStore,
  options: { format?: CorpusFormat } = {},
): Promise<{ store: GraphStore; results: ExtractionResult[]; report: StoreLoadReport }> {
  const issues: IngestIssue[] = [];
  const state = new CorpusState();
  for (const file of baseFiles) {
    const read = readCorpusFile(file, { format: options.format });
    read.papers.forEach((p) => state.put(p));
    issues.push(...read.issues);
  }
  const basePapers = state.size;
  let logRecords = 0;
  for await (const record of corpus.scan() as AsyncIterable<CorpusRecord>) {
    state.apply(record);
    logRecords++;
  }
  const t0 = performance.now();
  const results = extractPapers(state.papers());
  const t1 = performance.now();
  const store = GraphStore.fromResults(results);
  const t2 = performance.now();
  return { store, results, report: { basePapers, logRecords, papers: store.stats().papers, issues, extractMs: t1 - t0, buildMs: t2 - t1 } };
}
