// Extraction throughput on one core (the main thread): abstracts per second over a corpus after a warm-up.
import type { Paper } from "../../src/domain/paper";
import { extractPaper } from "../../src/extract/pipeline";
import { round } from "./measure";

export interface ExtractionFigures {
  corpus: string;
  abstracts: number;
  seconds: number;
  abstractsPerSecond: number;
  /** Mean links extracted per abstract. */
  linksPerAbstract: number;
}

export function measureExtraction(corpus: string, papers: readonly Paper[], warmup = 200): ExtractionFigures {
  for (let i = 0; i < Math.min(warmup, papers.length); i++) extractPaper(papers[i]);
  let links = 0;
  const t0 = performance.now();
  for (const paper of papers) links += extractPaper(paper).links.length;
  const seconds = (performance.now() - t0) / 1000;
  return { corpus, abstracts: papers.length, seconds: round(seconds, 2), abstractsPerSecond: Math.round(papers.length / seconds), linksPerAbstract: round(links / papers.length, 1) };
}
