// Extraction throughput on one core: abstracts and sentences per second over the ICLR corpus or the repeated seed.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Paper } from "../src/domain/paper";
import { readCorpusFile } from "../src/ingest/read-corpus";
import { loadExtractor, PIPELINE_MODULE } from "./eval/extractor";
import { failWith } from "./eval/usage-error";

const REPO = path.resolve(__dirname, "..");
const DEFAULTS = {
  iclr: path.resolve(__dirname, "../../shared/corpora/iclr2021.jsonl"),
  seed: path.join(REPO, "data/corpus/daily-papers-sparse.txt"),
  min: 2000,
  warmup: 300,
  passes: 1,
};

const HELP = `Usage: npm run bench:extract -- [options]

Runs extractPaper (src/extract/pipeline.ts) over a corpus on the main thread (one core) and reports
abstracts/s and sentences/s after a warm-up. Corpus: ../shared/corpora/iclr2021.jsonl when present, else
the seed repeated until it holds at least --min abstracts. Progress goes to stderr, the summary to stdout.

Options
  --corpus PATH    corpus file (daily-papers text or JSON lines); repeated up to --min abstracts if smaller
  --min N          minimum abstracts timed per pass (default ${DEFAULTS.min})
  --warmup N       abstracts extracted before timing starts, for the JIT (default ${DEFAULTS.warmup})
  --passes N       timed passes over the corpus; the figures are over all passes (default ${DEFAULTS.passes})
  --extractor PATH module exporting extractPaper(paper) (default src/extract/pipeline)
  --json           print the summary as JSON
  --help           this text

Examples
  npm run bench:extract
  npm run bench:extract -- --passes 3
  taskset -c 0 node -r @swc-node/register scripts/bench-extract.ts --corpus data/corpus/daily-papers-sparse.txt --min 5000`;

const fail: (message: string) => never = failWith("bench-extract");

function positiveInt(name: string, raw: string, allowZero = false): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) fail(`--${name} must be a ${allowZero ? "non-negative" : "positive"} integer, got "${raw}"`);
  return n;
}

/** The corpus repeated (ids made unique) until it holds at least `min` papers. */
function repeatTo(papers: Paper[], min: number): Paper[] {
  if (papers.length === 0) return papers;
  const out: Paper[] = [];
  for (let round = 0; out.length < min; round++) {
    for (const p of papers) out.push(round === 0 ? p : { ...p, id: `${p.id}~${round}` });
  }
  return out;
}

function percentile(sorted: number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        corpus: { type: "string" },
        min: { type: "string", default: String(DEFAULTS.min) },
        warmup: { type: "string", default: String(DEFAULTS.warmup) },
        passes: { type: "string", default: String(DEFAULTS.passes) },
        extractor: { type: "string", default: PIPELINE_MODULE },
        json: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const min = positiveInt("min", values.min);
  const warmup = positiveInt("warmup", values.warmup, true);
  const passes = positiveInt("passes", values.passes);

  const corpus = values.corpus ? path.resolve(values.corpus) : existsSync(DEFAULTS.iclr) ? DEFAULTS.iclr : DEFAULTS.seed;
  if (!existsSync(corpus)) fail(`corpus not found: ${corpus}`);
  const extract = loadExtractor(values.extractor);
  if (!extract) {
    process.stderr.write(`bench-extract: no extractor yet (${path.relative(REPO, path.resolve(values.extractor))}.ts is missing).\n`);
    process.exit(1);
  }

  const loaded = readCorpusFile(corpus);
  if (loaded.papers.length === 0) fail(`${corpus}: no papers read (${loaded.issues.length} issue(s))`);
  const papers = repeatTo(loaded.papers, min);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`corpus ${path.relative(process.cwd(), corpus) || corpus}: ${loaded.papers.length} papers read${papers.length > loaded.papers.length ? `, repeated to ${papers.length}` : ""}${loaded.issues.length ? `, ${loaded.issues.length} ingest issue(s)` : ""}`);

  const warmStart = process.hrtime.bigint();
  for (let i = 0; i < warmup; i++) extract(papers[i % papers.length]);
  log(`warm-up: ${warmup} abstracts in ${(Number(process.hrtime.bigint() - warmStart) / 1e6).toFixed(0)} ms`);

  const total = papers.length * passes;
  const step = Math.max(1, Math.round(total / 10));
  const latencies: number[] = [];
  let sentences = 0;
  let links = 0;
  let characters = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let n = 0; n < total; n++) {
    const paper = papers[n % papers.length];
    const t0 = process.hrtime.bigint();
    const result = extract(paper);
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    sentences += result.sentences.length;
    links += result.links.length;
    characters += paper.title.length + paper.abstract.length;
    if ((n + 1) % step === 0 || n + 1 === total) {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      log(`  ${String(n + 1).padStart(String(total).length)}/${total} abstracts  ${((n + 1) / seconds).toFixed(0)} abstracts/s`);
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  latencies.sort((a, b) => a - b);

  const summary = {
    corpus,
    abstracts: total,
    sentences,
    links,
    characters,
    seconds: Number(seconds.toFixed(3)),
    abstractsPerSecond: Math.round(total / seconds),
    sentencesPerSecond: Math.round(sentences / seconds),
    msPerAbstract: { median: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), max: latencies[latencies.length - 1] },
    cpuPerWall: Number(((cpu.user + cpu.system) / 1e6 / seconds).toFixed(2)),
    node: process.version,
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  const ms = (x: number) => x.toFixed(2);
  process.stdout.write(
    [
      `Extraction throughput (one thread, ${process.version})`,
      `  corpus        ${corpus}`,
      `  abstracts     ${total} (${passes} pass${passes > 1 ? "es" : ""}), ${sentences} sentences, ${links} links, ${(characters / 1e6).toFixed(1)} M characters`,
      `  time          ${seconds.toFixed(2)} s (CPU/wall ${summary.cpuPerWall})`,
      `  throughput    ${summary.abstractsPerSecond} abstracts/s, ${summary.sentencesPerSecond} sentences/s`,
      `  per abstract  median ${ms(summary.msPerAbstract.median)} ms, p95 ${ms(summary.msPerAbstract.p95)} ms, max ${ms(summary.msPerAbstract.max)} ms`,
    ].join("\n") + "\n",
  );
}

main();
