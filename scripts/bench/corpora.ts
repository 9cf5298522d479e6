// The corpora the benchmarks run on: the embedded seed (repeated), the ICLR 2021 corpus when ../shared has it, and
// generated ones; paths resolved from the repository root so the suite runs from any directory and on a fresh clone.
import { existsSync } from "node:fs";
import path from "node:path";
import type { Paper } from "../../src/domain/paper";
import { readCorpusFile } from "../../src/ingest/read-corpus";
import { generatePapers } from "../../src/synthetic";
import { readKnownNames } from "../../src/cli/commands/generate";

export const REPO = path.resolve(__dirname, "..", "..");
export const SEED_FILE = path.join(REPO, "data", "corpus", "daily-papers-sparse.txt");
export const ICLR_FILE = path.resolve(REPO, "..", "shared", "corpora", "iclr2021.jsonl");

export function iclrAvailable(): boolean {
  return existsSync(ICLR_FILE);
}

export function readPapers(file: string): Paper[] {
  return readCorpusFile(file).papers;
}

/** The papers repeated (ids and titles made unique) until there are at least `min`. */
export function repeatTo(papers: Paper[], min: number): Paper[] {
  const out: Paper[] = [];
  for (let round = 0; out.length < min && papers.length > 0; round++) {
    for (const p of papers) out.push(round === 0 ? p : { ...p, id: `${p.id}~${round}`, title: `${p.title} (${round})` });
  }
  return out;
}

/** A generated corpus, in memory. */
export function syntheticPapers(papers: number, seed = 1): Paper[] {
  return [...generatePapers({ papers, seed, known: readKnownNames() })];
}

/** A corpus by name: "seed", "iclr", "synthetic:N" (seed 1) or a file path. */
export function corpusByName(name: string): Paper[] {
  if (name === "seed") return readPapers(SEED_FILE);
  if (name === "iclr") return readPapers(ICLR_FILE);
  const m = /^synthetic:(\d+)(?::(\d+))?$/.exec(name);
  if (m) return syntheticPapers(Number(m[1]), m[2] ? Number(m[2]) : 1);
  return readPapers(path.resolve(name));
}
