// npm run bench: papergraph at growing scale against the limit of the same work in-process. Writes
// bench/results/<date>.json and prints a markdown table; progress lines on stderr while it runs.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { BuildFigures } from "./child-build";
import { ICLR_FILE, REPO, SEED_FILE, iclrAvailable, readPapers, repeatTo, syntheticPapers } from "./corpora";
import { measureExtraction } from "./extraction";
import { concurrent, sequential, sequentialUntil } from "./http-load";
import { log } from "./measure";
import { OPERATIONS, requestBodies, type OperationName } from "./operations";
import { markdown, type BenchResult, type SizeFigures } from "./report";
import { ensureBuild, startServerProcess, type RunningServer } from "./server-process";

const HELP = `Usage: npm run bench -- [--full] [--sizes N,N,...] [--seconds S] [--out FILE]

Measures papergraph on generated corpora (papergraph generate, seed 1) and prints a markdown table:
  - extraction throughput on one core: the seed repeated, the ICLR 2021 corpus when ../shared/corpora has it,
    and a generated corpus;
  - per size, in a child process of its own: build time, nodes and edges, bytes per edge, analytics time,
    peak RSS and heap;
  - time from process start to /readyz of the real server, from scratch and again with its data dir kept
    (a cached built graph, when papergraph has one);
  - once its full-text index is complete (built in the background after a cached restart), GraphQL latency
    p50/p99 and throughput at concurrency 1 and 32 (a closed loop of kept-alive connections) for six named
    operations, and the same operations computed in-process on the graph store, each after 1 s of untimed
    warm-up: the ratio is papergraph's serving overhead; then paper detail at concurrency 32 again while one
    more client sends searches.
Writes bench/results/<date>.json. The default run (1k and 10k papers) takes about 2 minutes on 2 cores.

Options:
  --full         add 100k papers (about 7 more minutes on 2 cores)
  --sizes LIST   paper counts, comma-separated (default 1000,10000; with --full 1000,10000,100000)
  --seconds S    duration per operation at concurrency 32 (default 3)
  --out FILE     result file (default bench/results/<date>.json)
  -h, --help     this text

Examples:
  npm run bench
  npm run bench -- --full
  npm run bench -- --sizes 2000 --seconds 1`;

const WORK = path.join(tmpdir(), "papergraph-bench");

function buildInChild(file: string): BuildFigures {
  const out = execFileSync(process.execPath, ["--expose-gc", "-r", "@swc-node/register", path.join(__dirname, "child-build.ts"), file], {
    cwd: REPO,
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 2 ** 20,
  });
  return JSON.parse(out.toString()) as BuildFigures;
}

function corpusFile(papers: number): string {
  const file = path.join(WORK, `synthetic-${papers}-seed1.jsonl`);
  if (!existsSync(file)) {
    execFileSync(process.execPath, ["-r", "@swc-node/register", path.join(REPO, "src/cli/main.ts"), "generate", "--papers", String(papers), "--seed", "1", "--out", file], {
      cwd: REPO,
      stdio: ["ignore", "ignore", "ignore"],
    });
  }
  return file;
}

/** Starts the server on a data dir holding a graph cache; again (once) when the cache was not used (its key changed). */
async function startFromCache(file: string, dataDir: string, cacheFile: string): Promise<{ server: RunningServer; readyCachedMs?: number }> {
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    const server = await startServerProcess(file, dataDir);
    if (/from the graph cache/.test(server.output())) return { server, readyCachedMs: server.readyMs };
    // The extractor's code (part of the cache key) changed since the cache was written, or the cache is missing:
    // the server rebuilt and writes a new cache; wait for it and try once more.
    log(`  the graph cache was not used (extractor changed or no cache); ${attempt === 1 ? "waiting for the new one" : "giving up on the cached start"}`);
    if (attempt === 2) return { server };
    await waitForCache(cacheFile, started);
    await server.stop();
  }
}

async function waitForCache(cacheFile: string, since = 0): Promise<void> {
  const fresh = () => existsSync(cacheFile) && statSync(cacheFile).mtimeMs >= performance.timeOrigin + since - 1000;
  for (let waited = 0; waited < 300_000 && !fresh(); waited += 250) await new Promise((r) => setTimeout(r, 250));
}

/**
 * Sends one search until it is answered: a search that arrives while the index is built waits for it, but no longer
 * than the server's execution budget (then it is answered with SEARCH_INDEX_BUILDING, and sent again).
 */
async function searchOnceIndexed(url: string, body: string): Promise<void> {
  for (const started = performance.now(); ; ) {
    try {
      return void (await sequential(url, [body], 1, 0));
    } catch (error) {
      if (!(error as Error).message.includes("SEARCH_INDEX_BUILDING") || performance.now() - started > 600_000) throw error;
    }
  }
}

async function measureSize(papers: number, seconds: number): Promise<SizeFigures> {
  log(`${papers} papers: generating the corpus`);
  const file = corpusFile(papers);
  log(`${papers} papers: extract, build, analytics and in-process operations in a child process`);
  const build = buildInChild(file);
  const dataDir = path.join(WORK, `data-${papers}`);
  rmSync(dataDir, { recursive: true, force: true });
  log(`${papers} papers: server start to /readyz, from scratch`);
  const cold = await startServerProcess(file, dataDir);
  const readyColdMs = cold.readyMs;
  // The server writes its graph cache just after ready; wait for it so the second start can use it.
  const cacheFile = path.join(dataDir, "graph-cache", "graph.v8");
  await waitForCache(cacheFile);
  await cold.stop();
  log(`${papers} papers: ready in ${(readyColdMs / 1000).toFixed(1)} s; again with the data dir kept`);
  let { server, readyCachedMs } = await startFromCache(file, dataDir, cacheFile);
  log(`${papers} papers: ready in ${(server.readyMs / 1000).toFixed(1)} s${readyCachedMs === undefined ? " (rebuilt: no usable graph cache)" : " (from the graph cache)"}`);
  // After a cached restart the full-text index is still being built in the background, in slices between
  // requests; the operations are measured once it is complete (one search waits for it), so that they show the
  // steady state rather than the first seconds' interleaving.
  const t = performance.now();
  await searchOnceIndexed(server.url, requestBodies("search", build.inputs)[0]);
  log(`${papers} papers: search index complete ${((performance.now() - t) / 1000).toFixed(1)} s after ready`);
  const served = {} as SizeFigures["served"];
  const failures: string[] = [];
  let mixed: SizeFigures["mixed"];
  try {
    // Search goes last: on a large graph its worker is still collecting the garbage of 32 concurrent searches
    // seconds after they are answered, which took a core from whichever operation was measured next.
    for (const op of [...OPERATIONS.filter((o) => o !== "search"), "search" as const]) {
      const bodies = requestBodies(op, build.inputs);
      try {
        const c1 = await sequential(server.url, bodies, 200);
        const c32 = await concurrent(server.url, bodies, 32, seconds);
        served[op as OperationName] = { c1, c32 };
        log(`${papers} papers: ${op}: c=1 p50 ${c1.p50} ms p99 ${c1.p99} ms; c=32 p50 ${c32.p50} ms p99 ${c32.p99} ms, ${c32.perSecond} req/s${c32.errors ? `, ${c32.errors} errors` : ""}`);
      } catch (error) {
        // One failing operation is reported, not fatal; a server that died is a finding, shown with its last output.
        const died = !server.alive();
        const reason = `${op}: ${(error as Error).message}${died ? " (the server process died)" : ""}`;
        failures.push(reason);
        log(`${papers} papers: FAILED ${reason}${died ? `\n${server.output().slice(-4000)}` : ""}`);
        if (died) server = (await startFromCache(file, dataDir, cacheFile)).server;
      }
      if (!server.alive()) {
        failures.push(`${op}: the server process died under load`);
        log(`${papers} papers: the server died during ${op}:\n${server.output().slice(-4000)}`);
        server = (await startFromCache(file, dataDir, cacheFile)).server;
      }
    }
    // Searches are the slow operation: what they do to everyone else's latency is measured too.
    try {
      const paperDetail = concurrent(server.url, requestBodies("paperDetail", build.inputs), 32, seconds);
      const search = await sequentialUntil(server.url, requestBodies("search", build.inputs), paperDetail);
      mixed = { paperDetail: await paperDetail, search };
      log(`${papers} papers: paper detail at c=32 while searching: p50 ${mixed.paperDetail.p50} ms p99 ${mixed.paperDetail.p99} ms, ${mixed.paperDetail.perSecond} req/s; ${search.samples} searches`);
    } catch (error) {
      failures.push(`mixed load: ${(error as Error).message}`);
      log(`${papers} papers: FAILED mixed load: ${(error as Error).message}`);
    }
  } finally {
    await server.stop();
  }
  return { papers, build, readyColdMs: Math.round(readyColdMs), readyCachedMs: readyCachedMs && Math.round(readyCachedMs), served, mixed, ...(failures.length && { failures }) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { full: { type: "boolean" }, sizes: { type: "string" }, seconds: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) return void process.stdout.write(`${HELP}\n`);
  const sizes = values.sizes ? values.sizes.split(",").map(Number) : values.full ? [1000, 10_000, 100_000] : [1000, 10_000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error(`--sizes must list integers >= 10, got "${values.sizes}"`);
  const seconds = Number(values.seconds ?? 3);
  const started = performance.now();
  mkdirSync(WORK, { recursive: true });

  log("extraction throughput on one core");
  const extraction = [measureExtraction(`seed ×${Math.ceil(2000 / 135)} (${path.relative(REPO, SEED_FILE)})`, repeatTo(readPapers(SEED_FILE), 2000))];
  if (iclrAvailable()) extraction.push(measureExtraction(`ICLR 2021 (${path.relative(REPO, ICLR_FILE)})`, readPapers(ICLR_FILE)));
  else log(`no ${ICLR_FILE}: ICLR row skipped`);
  extraction.push(measureExtraction("generated (2,000, seed 1)", syntheticPapers(2000)));
  for (const e of extraction) log(`  ${e.corpus}: ${e.abstractsPerSecond} abstracts/s`);

  // The servers run the compiled dist/, as `npm start` does.
  ensureBuild();
  const results: SizeFigures[] = [];
  for (const n of sizes) results.push(await measureSize(n, seconds));

  const now = new Date();
  const result: BenchResult = {
    date: now.toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    full: values.full === true,
    extraction,
    sizes: results,
    seconds: Math.round((performance.now() - started) / 1000),
  };
  const out = values.out ?? path.join(REPO, "bench", "results", `${now.toISOString().slice(0, 10)}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${markdown(result)}\n\n`);
  log(`done in ${result.seconds} s; figures in ${path.relative(process.cwd(), out)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
