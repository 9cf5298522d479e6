// Starts papergraph as configured: listen at once, load the corpus, become ready, and shut down cleanly on signals.
import type { Config } from "../config";
import { adjacencyOf } from "../graph/adjacency";
import { loadCorpus } from "../graph/load-corpus";
import { loadCorpusWithStore } from "../graph/load-corpus-store";
import { GRAPH_CACHE_MIN_PAPERS, graphCacheKey, loadGraphCache, saveGraphCache } from "../graph/graph-cache";
import { FileCorpusStore, LOG_FILE } from "../store";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { CorpusFormat } from "../ingest";
import { analyticsFor, packSnapshot, restoredSnapshot, type AnalyticsSnapshot, type PackedSnapshot } from "../analytics";
import { EXPORT_ROUTES } from "./export-routes";
import { fullCollection } from "./full-collection";
import { PapergraphServer } from "./http-server";
import { createLogger, type Logger } from "./logger";
import { STATIC_ROUTES, WEB_FILES } from "./static-routes";
import { ideLandingPage } from "./ide-landing-page";

/**
 * From this many nodes (about 4,000 papers) the full-text index lives on a worker thread: there MiniSearch's many
 * small objects neither lengthen the main thread's garbage collections nor make other queries wait for a search.
 * Below it a search takes a few milliseconds and a worker would only add its start-up and memory.
 */
export const SEARCH_WORKER_MIN_NODES = 20_000;

export interface StartOptions {
  config: Config;
  format?: CorpusFormat;
  /** Where human-readable status lines go (stderr by default). */
  log?: (line: string) => void;
  /** Load the base corpus files (the seed) under the corpus store's log; false serves the log alone. Default true. */
  seed?: boolean;
  /** The JSON logger (pino on stdout at config.logLevel by default). */
  logger?: Logger;
}

export async function startServer(options: StartOptions): Promise<PapergraphServer> {
  const { config } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  const logger = options.logger ?? createLogger(config.logLevel);
  const server = new PapergraphServer({
    production: config.environment === "production",
    apiKey: config.apiKey,
    ingestLimits: config.ingestLimits,
    bodyLimit: config.bodyLimit,
    limits: config.limits,
    corsOrigins: config.corsOrigins,
    logger,
    // The explorer's static routes go last: their "/" route takes every path no other route took.
    routes: [...EXPORT_ROUTES, ...STATIC_ROUTES],
    plugins: [ideLandingPage(WEB_FILES)],
  });
  const url = await server.listen(config.port, config.host);
  logger.info({ url, environment: config.environment, limits: config.limits, bodyLimit: config.bodyLimit, cors: config.corsOrigins }, "listening; loading the graph");
  const t0 = performance.now();
  // The corpus store is opened when it can be written (an API key is set) or has something to replay; otherwise the
  // server stays read-only and creates nothing on disk.
  const corpus =
    config.apiKey || existsSync(join(config.dataDir, LOG_FILE)) ? await FileCorpusStore.open(config.dataDir) : undefined;
  for (const issue of corpus?.issues ?? []) {
    log(`papergraph: ${corpus!.location}: dropped a torn or corrupt tail of ${issue.droppedBytes} bytes at offset ${issue.offset} (${issue.reason})${issue.savedTo ? `, saved to ${issue.savedTo}` : ""}`);
  }
  const baseFiles = options.seed === false || !config.seed ? [] : config.corpusFiles;
  // A graph built earlier from the same files, log and extractor is restored instead of rebuilt (graph-cache.ts).
  const cacheKey = graphCacheKey(corpus ? [...baseFiles, corpus.location] : baseFiles);
  const cached = loadGraphCache(config.dataDir, cacheKey);
  const { store, report } = cached
    ? { store: cached.store, report: { issues: [] } }
    : corpus
      ? await loadCorpusWithStore(baseFiles, corpus, { format: options.format })
      : loadCorpus(baseFiles, { format: options.format, keepResults: false });
  server.corpus = corpus;
  for (const issue of report.issues) {
    log(`papergraph: ${issue.file}:${issue.line}: ${issue.field ? `${issue.field}: ` : ""}${issue.message} (record skipped)`);
  }
  // Centrality, communities and layout are computed before the server reports ready, so the first views are complete.
  if (cached?.extra) analyticsFor(store).adopt(restoredSnapshot(cached.extra as AnalyticsSnapshot | PackedSnapshot, store.graph));
  else analyticsFor(store).refreshNow();
  if (store.graph.order >= SEARCH_WORKER_MIN_NODES) store.useSearchWorker();
  server.setStore(store);
  if (!cached && store.stats().papers >= GRAPH_CACHE_MIN_PAPERS) {
    // Written after ready; small corpora (the seed) rebuild faster than they load, and leave nothing on disk.
    setImmediate(() => {
      try {
        saveGraphCache(config.dataDir, cacheKey, store, packSnapshot(analyticsFor(store).snapshot(), store.graph.nodes()));
      } catch (error) {
        log(`papergraph: graph cache not written: ${(error as Error).message}`);
      }
    });
  }
  // The adjacency columns that neighborhoods, paths and related papers walk are built once after ready (about a
  // second at 100k papers), so that the first such query does not pay for them; after a change, the next one does.
  setImmediate(() => {
    const t1 = performance.now();
    adjacencyOf(store.graph);
    logger.info({ adjacencyMs: Math.round(performance.now() - t1) }, "adjacency built");
  });
  // The store's full-text index (built or restored) is completed after ready, in slices between requests (posted
  // to its worker, for a large graph); a search that arrives first waits for it (store.searchReady).
  const indexStart = performance.now();
  store.searchReady().then(
    () => {
      const indexMs = Math.round(performance.now() - indexStart);
      // After a restore, one full collection at the end of start-up (full-collection.ts).
      logger.info({ indexMs, fullCollectionMs: cached ? Math.round(fullCollection()) : undefined }, "search index built");
    },
    (error: unknown) => log(`papergraph: search index not built: ${(error as Error).message}`),
  );
  const s = store.stats();
  logger.info({ url, papers: s.papers, nodes: s.nodes, edges: s.edges, loadMs: Math.round(performance.now() - t0), skipped: report.issues.length }, "ready");
  log(
    `papergraph: serving ${s.papers} papers (${s.nodes} nodes, ${s.edges} edges) at ${url} — loaded in ${Math.round(performance.now() - t0)} ms` +
      (cached ? " from the graph cache" : "") +
      (report.issues.length ? `, ${report.issues.length} record(s) skipped` : "") +
      (corpus ? `; corpus store ${corpus.location}` : "") +
      (config.apiKey ? " (mutations enabled)" : " (read-only: set PAPERGRAPH_API_KEY to enable mutations)"),
  );
  return server;
}
