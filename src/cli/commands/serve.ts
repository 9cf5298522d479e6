// `papergraph serve`: serves a corpus (the embedded seed by default) as a GraphQL knowledge graph.
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { existsSync } from "node:fs";
import { loadConfig } from "../../config";
import { CORPUS_FORMATS, type CorpusFormat } from "../../ingest";
import { startServer } from "../../server/start";
import { UsageError, type Command } from "../command";

const HELP = `Usage: papergraph serve [--corpus FILE]... [--format FORMAT] [--port N] [--host HOST]

Serves papers as a GraphQL knowledge graph at http://HOST:PORT/graphql.
With no --corpus, serves the embedded seed corpus (135 abstracts on sparsity in neural networks).

Options:
  --corpus FILE    a corpus file to load (repeat for several); Daily Papers text or JSON Lines
  --format FORMAT  force the format: ${CORPUS_FORMATS.join(", ")} (detected from content by default)
  --port N         port to listen on (default 4000, or PORT)
  --host HOST      interface to bind (default 127.0.0.1, or HOST)
  -h, --help       show this help

Environment: PORT, HOST, PAPERGRAPH_CORPUS (comma-separated files), NODE_ENV, LOG_LEVEL.

Examples:
  papergraph serve
  papergraph serve --corpus papers.jsonl --port 8080
  papergraph serve --corpus reading-list.txt --corpus more.jsonl --host 0.0.0.0`;

export const serveCommand: Command = {
  name: "serve",
  summary: "serve a corpus (the seed by default) at http://localhost:4000/graphql",
  help: HELP,
  async run(argv) {
    let values;
    try {
      ({ values } = parseArgs({
        args: argv,
        options: {
          corpus: { type: "string", multiple: true },
          format: { type: "string" },
          port: { type: "string" },
          host: { type: "string" },
        },
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const env = { ...process.env };
    if (values.port !== undefined) env.PORT = values.port;
    if (values.host !== undefined) env.HOST = values.host;
    const config = loadConfig(env);
    if (values.corpus) config.corpusFiles = values.corpus.map((f) => resolve(f));
    for (const file of config.corpusFiles) {
      if (!existsSync(file)) throw new UsageError(`corpus file not found: ${file}`);
    }
    if (values.format !== undefined && !CORPUS_FORMATS.includes(values.format as CorpusFormat)) {
      throw new UsageError(`--format must be one of ${CORPUS_FORMATS.join(", ")}, got "${values.format}"`);
    }
    const server = await startServer({ config, format: values.format as CorpusFormat | undefined });
    await new Promise<void>((resolveStop) => {
      const stop = (signal: string) => {
        console.error(`papergraph: ${signal} received, finishing in-flight requests ...`);
        server.stop().then(() => {
          console.error("papergraph: stopped");
          resolveStop();
        });
      };
      process.once("SIGINT", () => stop("SIGINT"));
      process.once("SIGTERM", () => stop("SIGTERM"));
    });
    return 0;
  },
};
