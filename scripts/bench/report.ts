// The benchmark's markdown table, from the figures of one run.
import type { BuildFigures } from "./child-build";
import type { ExtractionFigures } from "./extraction";
import type { Latency } from "./measure";
import { LABELS, OPERATIONS, type OperationName } from "./operations";

export interface SizeFigures {
  papers: number;
  build: BuildFigures;
  readyColdMs: number;
  readyCachedMs?: number;
  served: Partial<Record<OperationName, { c1: Latency; c32: Latency & { errors: number } }>>;
  /** Paper detail at c=32 while one more client sends searches one after another (the searches' own figures beside). */
  mixed?: { paperDetail: Latency & { errors: number }; search: Latency };
  /** Operations that failed (with the reason); their rows say so. */
  failures?: string[];
}

export interface BenchResult {
  date: string;
  node: string;
  cpus: number;
  cpuModel: string;
  full: boolean;
  extraction: ExtractionFigures[];
  sizes: SizeFigures[];
  seconds: number;
}

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const ms = (x: number) => (x < 0.1 ? x.toFixed(3) : x < 1 ? x.toFixed(2) : x < 10 ? x.toFixed(1) : Math.round(x).toString());
const k = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));

export function markdown(r: BenchResult): string {
  const out: string[] = [];
  out.push(`Node ${r.node}, ${r.cpus} × ${r.cpuModel}; ${r.date}; whole run ${Math.round(r.seconds)} s.`, "");
  out.push("| extraction (one core) | abstracts | abstracts/s | links/abstract |", "|---|---:|---:|---:|");
  for (const e of r.extraction) out.push(`| ${e.corpus} | ${e.abstracts} | ${e.abstractsPerSecond} | ${e.linksPerAbstract} |`);
  out.push("");
  out.push(
    "| papers | nodes | edges | extract (abstracts/s) | build | search index | bytes/edge | analytics | peak RSS | heap | start → /readyz (no cache) | start → /readyz (cached graph) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const s of r.sizes) {
    const b = s.build;
    out.push(
      `| ${k(s.papers)} | ${b.nodes} | ${b.edges} | ${b.abstractsPerSecond} | ${b.buildSeconds} s | ${b.searchIndexSeconds === undefined ? "–" : `${b.searchIndexSeconds} s`} | ${b.bytesPerEdge} | ${b.analyticsSeconds} s | ${mib(b.peakRssBytes)} | ${mib(b.heapUsedBytes)} | ${(s.readyColdMs / 1000).toFixed(1)} s | ${s.readyCachedMs === undefined ? "–" : `${(s.readyCachedMs / 1000).toFixed(1)} s`} |`,
    );
  }
  out.push("");
  out.push(
    "| papers | operation | served p50 / p99 (c=1) | served req/s (c=1) | served p50 / p99 (c=32) | served req/s (c=32) | in-process p50 / p99 | served / in-process (p50, c=1) |",
    "|---:|---|---:|---:|---:|---:|---:|---:|",
  );
  for (const s of r.sizes) {
    for (const op of OPERATIONS) {
      const v = s.served[op];
      const p = s.build.inProcess[op];
      if (!v) {
        out.push(`| ${k(s.papers)} | ${LABELS[op]} | failed: ${(s.failures ?? []).find((f) => f.startsWith(`${op}:`)) ?? "?"} | | | | ${ms(p.p50)} / ${ms(p.p99)} ms | |`);
        continue;
      }
      out.push(
        `| ${k(s.papers)} | ${LABELS[op]} | ${ms(v.c1.p50)} / ${ms(v.c1.p99)} ms | ${v.c1.perSecond} | ${ms(v.c32.p50)} / ${ms(v.c32.p99)} ms${v.c32.errors ? ` (${v.c32.errors} errors)` : ""} | ${v.c32.perSecond} | ${ms(p.p50)} / ${ms(p.p99)} ms | ${(v.c1.p50 / Math.max(p.p50, 1e-3)).toFixed(1)}× |`,
      );
    }
  }
  const mixed = r.sizes.filter((s) => s.mixed);
  if (mixed.length) {
    out.push(
      "",
      "| papers | paper detail at c=32 while one client searches: p50 / p99 | req/s | its searches: p50 / p99 | searches/s |",
      "|---:|---:|---:|---:|---:|",
    );
    for (const s of mixed) {
      const { paperDetail: d, search: q } = s.mixed!;
      out.push(`| ${k(s.papers)} | ${ms(d.p50)} / ${ms(d.p99)} ms | ${d.perSecond} | ${ms(q.p50)} / ${ms(q.p99)} ms | ${q.perSecond} |`);
    }
  }
  return out.join("\n");
}
