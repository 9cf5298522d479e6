// From corpus files to a ready graph store: ingest, extract, build — the whole one-way pipeline, with a report.
import type { ExtractionResult } from "../domain";
import { extractPaper, extractPapers } from "../extract/pipeline";
import { readCorpusFile, type CorpusFormat, type IngestIssue } from "../ingest";
import { GraphStore } from "./graph-store";

export interface LoadReport {
  files: string[];
  papers: number;
  issues: IngestIssue[];
  extractMs: number;
  buildMs: number;
}

export interface LoadOptions {
  format?: CorpusFormat;
  onProgress?: (done: number, total: number) => void;
  /**
   * Return the extraction results (default true). False streams each paper from extraction into the graph and
   * keeps no results: at 100k papers they would hold over a gigabyte while the graph is built (the server's way).
   */
  keepResults?: boolean;
}

export function loadCorpus(files: string[], options: LoadOptions = {}): { store: GraphStore; results: ExtractionResult[]; report: LoadReport } {
  const papers = [];
  const issues: IngestIssue[] = [];
  for (const file of files) {
    const read = readCorpusFile(file, { format: options.format });
    papers.push(...read.papers);
    issues.push(...read.issues);
  }
  if (options.keepResults === false) {
    const t0 = performance.now();
    let extractMs = 0;
    const store = GraphStore.fromResults(
      (function* extracted() {
        for (let i = 0; i < papers.length; i++) {
          const t = performance.now();
          const result = extractPaper(papers[i]);
          extractMs += performance.now() - t;
          options.onProgress?.(i + 1, papers.length);
          yield result;
        }
      })(),
    );
    const totalMs = performance.now() - t0;
    return { store, results: [], report: { files, papers: store.stats().papers, issues, extractMs, buildMs: totalMs - extractMs } };
  }
  const t0 = performance.now();
  const results = extractPapers(papers, options.onProgress);
  const t1 = performance.now();
  const store = GraphStore.fromResults(results);
  const t2 = performance.now();
  return {
    store,
    results,
    report: { files, papers: store.stats().papers, issues, extractMs: t1 - t0, buildMs: t2 - t1 },
  };
}
