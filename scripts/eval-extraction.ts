// Measures the extractor: precision, recall and F1 per kind against a gold file (default the seed gold) and SciERC when present.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_MIN_CONFIDENCE } from "../src/domain/confidence";
import { readCorpusFile } from "../src/ingest/read-corpus";
import { loadExtractor, PIPELINE_MODULE } from "./eval/extractor";
import { evaluateScierc, evaluateSeed, goldReportName, sciercReportName, type EvaluationReport } from "./eval/evaluate";
import { formatErrors, formatTable, formatTopErrors } from "./eval/format";
import { loadGold } from "./eval/gold";
import { loadScierc } from "./eval/scierc";
import { failWith } from "./eval/usage-error";

const REPO = path.resolve(__dirname, "..");
const DEFAULTS = {
  gold: path.join(REPO, "tests/fixtures/gold/seed-gold.jsonl"),
  corpus: path.join(REPO, "data/corpus/daily-papers-sparse.txt"),
  scierc: path.resolve(__dirname, "../../shared/corpora/scierc/dev.json"),
  top: 10,
};

const HELP = `Usage: npm run eval:extraction -- [options]

Scores src/extract/pipeline.ts (extractPaper) per kind: proposed methods, methods (proposed + used/compared),
datasets, tasks. Strict: a prediction matches a gold entity when normalizeName of its name or any alias equals
normalizeName of the gold name or any gold alias. Relaxed: strict, or the same head word (last token of the
normalised phrase), or one normalised phrase contained in the other as whole tokens. Matching is one-to-one;
counts are micro-averaged over documents. Each table is labelled with the file it was scored against.

Options
  --gold PATH            gold JSON lines to score against (default tests/fixtures/gold/seed-gold.jsonl; the
                         held-out set is tests/fixtures/gold/heldout-gold.jsonl, never used for tuning)
  --corpus PATH          corpus the gold titles come from (default data/corpus/daily-papers-sparse.txt)
  --scierc PATH          SciERC file, any split (default ../shared/corpora/scierc/dev.json; skipped when absent)
  --only seed|scierc     run one evaluation only (seed: the --gold file)
  --min-confidence X     ignore predicted links with confidence below X, in both evaluations (default: the gold
                         file at the API's default view, ${DEFAULT_MIN_CONFIDENCE}, what Paper.links and the entity lists
                         return unasked; SciERC at 0, every link, since SciERC annotates every mention of a
                         method, task or material, as the API's minConfidence: 0 view returns them)
  --top N                most frequent false positives / negatives listed per kind (default ${DEFAULTS.top}; 0: none)
  --verbose              per-document false positives and false negatives (strict)
  --extractor PATH module exporting extractPaper(paper) (default src/extract/pipeline)
  --json                 machine-readable output (reports with every error) instead of tables; run it with
                         npm run -s (silent) so npm's "> papergraph@..." banner does not precede the JSON
  --help                 this text

Examples
  npm run eval:extraction
  npm run eval:extraction -- --gold tests/fixtures/gold/heldout-gold.jsonl --only seed --top 0
  npm run eval:extraction -- --gold tests/fixtures/gold/iclr-dev-gold.jsonl --corpus ../shared/corpora/iclr2021.jsonl --only seed
  npm run eval:extraction -- --only seed --verbose
  npm run -s eval:extraction -- --scierc ../shared/corpora/scierc/train.json --json > eval.json
  node -r @swc-node/register scripts/eval-extraction.ts --min-confidence 0`;

const fail: (message: string) => never = failWith("eval-extraction");

function main(): void {
  // Piping into head (or any reader that stops early) ends quietly rather than with an EPIPE stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        gold: { type: "string", default: DEFAULTS.gold },
        corpus: { type: "string", default: DEFAULTS.corpus },
        scierc: { type: "string" },
        only: { type: "string" },
        "min-confidence": { type: "string" },
        top: { type: "string", default: String(DEFAULTS.top) },
        verbose: { type: "boolean", default: false },
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
  if (values.only !== undefined && values.only !== "seed" && values.only !== "scierc") {
    fail(`--only must be "seed" or "scierc", got "${values.only}"`);
  }
  const given = values["min-confidence"] === undefined ? undefined : Number(values["min-confidence"]);
  if (given !== undefined && !(given >= 0 && given <= 1)) fail(`--min-confidence must be in [0, 1], got "${values["min-confidence"]}"`);
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 0) fail(`--top must be a non-negative integer, got "${values.top}"`);

  const extract = loadExtractor(values.extractor);
  if (!extract) {
    process.stderr.write(`eval-extraction: no extractor yet (${path.relative(REPO, path.resolve(values.extractor))}.ts is missing); nothing to measure.\n`);
    process.exit(1);
  }

  const reports: EvaluationReport[] = [];
  const notes: string[] = [];
  if (values.only !== "scierc") {
    const gold = loadGold(values.gold);
    const { papers, issues } = readCorpusFile(values.corpus);
    if (issues.length > 0) notes.push(`${values.corpus}: ${issues.length} ingest issue(s), first: line ${issues[0].line}: ${issues[0].message}`);
    reports.push(evaluateSeed(gold, papers, extract, { minConfidence: given ?? DEFAULT_MIN_CONFIDENCE, name: goldReportName(values.gold) }));
  }
  if (values.only !== "seed") {
    const sciercPath = values.scierc ? path.resolve(values.scierc) : DEFAULTS.scierc;
    if (existsSync(sciercPath)) {
      reports.push(evaluateScierc(loadScierc(sciercPath), extract, { minConfidence: given ?? 0, name: sciercReportName(sciercPath) }));
    } else if (values.scierc || values.only === "scierc") {
      fail(`SciERC file not found: ${sciercPath}`);
    } else {
      notes.push(`SciERC evaluation skipped: ${sciercPath} not found (pass --scierc PATH).`);
    }
  }

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ reports, notes }, null, 2)}\n`);
    return;
  }
  const out: string[] = [];
  for (const report of reports) {
    out.push(formatTable(report), "");
    if (top > 0) out.push(formatTopErrors(report, top), "");
    if (values.verbose) out.push(`Per-document errors, ${report.name} (strict):${formatErrors(report)}`, "");
  }
  out.push(
    "Strict: normalised name/alias equality. Relaxed: also same head word or whole-token containment. One-to-one, micro-averaged.",
    ...notes,
  );
  process.stdout.write(`${out.join("\n")}\n`);
}

main();
