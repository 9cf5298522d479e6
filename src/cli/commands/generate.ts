// `papergraph generate`: writes a deterministic synthetic corpus as JSON Lines, for benchmarks at any scale.
import { createWriteStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { generatePapers, type KnownNames } from "../../synthetic";
import { UsageError, type Command } from "../command";
import { parseCommandArgs } from "../parse-command-args";
import { createProgress } from "../progress";

const HELP = `Usage: papergraph generate --papers N [--seed S] [--out FILE]

Writes N synthetic papers as JSON Lines (one {"id","title","abstract","authors","published","keywords","venue"}
object a line): titles with named methods ("KorvexNet: ..."), acronym definitions, datasets and benchmarks,
tasks, baselines it outperforms and code URLs, drawn from Zipf-ranked vocabularies (well-known names from
data/vocab at the top ranks, invented ones below), so a few entities are shared by thousands of papers and
most by few. The same N and seed always give the same bytes. Progress and a summary go to stderr.

Options:
  --papers N     how many papers (required, 1 to 10,000,000)
  --seed S       seed of the generator (default 1)
  --out FILE     write to FILE (default: stdout)
  -h, --help     show this help

Examples:
  papergraph generate --papers 1000 > papers-1k.jsonl
  papergraph generate --papers 100000 --seed 7 --out var/synthetic-100k.jsonl
  papergraph generate --papers 10000 | papergraph extract /dev/stdin --format jsonl | head`;

/** data/vocab, three levels above this file in both src/cli/commands and dist/cli/commands. */
export const VOCAB_DIR = join(__dirname, "..", "..", "..", "data", "vocab");

/** The canonical name of every data/vocab entry, for the generator's top ranks. */
export function readKnownNames(dir = VOCAB_DIR): KnownNames {
  const canonical = (file: string) => (JSON.parse(readFileSync(join(dir, file), "utf8")) as { entries: string[][] }).entries.map((e) => e[0]);
  return { methods: canonical("methods.json"), datasets: canonical("datasets.json"), tasks: canonical("tasks.json") };
}

function integer(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max) throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return n;
}

export const generateCommand: Command = {
  name: "generate",
  summary: "write a deterministic synthetic corpus (JSON Lines) for benchmarks",
  help: HELP,
  async run(argv) {
    const { values } = parseCommandArgs(argv, { papers: { type: "string" }, seed: { type: "string" }, out: { type: "string" } });
    if (values.papers === undefined) throw new UsageError("--papers N is required");
    const papers = integer("papers", values.papers, 1, 10_000_000);
    const seed = integer("seed", values.seed ?? "1", 0, 2 ** 32 - 1);
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    const report = createProgress(papers, { label: "generate" });
    const started = performance.now();
    let bytes = 0;
    let chunk: string[] = [];
    const flush = async () => {
      const text = chunk.join("");
      chunk = [];
      bytes += Buffer.byteLength(text);
      if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    };
    let done = 0;
    for (const paper of generatePapers({ papers, seed, known: readKnownNames() })) {
      const { source: _source, ...record } = paper;
      chunk.push(`${JSON.stringify(record)}\n`);
      report(++done);
      if (chunk.length >= 1000) await flush();
    }
    await flush();
    if (out !== process.stdout) await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `generate: ${papers} papers (seed ${seed}), ${(bytes / 1e6).toFixed(1)} MB${values.out ? ` to ${values.out}` : ""} in ${seconds.toFixed(1)} s (${Math.round(papers / seconds)} papers/s)\n`,
    );
    return 0;
  },
};
