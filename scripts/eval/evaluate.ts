// Scores an extractor against seed gold and SciERC: per-kind strict and relaxed figures with per-paper errors.
import path from "node:path";
import type { Paper } from "../../src/domain/paper";
import { normalizeName } from "../../src/domain/normalize";
import type { ExtractPaper } from "./extractor";
import { GOLD_KINDS, type GoldKind, type GoldRecord } from "./gold";
import type { MatchMode, NamedEntity } from "./match";
import { predictedEntities, type PredictedEntities } from "./predictions";
import { sciercEntities, type SciercDoc, type SciercType } from "./scierc";
import { addCounts, emptyCounts, scorePaper, toScores, type Counts, type Scores } from "./score";

export const MODES: readonly MatchMode[] = ["strict", "relaxed"];

/** Options of an evaluation: the confidence floor of predicted links and the report's label. */
export interface EvaluateOptions {
  minConfidence?: number;
  /** Label of the report in tables and JSON (default "seed gold" / "SciERC"). */
  name?: string;
}

/** Report label for a gold file: its file name, so two gold sets are never confused ("gold heldout-gold.jsonl"). */
export function goldReportName(file: string): string {
  return `gold ${path.basename(file)}`;
}

/** Report label for a SciERC split: its file name ("SciERC dev.json", "SciERC train.json"). */
export function sciercReportName(file: string): string {
  return `SciERC ${path.basename(file)}`;
}

export interface KindScores {
  kind: string;
  strict: Scores;
  relaxed: Scores;
}

/** One document's misses for one kind under one mode, as display names. */
export interface DocumentErrors {
  document: string;
  kind: string;
  mode: MatchMode;
  falsePositives: string[];
  falseNegatives: string[];
}

export interface EvaluationReport {
  name: string;
  documents: number;
  kinds: KindScores[];
  /** All evaluated kinds pooled (SciERC: Method + Task + Material). */
  overall?: KindScores;
  errors: DocumentErrors[];
  /** Predicted links below this confidence were left out (0: every link). */
  minConfidence: number;
}

/** How one evaluated kind is read from the gold side and the prediction side of a document. */
interface KindSpec<G> {
  kind: string;
  gold: (doc: G) => NamedEntity[];
  predicted: (p: PredictedEntities) => NamedEntity[];
}

function describe(e: NamedEntity): string {
  return e.aliases.length > 0 ? `${e.name} (${e.aliases.join(", ")})` : e.name;
}

function evaluate<G>(
  name: string,
  docs: { id: string; doc: G; predicted: PredictedEntities }[],
  specs: KindSpec<G>[],
  pooled: boolean,
  minConfidence = 0,
): EvaluationReport {
  const totals = new Map<string, Record<MatchMode, Counts>>();
  const errors: DocumentErrors[] = [];
  for (const spec of specs) totals.set(spec.kind, { strict: emptyCounts(), relaxed: emptyCounts() });

  for (const { id, doc, predicted } of docs) {
    for (const spec of specs) {
      const kindTotals = totals.get(spec.kind)!;
      for (const mode of MODES) {
        const { counts, errors: e } = scorePaper(spec.predicted(predicted), spec.gold(doc), mode);
        kindTotals[mode] = addCounts(kindTotals[mode], counts);
        if (e.falsePositives.length + e.falseNegatives.length > 0) {
          errors.push({
            document: id,
            kind: spec.kind,
            mode,
            falsePositives: e.falsePositives.map(describe),
            falseNegatives: e.falseNegatives.map(describe),
          });
        }
      }
    }
  }

  const kinds = specs.map((spec) => {
    const t = totals.get(spec.kind)!;
    return { kind: spec.kind, strict: toScores(t.strict), relaxed: toScores(t.relaxed) };
  });
  let overall: KindScores | undefined;
  if (pooled) {
    const sum = (mode: MatchMode) => [...totals.values()].reduce((acc, t) => addCounts(acc, t[mode]), emptyCounts());
    overall = { kind: "all", strict: toScores(sum("strict")), relaxed: toScores(sum("relaxed")) };
  }
  return { name, documents: docs.length, kinds, overall, errors, minConfidence };
}

const SEED_KIND_LABEL: Record<GoldKind, string> = {
  proposes: "proposed methods",
  methods: "methods (proposed + used)",
  datasets: "datasets",
  tasks: "tasks",
};

/** Gold "methods" holds used/compared methods only; the methods kind is scored on proposed + used together. */
export function seedGold(record: GoldRecord, kind: GoldKind): NamedEntity[] {
  return kind === "methods" ? [...record.proposes, ...record.methods] : record[kind];
}

/**
 * Scores against hand-annotated seed papers, matched to the corpus by exact title. Throws when a gold title
 * is missing from the corpus, so a renamed paper cannot silently drop out of the measurement.
 */
export function evaluateSeed(
  gold: GoldRecord[],
  papers: Paper[],
  extract: ExtractPaper,
  options: EvaluateOptions = {},
): EvaluationReport {
  const byTitle = new Map(papers.map((p) => [p.title, p]));
  const missing = gold.filter((g) => !byTitle.has(g.title));
  if (missing.length > 0) {
    throw new Error(`gold titles not found in the corpus (line ${missing[0].line}): ${missing.map((g) => g.title).join(" | ")}`);
  }
  const docs = gold.map((record) => ({
    id: record.title,
    doc: record,
    predicted: predictedEntities(extract(byTitle.get(record.title)!), options.minConfidence),
  }));
  const specs = GOLD_KINDS.map(
    (kind): KindSpec<GoldRecord> => ({
      kind: SEED_KIND_LABEL[kind],
      gold: (record) => seedGold(record, kind),
      predicted: (p) => p[kind],
    }),
  );
  return evaluate(options.name ?? "seed gold", docs, specs, false, options.minConfidence);
}

/** SciERC types and the extractor kinds they are compared with. */
export const SCIERC_MAPPING: { type: SciercType; kind: keyof PredictedEntities; label: string }[] = [
  { type: "Method", kind: "methods", label: "Method ~ methods" },
  { type: "Task", kind: "tasks", label: "Task ~ tasks" },
  { type: "Material", kind: "datasets", label: "Material ~ datasets" },
];

/** A SciERC abstract as a Paper: no title (sentence 0 is then empty), the rebuilt text as the abstract. */
export function sciercPaper(doc: SciercDoc): Paper {
  return { id: doc.docKey, title: "", abstract: doc.text, authors: [], keywords: [], source: `scierc:${doc.line}` };
}

export function evaluateScierc(
  docs: SciercDoc[],
  extract: ExtractPaper,
  options: EvaluateOptions = {},
): EvaluationReport {
  const scored = docs.map((doc) => ({
    id: doc.docKey,
    doc,
    predicted: predictedEntities(extract(sciercPaper(doc)), options.minConfidence),
  }));
  const specs = SCIERC_MAPPING.map(
    ({ type, kind, label }): KindSpec<SciercDoc> => ({
      kind: label,
      gold: (doc) => sciercEntities(doc, type),
      predicted: (p) => p[kind],
    }),
  );
  return evaluate(options.name ?? "SciERC", scored, specs, true, options.minConfidence);
}

/** The most frequent errors of one kind and mode across documents, by normalised name. */
export function topErrors(
  report: EvaluationReport,
  kind: string,
  mode: MatchMode,
  limit: number,
): { falsePositives: [string, number][]; falseNegatives: [string, number][] } {
  const count = (pick: (e: DocumentErrors) => string[]): [string, number][] => {
    const tally = new Map<string, { label: string; n: number }>();
    for (const e of report.errors) {
      if (e.kind !== kind || e.mode !== mode) continue;
      for (const label of pick(e)) {
        const key = normalizeName(label.replace(/ \(.*\)$/, ""));
        const entry = tally.get(key) ?? { label, n: 0 };
        entry.n += 1;
        tally.set(key, entry);
      }
    }
    return [...tally.values()]
      .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label))
      .slice(0, limit)
      .map((e) => [e.label, e.n]);
  };
  return { falsePositives: count((e) => e.falsePositives), falseNegatives: count((e) => e.falseNegatives) };
}
