// `papergraph serve`: serves a corpus (the embedded seed by default) as a GraphQL knowledge graph.
import { resolve } from "node:path";
import { existsSync } from "node:fs";
import { ConfigError, loadConfig } from "../../config";
import { CORPUS_FORMATS, type CorpusFormat } from "../../ingest";
import { createLogger } from "../../server/logger";
import { untilShutdown } from "../../server/shutdown";
import { startServer } from "../../server/start";
import { UsageError, type Command } from "../command";
import { parseCommandArgs } from "../parse-command-args";

const HELP = `Usage: papergraph serve [--corpus FILE]... [--format FORMAT] [--port N] [--host HOST] [--no-seed]

Serves papers as a GraphQL knowledge graph at http://HOST:PORT/graphql.
With no --corpus, serves the embedded seed corpus (135 abstracts on sparsity in neural networks).

Options:
  --corpus FILE    a corpus file to load (repeat for several): Daily Papers text, JSON Lines, arXiv Atom, BibTeX
  --no-seed        serve only the corpus store (papers added with \`papergraph ingest\` or addPapers), not the
                   corpus files (also PAPERGRAPH_SEED=false)
  --format FORMAT  force the format: ${CORPUS_FORMATS.join(", ")} (detected from content by default)
  --port N         port to listen on (default 4000, or PORT)
  --host HOST      interface to bind (default 127.0.0.1, or HOST)
  -h, --help       show this help

Logs: one JSON object per line on stdout (pino: startup, one line per request with its id, operation, status,
duration and cost, shutdown); human-readable status lines on stderr. SIGTERM or SIGINT stops gracefully: no new
connections, in-flight requests finish (up to PAPERGRAPH_SHUTDOWN_TIMEOUT_MS), exit code 0.

Environment:
  PORT, HOST                      where to listen (4000, 127.0.0.1)
  PAPERGRAPH_CORPUS               comma-separated corpus files (the seed by default)
  NODE_ENV                        production masks internal errors and hides field suggestions
  LOG_LEVEL                       fatal, error, warn, info (default), debug, trace, silent
  PAPERGRAPH_API_KEY              enables mutations for "Authorization: Bearer <key>" (16+ characters)
  PAPERGRAPH_DATA_DIR             writable state: the corpus store and the graph cache (default ./var)
  PAPERGRAPH_SEED                 false: serve the corpus store alone (like --no-seed)
  PAPERGRAPH_MAX_BATCH_SIZE (100), PAPERGRAPH_MAX_TITLE_CHARS (500), PAPERGRAPH_MAX_ABSTRACT_CHARS (10000),
  PAPERGRAPH_MAX_BATCH_BYTES (900000)                                         addPapers input limits
  PAPERGRAPH_BODY_LIMIT           largest request body in bytes (1000000)
  PAPERGRAPH_CORS_ORIGINS         comma-separated allowed origins, or * (CORS off by default)
  PAPERGRAPH_SHUTDOWN_TIMEOUT_MS  how long a shutdown waits for in-flight requests (10000)
  PAPERGRAPH_MAX_DEPTH (12), PAPERGRAPH_MAX_ALIASES (30), PAPERGRAPH_MAX_TOKENS (5000),
  PAPERGRAPH_MAX_DIRECTIVES (20), PAPERGRAPH_MAX_REPEATED_FIELDS (10), PAPERGRAPH_MAX_COST (10000),
  PAPERGRAPH_MAX_TRAVERSAL_DEPTH (3), PAPERGRAPH_QUERY_TIMEOUT_MS (10000)   query limits

Examples:
  papergraph serve
  papergraph serve --corpus papers.jsonl --port 8080
  papergraph serve --corpus reading-list.txt --corpus more.jsonl --host 0.0.0.0`;

export const serveCommand: Command = {
  name: "serve",
  summary: "serve a corpus (the seed by default) at http://localhost:4000/graphql",
  help: HELP,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      corpus: { type: "string", multiple: true },
      format: { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
      "no-seed": { type: "boolean" },
    });
    const env = { ...process.env };
    if (values.port !== undefined) env.PORT = values.port;
    if (values.host !== undefined) env.HOST = values.host;
    let config;
    try {
      config = loadConfig(env);
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message);
      throw error;
    }
    if (values.corpus) config.corpusFiles = values.corpus.map((f) => resolve(f));
    if (values["no-seed"]) config.seed = false;
    for (const file of config.corpusFiles) {
      if (!existsSync(file)) throw new UsageError(`corpus file not found: ${file}`);
    }
    if (values.format !== undefined && !CORPUS_FORMATS.includes(values.format as CorpusFormat)) {
      throw new UsageError(`--format must be one of ${CORPUS_FORMATS.join(", ")}, got "${values.format}"`);
    }
    const logger = createLogger(config.logLevel);
    const server = await startServer({ config, format: values.format as CorpusFormat | undefined, logger });
    return untilShutdown(server, { logger, timeoutMs: config.shutdownTimeoutMs });
  },
};
