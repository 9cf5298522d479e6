// Trains the learned link scorer (src/extract/stages/link-scorer.ts) and measures it by leave-one-set-out cross-validation
// on the tuning gold sets; with --write, trains on all of them and writes data/model/link-scorer.json.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LINK_FEATURES, RULE_FEATURES } from "../src/extract/stages/link-features";
import { logisticScorer, SCORED_KINDS, type LinkModel, type LinkScorer, type ScoredKind } from "../src/extract/stages/link-scorer";
import { evaluateSeed, type EvaluationReport } from "./eval/evaluate";
import { addCounts, emptyCounts, toScores, type Counts } from "./eval/score";
import { parseScriptArgs } from "./eval/script-args";
import { failWith } from "./eval/usage-error";
import { loadGoldSet, rescored, type GoldSet } from "./train/candidates";
import { fitLogistic } from "./train/logistic-regression";

const REPO = path.resolve(__dirname, "..");
/** Where --write puts the weights; the extractor does not load them (cross-validation showed no gain). */
const MODEL_FILE = path.join(REPO, "data/model/link-scorer.json");
const SEED_CORPUS = "data/corpus/daily-papers-sparse.txt";
const ICLR_CORPUS = "../shared/corpora/iclr2021.jsonl";
/** The tuning gold sets: name=gold file:corpus file, relative to the repository. */
const DEFAULT_SETS = [
  `seed=tests/fixtures/gold/seed-gold.jsonl:${SEED_CORPUS}`,
  `dev=tests/fixtures/gold/dev-gold.jsonl:${SEED_CORPUS}`,
  `dev2=tests/fixtures/gold/dev2-gold.jsonl:${SEED_CORPUS}`,
  `iclr-dev=tests/fixtures/gold/iclr-dev-gold.jsonl:${ICLR_CORPUS}`,
];
/** Held-out annotations are never trained or tuned on. */
const HELD_OUT = /(?:^|\/)(?:heldout-gold|iclr-gold)\.jsonl$/;
const THRESHOLDS = Array.from({ length: 25 }, (_, i) => 0.2 + 0.025 * i);
const KIND_LABELS = ["proposed methods", "methods (proposed + used)", "datasets", "tasks"] as const;
/** The report kinds a scored kind's threshold is chosen on. */
const THRESHOLD_LABELS: Record<ScoredKind, readonly string[]> = {
  METHOD: ["proposed methods", "methods (proposed + used)"],
  DATASET: ["datasets"],
  TASK: ["tasks"],
};

const HELP = `Usage: node -r @swc-node/register scripts/train-link-scorer.ts [options]

Extracts the papers of each tuning gold set with the rules' confidences, records every typed candidate link
(methods, datasets, tasks) with its features (src/extract/stages/link-features.ts) and labels it positive when
it matches a gold entity of its kind (strict, as scripts/eval-extraction.ts matches). Then, for each set in
turn, fits one logistic regression per kind on the other sets (L2, non-negative weights on the rule
confidence), picks each kind's threshold on the training sets' own leave-one-set-out predictions, shifts the
bias so that confidence 0.5 is that threshold, and scores the held-one-out set at --min-confidence 0.5 with the
evaluation's code. Prints strict P / R / F1 per kind, rules against scorer, per set and averaged.

Options
  --set NAME=GOLD:CORPUS  a tuning gold set (repeatable; default the four tuning sets: seed, dev, dev2 on
                          ${SEED_CORPUS}, iclr-dev on ${ICLR_CORPUS}); held-out files are refused
  --l2 X                  L2 penalty (default 2)
  --threshold X           one probability threshold for every kind instead of choosing them (0 < X < 1)
  --drop FEATURE          leave a feature out (repeatable; an ablation: its weight stays 0), e.g.
                          --drop "rule confidence" --drop "rule shows it" for a scorer blind to the rules' score
  --write                 also train on every set and write ${path.relative(REPO, MODEL_FILE)} (for
                          experiments: extractPaper(paper, logisticScorer(model)); the extractor does not load it)
  --help                  this text

Examples
  node -r @swc-node/register scripts/train-link-scorer.ts
  node -r @swc-node/register scripts/train-link-scorer.ts --l2 8
  node -r @swc-node/register scripts/train-link-scorer.ts --drop "rule confidence" --drop "rule shows it"
  node -r @swc-node/register scripts/train-link-scorer.ts --write
  node -r @swc-node/register scripts/train-link-scorer.ts --set seed=tests/fixtures/gold/seed-gold.jsonl:${SEED_CORPUS} --set dev=tests/fixtures/gold/dev-gold.jsonl:${SEED_CORPUS}`;

const fail: (message: string) => never = failWith("train-link-scorer");

interface SetSpec {
  name: string;
  gold: string;
  corpus: string;
}

function parseSet(spec: string): SetSpec {
  const match = /^([\w-]+)=([^:]+):(.+)$/.exec(spec);
  if (!match) fail(`--set must be NAME=GOLD:CORPUS, got "${spec}"`);
  const [, name, gold, corpus] = match!;
  if (HELD_OUT.test(gold)) fail(`--set ${name}: ${gold} is held out; it is never trained or tuned on`);
  for (const file of [gold, corpus]) if (!existsSync(path.resolve(REPO, file))) fail(`--set ${name}: ${file} not found`);
  return { name, gold: path.resolve(REPO, gold), corpus: path.resolve(REPO, corpus) };
}

function progress(line: string): void {
  process.stderr.write(`train-link-scorer: ${line}\n`);
}

/** Per-kind weights and probability thresholds, before the bias shift. */
type Fitted = Record<ScoredKind, { weights: Float64Array; threshold: number }>;

function fitKinds(sets: GoldSet[], l2: number): Record<ScoredKind, Float64Array> {
  const out = {} as Record<ScoredKind, Float64Array>;
  for (const kind of SCORED_KINDS) {
    const x: Float64Array[] = [];
    const y: number[] = [];
    for (const set of sets) for (const paper of set.candidates) for (const c of paper) if (c.link.kind === kind) x.push(c.features), y.push(c.label);
    out[kind] = fitLogistic(x, y, { l2, nonNegative: RULE_FEATURES });
  }
  return out;
}

/** The scorer of fitted weights whose confidence is 0.5 at each kind's probability threshold. */
function thresholdScorer(weights: Record<ScoredKind, Float64Array>, thresholds: Record<ScoredKind, number>): LinkScorer {
  return logisticScorer(modelOf(weights, thresholds, ""));
}

function modelOf(weights: Record<ScoredKind, Float64Array>, threshold: Record<ScoredKind, number>, source: string): LinkModel {
  const kinds = {} as LinkModel["kinds"];
  for (const kind of SCORED_KINDS) {
    const w = Array.from(weights[kind]);
    // Confidence 0.5 at the chosen probability: subtract the threshold's log-odds from the bias.
    w[0] -= Math.log(threshold[kind] / (1 - threshold[kind]));
    kinds[kind] = { weights: w.map((v) => Math.round(v * 1e5) / 1e5), threshold: threshold[kind] };
  }
  return { source, features: [...LINK_FEATURES], kinds };
}

function evaluateSet(set: GoldSet, scorer: LinkScorer | null): EvaluationReport {
  const results = rescored(set, scorer);
  return evaluateSeed(set.gold, set.papers, (paper) => results.get(paper)!, { minConfidence: 0.5, name: set.name });
}

function strictCounts(report: EvaluationReport, label: string): Counts {
  const kind = report.kinds.find((k) => k.kind === label)!;
  return { truePositives: kind.strict.truePositives, predicted: kind.strict.predicted, gold: kind.strict.gold };
}

/**
 * Each kind's probability threshold, chosen where the pooled strict F1 of out-of-fold predictions is best: each set is
 * scored by a model fitted on the others, so the threshold is not chosen on predictions the model has fitted.
 */
function chooseThresholds(sets: GoldSet[], l2: number): Record<ScoredKind, number> {
  const folds = sets.map((held, i) => ({ held, weights: fitKinds(sets.filter((_, j) => j !== i), l2) }));
  const best = {} as Record<ScoredKind, { threshold: number; f1: number }>;
  for (const threshold of THRESHOLDS) {
    const shift = { METHOD: threshold, DATASET: threshold, TASK: threshold };
    const pooled = new Map<string, Counts>();
    for (const { held, weights } of folds) {
      const report = evaluateSet(held, thresholdScorer(weights, shift));
      for (const label of KIND_LABELS) pooled.set(label, addCounts(pooled.get(label) ?? emptyCounts(), strictCounts(report, label)));
    }
    for (const kind of SCORED_KINDS) {
      const labels = THRESHOLD_LABELS[kind];
      const f1 = labels.reduce((sum, label) => sum + toScores(pooled.get(label)!).f1, 0) / labels.length;
      if (!best[kind] || f1 > best[kind].f1 + 1e-9) best[kind] = { threshold, f1 };
    }
  }
  return { METHOD: best.METHOD.threshold, DATASET: best.DATASET.threshold, TASK: best.TASK.threshold };
}

function train(sets: GoldSet[], l2: number, fixed?: number): Fitted {
  const weights = fitKinds(sets, l2);
  const thresholds = fixed !== undefined || sets.length < 2 ? { METHOD: fixed ?? 0.5, DATASET: fixed ?? 0.5, TASK: fixed ?? 0.5 } : chooseThresholds(sets, l2);
  const out = {} as Fitted;
  for (const kind of SCORED_KINDS) out[kind] = { weights: weights[kind], threshold: thresholds[kind] };
  return out;
}

function scorerOf(fitted: Fitted): LinkScorer {
  return thresholdScorer(
    { METHOD: fitted.METHOD.weights, DATASET: fitted.DATASET.weights, TASK: fitted.TASK.weights },
    { METHOD: fitted.METHOD.threshold, DATASET: fitted.DATASET.threshold, TASK: fitted.TASK.threshold },
  );
}

const f2 = (x: number): string => x.toFixed(2).replace(/^0\./, ".");

function prf(report: EvaluationReport, label: string): string {
  const s = report.kinds.find((k) => k.kind === label)!.strict;
  return `${f2(s.precision)} / ${f2(s.recall)} / ${f2(s.f1)}`;
}

function f1Of(report: EvaluationReport, label: string): number {
  return report.kinds.find((k) => k.kind === label)!.strict.f1;
}

/** Area under the ROC curve of scores for 0/1 labels (Mann-Whitney, ties counted half): how well the score ranks right links first. */
function auc(pairs: { score: number; label: number }[]): number {
  const sorted = [...pairs].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j].score === sorted[i].score) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (sorted[k].label === 1) (rankSum += rank), positives++;
    i = j;
  }
  const negatives = sorted.length - positives;
  return positives === 0 || negatives === 0 ? NaN : (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

function main(): void {
  const values = parseScriptArgs(
    {
      set: { type: "string", multiple: true },
      drop: { type: "string", multiple: true },
      threshold: { type: "string" },
      l2: { type: "string", default: "2" },
      write: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    HELP,
    fail,
  );
  if (!values) return;
  const l2 = Number(values.l2);
  if (!(l2 >= 0)) fail(`--l2 must be a non-negative number, got "${values.l2}"`);
  const fixed = values.threshold === undefined ? undefined : Number(values.threshold);
  if (fixed !== undefined && !(fixed > 0 && fixed < 1)) fail(`--threshold must be in (0, 1), got "${values.threshold}"`);
  const specs = (values.set ?? DEFAULT_SETS).map(parseSet);
  if (specs.length < 2) fail("cross-validation needs at least two --set");
  const dropped = (values.drop ?? []).map((name) => {
    const index = (LINK_FEATURES as readonly string[]).indexOf(name);
    if (index <= 0) fail(`--drop: no feature "${name}" (the bias stays); features: ${LINK_FEATURES.slice(1).join(", ")}`);
    return index;
  });

  const sets = specs.map((spec) => {
    const set = loadGoldSet(spec.name, spec.gold, spec.corpus);
    for (const paper of set.candidates) for (const c of paper) for (const i of dropped) c.features[i] = 0;
    const n = set.candidates.reduce((sum, c) => sum + c.length, 0);
    const positive = set.candidates.reduce((sum, c) => sum + c.filter((x) => x.label === 1).length, 0);
    progress(`${spec.name}: ${set.papers.length} papers, ${n} candidate links (${positive} right)`);
    return set;
  });

  const lines = ["| held-one-out set | kind | rules P / R / F1 | scorer P / R / F1 | ΔF1 |", "| --- | --- | --- | --- | ---: |"];
  const delta = new Map<string, number[]>();
  const base = new Map<string, number[]>();
  const ranked = new Map<ScoredKind, { rules: { score: number; label: number }[]; scorer: { score: number; label: number }[] }>(SCORED_KINDS.map((k) => [k, { rules: [], scorer: [] }]));
  sets.forEach((held, i) => {
    const fitted = train(sets.filter((_, j) => j !== i), l2, fixed);
    const scorer = scorerOf(fitted);
    for (const paper of held.candidates) {
      for (const c of paper) {
        const r = ranked.get(c.link.kind as ScoredKind)!;
        r.rules.push({ score: c.link.confidence, label: c.label });
        r.scorer.push({ score: scorer.score(c.link, c.features), label: c.label });
      }
    }
    progress(`held out ${held.name}: thresholds method ${fitted.METHOD.threshold.toFixed(3)}, dataset ${fitted.DATASET.threshold.toFixed(3)}, task ${fitted.TASK.threshold.toFixed(3)}`);
    const rules = evaluateSet(held, null);
    const scored = evaluateSet(held, scorer);
    for (const label of KIND_LABELS) {
      const d = f1Of(scored, label) - f1Of(rules, label);
      lines.push(`| ${held.name} | ${label} | ${prf(rules, label)} | ${prf(scored, label)} | ${d >= 0 ? "+" : ""}${d.toFixed(3)} |`);
      delta.set(label, [...(delta.get(label) ?? []), d]);
      base.set(label, [...(base.get(label) ?? []), f1Of(rules, label)]);
    }
  });
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  lines.push("", "| kind | mean F1, rules | mean F1, scorer | mean ΔF1 | worst ΔF1 |", "| --- | ---: | ---: | ---: | ---: |");
  for (const label of KIND_LABELS) {
    const d = delta.get(label)!;
    const b = mean(base.get(label)!);
    lines.push(`| ${label} | ${b.toFixed(3)} | ${(b + mean(d)).toFixed(3)} | ${mean(d) >= 0 ? "+" : ""}${mean(d).toFixed(3)} | ${Math.min(...d).toFixed(3)} |`);
  }
  lines.push("", "| candidates | right / all | AUC, rules' confidence | AUC, scorer (out of fold) |", "| --- | ---: | ---: | ---: |");
  for (const kind of SCORED_KINDS) {
    const r = ranked.get(kind)!;
    lines.push(`| ${kind.toLowerCase()} | ${r.rules.filter((p) => p.label === 1).length} / ${r.rules.length} | ${auc(r.rules).toFixed(3)} | ${auc(r.scorer).toFixed(3)} |`);
  }
  process.stdout.write(`Leave-one-set-out cross-validation, strict, links with confidence >= 0.5 (l2 ${l2}${dropped.length > 0 ? `, without ${dropped.map((i) => LINK_FEATURES[i]).join(", ")}` : ""}):\n\n${lines.join("\n")}\n`);

  if (values.write) {
    const fitted = train(sets, l2, fixed);
    const count = sets.reduce((sum, s) => sum + s.candidates.reduce((n, c) => n + c.length, 0), 0);
    const source =
      `scripts/train-link-scorer.ts --write (l2 ${l2}) on the tuning gold sets ${specs.map((s) => `${s.name} (${path.relative(REPO, s.gold)} on ${path.relative(REPO, s.corpus)})`).join(", ")}: ` +
      `${count} candidate links; thresholds chosen on leave-one-set-out predictions`;
    const model = modelOf(
      { METHOD: fitted.METHOD.weights, DATASET: fitted.DATASET.weights, TASK: fitted.TASK.weights },
      { METHOD: fitted.METHOD.threshold, DATASET: fitted.DATASET.threshold, TASK: fitted.TASK.threshold },
      source,
    );
    mkdirSync(path.dirname(MODEL_FILE), { recursive: true });
    writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
    progress(`wrote ${path.relative(REPO, MODEL_FILE)}`);
  }
}

main();
