// `papergraph extract FILE...`: reads corpora and prints one JSON object per paper with what extraction found.
import type { Command } from "../command";
import { UsageError } from "../command";
import { createProgress } from "../progress";
import type { EdgeType, ExtractedLink, ExtractionResult } from "../../domain";
import { DEFAULT_MIN_CONFIDENCE, defaultMinConfidence } from "../../domain";
import { CORPUS_FORMATS, readCorpusFile } from "../../ingest";
import type { CorpusFormat } from "../../ingest";
import { extractPaper } from "../../extract";

const HELP = `Usage: papergraph extract FILE... [--format F] [--min-confidence X] [--pretty]

Reads each corpus file (Daily Papers text or JSON Lines; the format is detected from the content unless
--format is given), extracts methods, datasets, tasks, concepts and code URLs, and prints one JSON object
per paper to stdout:
  {"id","title","proposes","methods","datasets","tasks","concepts","codeUrls"}
where each entity is {"name","aliases":[...]} — the links the API's Paper fields show by default (confidence
≥ ${DEFAULT_MIN_CONFIDENCE}; all of a paper's key concepts); --min-confidence 0 prints every candidate. Ingest problems go to stderr as FILE:LINE: message;
progress and a final summary (papers, entities, seconds, papers/s) go to stderr too.

Options:
  --format F          one of: ${CORPUS_FORMATS.join(", ")}
  --min-confidence X  leave out links below this confidence, 0 to 1 (default ${DEFAULT_MIN_CONFIDENCE} for methods,
                      datasets and tasks, 0 for concepts)
  --pretty            indent the JSON (one object per paper, several lines each)

Examples:
  papergraph extract data/corpus/daily-papers-sparse.txt --pretty
  papergraph extract papers.jsonl > entities.jsonl
  papergraph extract a.jsonl b.txt --format jsonl 2> issues.log
  papergraph extract papers.jsonl --min-confidence 0 | jq '.tasks'`;

interface Options {
  files: string[];
  format?: CorpusFormat;
  pretty: boolean;
  minConfidence?: number;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { files: [], pretty: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--pretty") options.pretty = true;
    else if (arg === "--min-confidence" || arg.startsWith("--min-confidence=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      const n = Number(value);
      if (value === undefined || value === "" || !Number.isFinite(n) || n < 0 || n > 1) {
        throw new UsageError(`--min-confidence must be a number from 0 to 1, got ${value ?? "nothing"}`);
      }
      options.minConfidence = n;
    } else if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (!value || !(CORPUS_FORMATS as string[]).includes(value)) {
        throw new UsageError(`--format must be one of ${CORPUS_FORMATS.join(", ")}, got ${value ?? "nothing"}`);
      }
      options.format = value as CorpusFormat;
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError("at least one FILE is required");
  return options;
}

function entities(links: ExtractedLink[], relations: EdgeType[], minConfidence: number | undefined): { name: string; aliases: string[] }[] {
  return links
    .filter((l) => relations.includes(l.relation) && l.confidence >= (minConfidence ?? defaultMinConfidence(l.relation)))
    .map((l) => ({ name: l.name, aliases: l.aliases }));
}

/** The paper's row: methods = USES + COMPARES_WITH, datasets = EVALUATES_ON + INTRODUCES, as Paper fields do. */
/** `minConfidence` applies to every relation; without it, each relation's default (as the API's Paper fields). */
export function toRow(result: ExtractionResult, minConfidence?: number): Record<string, unknown> {
  const pick = (relations: EdgeType[]) => entities(result.links, relations, minConfidence);
  return {
    id: result.paper.id,
    title: result.paper.title,
    proposes: pick(["PROPOSES"]),
    methods: pick(["USES", "COMPARES_WITH"]),
    datasets: pick(["EVALUATES_ON", "INTRODUCES"]),
    tasks: pick(["ADDRESSES"]),
    concepts: pick(["MENTIONS"]),
    codeUrls: result.codeUrls,
  };
}

export const extractCommand: Command = {
  name: "extract",
  summary: "Extract methods, datasets, tasks and concepts from corpus files as JSON lines",
  help: HELP,
  async run(argv) {
    const options = parseArgs(argv);
    const papers = [];
    for (const file of options.files) {
      let result;
      try {
        result = readCorpusFile(file, { format: options.format });
      } catch (error) {
        process.stderr.write(`${file}: ${(error as Error).message}\n`);
        return 1;
      }
      for (const issue of result.issues) {
        process.stderr.write(`${issue.file}:${issue.line}: ${issue.field ? `${issue.field}: ` : ""}${issue.message}\n`);
      }
      papers.push(...result.papers);
    }
    // Load the vocabularies and the tagger's model before timing, so papers/s measures extraction alone.
    extractPaper({ id: "warm-up", title: "Warm-up", abstract: "We load the model once.", authors: [], keywords: [] });
    const report = createProgress(papers.length, { label: "extract", minTotal: 1000 });
    const started = process.hrtime.bigint();
    let entityCount = 0;
    const out: string[] = [];
    for (let i = 0; i < papers.length; i++) {
      const result = extractPaper(papers[i]);
      entityCount += result.links.length;
      const row = toRow(result, options.minConfidence);
      out.push(options.pretty ? JSON.stringify(row, null, 2) : JSON.stringify(row));
      if (out.length >= 500) process.stdout.write(out.splice(0).join("\n") + "\n");
      report(i + 1);
    }
    if (out.length) process.stdout.write(out.join("\n") + "\n");
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rate = papers.length / Math.max(seconds, 1e-9);
    process.stderr.write(
      `extract: ${papers.length} papers, ${entityCount} entities in ${seconds.toFixed(2)} s (${Math.round(rate)} papers/s)\n`,
    );
    return 0;
  },
};
