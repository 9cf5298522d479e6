// Entry point of ingest: text or file in, validated papers and located issues out, whatever the format.
import { readFileSync } from "node:fs";
import type { CorpusFormat, IngestResult } from "./types";
import { detectFormat } from "./detect-format";
import { parseDailyPapers } from "./daily-papers";
import { parseJsonl } from "./jsonl";
import { parseArxivAtom } from "./arxiv-atom";
import { parseBibtex } from "./bibtex";

/** One reader per format; a new CorpusFormat member is a compile error here until its reader is added. */
const READERS: Record<CorpusFormat, (text: string, file: string) => IngestResult> = {
  "daily-papers": parseDailyPapers,
  jsonl: parseJsonl,
  "arxiv-atom": parseArxivAtom,
  bibtex: parseBibtex,
};

export function parseCorpus(text: string, options: { file: string; format?: CorpusFormat }): IngestResult {
  const format = options.format ?? detectFormat(text);
  return READERS[format](text, options.file);
}

export function readCorpusFile(path: string, options: { format?: CorpusFormat } = {}): IngestResult {
  return parseCorpus(readFileSync(path, "utf8"), { file: path, format: options.format });
}

export const CORPUS_FORMATS = Object.keys(READERS) as CorpusFormat[];
