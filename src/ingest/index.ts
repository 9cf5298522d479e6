// Ingest: readers that turn source files into validated Paper records (no NLP here).
export * from "./types";
export { parseCorpus, readCorpusFile, CORPUS_FORMATS } from "./read-corpus";
export { detectFormat } from "./detect-format";
export { parseDailyPapers } from "./daily-papers";
export { parseJsonl } from "./jsonl";
export { parseArxivAtom } from "./arxiv-atom";
export { parseBibtex } from "./bibtex";
export { PaperIdAllocator } from "./paper-id";
