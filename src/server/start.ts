// Starts papergraph as configured: listen at once, load the corpus, become ready, and shut down cleanly on signals.
import type { Config } from "../config";
import { loadCorpus } from "../graph/load-corpus";
import type { CorpusFormat } from "../ingest";
import { analyticsFor } from "../analytics";
import { EXPORT_ROUTES } from "./export-routes";
import { PapergraphServer } from "./http-server";

export interface StartOptions {
  config: Config;
  format?: CorpusFormat;
  /** Where human-readable status lines go (stderr by default). */
  log?: (line: string) => void;
}

export async function startServer(options: StartOptions): Promise<PapergraphServer> {
  const { config } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  const server = new PapergraphServer({
    production: config.environment === "production",
    routes: [...EXPORT_ROUTES],
    onInternalError: (error) => log(`papergraph: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  });
  const url = await server.listen(config.port, config.host);
  const t0 = performance.now();
  const { store, report } = loadCorpus(config.corpusFiles, { format: options.format });
  for (const issue of report.issues) {
    log(`papergraph: ${issue.file}:${issue.line}: ${issue.field ? `${issue.field}: ` : ""}${issue.message} (record skipped)`);
  }
  // Centrality, communities and layout are computed before the server reports ready, so the first views are complete.
  analyticsFor(store).refreshNow();
  server.setStore(store);
  const s = store.stats();
  log(
    `papergraph: serving ${s.papers} papers (${s.nodes} nodes, ${s.edges} edges) at ${url} — loaded in ${Math.round(performance.now() - t0)} ms` +
      (report.issues.length ? `, ${report.issues.length} record(s) skipped` : ""),
  );
  return server;
}
