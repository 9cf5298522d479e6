// Renders evaluation reports as Markdown tables (readable in a terminal, pasteable into the README).
import type { EvaluationReport, KindScores } from "./evaluate";
import { topErrors, MODES } from "./evaluate";

const fixed = (x: number): string => x.toFixed(2);

function row(k: KindScores): string {
  const s = k.strict;
  const r = k.relaxed;
  return `| ${k.kind} | ${fixed(s.precision)} | ${fixed(s.recall)} | ${fixed(s.f1)} | ${fixed(r.precision)} | ${fixed(r.recall)} | ${fixed(r.f1)} | ${s.truePositives}/${r.truePositives} | ${s.predicted} | ${s.gold} |`;
}

export function formatTable(report: EvaluationReport): string {
  const lines = [
    `${report.name} (${report.documents} documents; ${report.minConfidence > 0 ? `links with confidence ≥ ${report.minConfidence}` : "every link"})`,
    "",
    "| kind | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | matched (strict/relaxed) | predicted | gold |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...report.kinds.map(row),
  ];
  if (report.overall) lines.push(row({ ...report.overall, kind: "**all three**" }));
  return lines.join("\n");
}

/** Per-document false positives and negatives, strict mode only unless asked (relaxed errors are a subset). */
export function formatErrors(report: EvaluationReport, modes = MODES.slice(0, 1)): string {
  const lines: string[] = [];
  let current = "";
  for (const e of report.errors) {
    if (!modes.includes(e.mode)) continue;
    if (e.document !== current) {
      current = e.document;
      lines.push("", `## ${e.document}`);
    }
    const tag = modes.length > 1 ? ` [${e.mode}]` : "";
    if (e.falsePositives.length > 0) lines.push(`  ${e.kind}${tag} FP: ${e.falsePositives.join("; ")}`);
    if (e.falseNegatives.length > 0) lines.push(`  ${e.kind}${tag} FN: ${e.falseNegatives.join("; ")}`);
  }
  return lines.join("\n");
}

/** The most frequent errors per kind across documents (strict mode). */
export function formatTopErrors(report: EvaluationReport, limit: number): string {
  const lines = [`Most frequent errors, ${report.name} (strict, count of documents):`];
  for (const k of report.kinds) {
    const top = topErrors(report, k.kind, "strict", limit);
    const show = (list: [string, number][]) => (list.length ? list.map(([n, c]) => (c > 1 ? `${n} x${c}` : n)).join("; ") : "-");
    lines.push(`  ${k.kind}`, `    FP: ${show(top.falsePositives)}`, `    FN: ${show(top.falseNegatives)}`);
  }
  return lines.join("\n");
}
