// Shape statistics of a corpus once extracted and built: entities per paper and the entity degree distribution,
// to compare generated corpora with the seed and the ICLR corpus (npm run bench:stats -- seed iclr synthetic:10000).
import { parseArgs } from "node:util";
import type { EntityNodeAttributes } from "../../src/domain";
import { extractPapers } from "../../src/extract/pipeline";
import { GraphStore } from "../../src/graph/graph-store";
import { corpusByName, iclrAvailable } from "./corpora";

export interface CorpusStats {
  corpus: string;
  papers: number;
  /** Mean distinct entities linked per paper, all kinds and by kind. */
  entitiesPerPaper: number;
  perPaperByKind: Record<string, number>;
  entities: number;
  entitiesByKind: Record<string, number>;
  /** Share of entities linked to exactly one paper. */
  singletonShare: number;
  /** Papers per entity at the 50th, 90th and 99th percentiles, and the largest. */
  paperCount: { p50: number; p90: number; p99: number; max: number };
  /** The ten most linked entities as "name (papers)". */
  top: string[];
  /** Share of entities by paper count: 1, 2-4, 5-19, 20-99, 100-999, 1000+. */
  histogram: Record<string, number>;
}

const BINS: [string, number, number][] = [
  ["1", 1, 1],
  ["2-4", 2, 4],
  ["5-19", 5, 19],
  ["20-99", 20, 99],
  ["100-999", 100, 999],
  ["1000+", 1000, Infinity],
];

export function corpusStats(corpus: string, store: GraphStore): CorpusStats {
  const graph = store.graph;
  const entities: { name: string; kind: string; papers: number }[] = [];
  let papers = 0;
  let links = 0;
  const perKind: Record<string, number> = {};
  graph.forEachNode((key, a) => {
    if (a.kind === "PAPER") {
      papers++;
      const seen = new Set<string>();
      graph.forEachOutNeighbor(key, (n) => {
        if (seen.has(n)) return;
        seen.add(n);
        links++;
        const kind = graph.getNodeAttribute(n, "kind");
        perKind[kind] = (perKind[kind] ?? 0) + 1;
      });
    } else {
      const e = a as EntityNodeAttributes;
      entities.push({ name: e.name, kind: e.kind, papers: e.paperCount });
    }
  });
  const counts = entities.map((e) => e.papers).sort((x, y) => x - y);
  const q = (p: number) => counts[Math.min(counts.length - 1, Math.floor(p * counts.length))] ?? 0;
  const byKind: Record<string, number> = {};
  for (const e of entities) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
  const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    corpus,
    papers,
    entitiesPerPaper: round(links / Math.max(1, papers)),
    perPaperByKind: Object.fromEntries(Object.entries(perKind).map(([k, v]) => [k, round(v / Math.max(1, papers))])),
    entities: entities.length,
    entitiesByKind: byKind,
    singletonShare: round(counts.filter((c) => c === 1).length / Math.max(1, counts.length), 3),
    paperCount: { p50: q(0.5), p90: q(0.9), p99: q(0.99), max: counts[counts.length - 1] ?? 0 },
    top: [...entities].sort((a, b) => b.papers - a.papers).slice(0, 10).map((e) => `${e.name} (${e.papers})`),
    histogram: Object.fromEntries(
      BINS.map(([label, lo, hi]) => [label, round(counts.filter((c) => c >= lo && c <= hi).length / Math.max(1, counts.length), 3)]),
    ),
  };
}

export function statsTable(rows: CorpusStats[]): string {
  const lines = [
    "| corpus | papers | entities/paper (M/D/T/C) | entities | in 1 paper | papers per entity p50 / p90 / p99 / max | share of entities by papers 1 · 2-4 · 5-19 · 20-99 · 100-999 · 1000+ |",
    "|---|---:|---|---:|---:|---|---|",
  ];
  for (const r of rows) {
    const k = r.perPaperByKind;
    lines.push(
      `| ${r.corpus} | ${r.papers} | ${r.entitiesPerPaper} (${k.METHOD ?? 0}/${k.DATASET ?? 0}/${k.TASK ?? 0}/${k.CONCEPT ?? 0}) | ${r.entities} | ${(r.singletonShare * 100).toFixed(0)}% | ${r.paperCount.p50} / ${r.paperCount.p90} / ${r.paperCount.p99} / ${r.paperCount.max} | ${Object.values(r.histogram).map((v) => `${(v * 100).toFixed(1)}%`).join(" · ")} |`,
    );
  }
  return lines.join("\n");
}

const HELP = `Usage: node -r @swc-node/register scripts/bench/corpus-stats.ts [CORPUS...] [--json]

Extracts and builds each corpus, then prints entities per paper (methods/datasets/tasks/concepts), the share of
entities found in one paper only, papers-per-entity percentiles, the ten most linked entities and a histogram.
CORPUS: seed, iclr (../shared/corpora/iclr2021.jsonl), synthetic:N[:SEED], or a corpus file.
Default: seed, iclr when present, synthetic:3000.

Examples:
  node -r @swc-node/register scripts/bench/corpus-stats.ts
  node -r @swc-node/register scripts/bench/corpus-stats.ts synthetic:10000 synthetic:10000:7 --json`;

function main(): void {
  const { values, positionals } = parseArgs({ options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } }, allowPositionals: true });
  if (values.help) return void process.stdout.write(`${HELP}\n`);
  const names = positionals.length ? positionals : ["seed", ...(iclrAvailable() ? ["iclr"] : []), "synthetic:3000"];
  const rows: CorpusStats[] = [];
  for (const name of names) {
    const papers = corpusByName(name);
    process.stderr.write(`corpus-stats: ${name}: extracting ${papers.length} papers ...\n`);
    const results = extractPapers(papers);
    const stats = corpusStats(name, GraphStore.fromResults(results));
    rows.push(stats);
    process.stderr.write(`corpus-stats: ${name}: top ${stats.top.slice(0, 5).join(", ")}\n`);
  }
  process.stdout.write(values.json ? `${JSON.stringify(rows, null, 2)}\n` : `${statsTable(rows)}\n\nTop entities:\n${rows.map((r) => `- ${r.corpus}: ${r.top.join(", ")}`).join("\n")}\n`);
}

if (require.main === module) main();
