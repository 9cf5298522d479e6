// `papergraph ingest`: adds papers from files to the corpus store (the durable source the server builds its graph from).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { loadConfig } from "../../config";
import { CORPUS_FORMATS, readCorpusFile, type CorpusFormat } from "../../ingest";
import { CorpusState, FileCorpusStore, type CorpusRecord } from "../../store";
import { UsageError, type Command } from "../command";
import { parseCommandArgs } from "../parse-command-args";
import { createProgress } from "../progress";

const HELP = `Usage: papergraph ingest FILE... [--format FORMAT] [--data-dir DIR]

Adds the papers of each FILE to the corpus store in DIR (an append-only log, fsynced per batch). A paper with the
same id or the same normalised title as a stored one updates it. Malformed records are rejected with file:line,
field and reason; the rest of the file loads. The server builds its graph from the seed plus this store when it
starts (a running server takes new papers through its addPapers mutation instead).

Options:
  --format FORMAT   force the format: ${CORPUS_FORMATS.join(", ")} (detected from content by default)
  --data-dir DIR    the store's directory (default ./var, or PAPERGRAPH_DATA_DIR)
  --batch N         papers per durable batch (default 500)
  -h, --help        show this help

Examples:
  papergraph ingest reading-list.bib
  papergraph ingest arxiv-query.xml papers.jsonl --data-dir /srv/papergraph
  papergraph ingest export.txt --format daily-papers`;

export const ingestCommand: Command = {
  name: "ingest",
  summary: "add papers from files (arXiv Atom, BibTeX, JSON Lines, Daily Papers) to the corpus store",
  help: HELP,
  async run(argv) {
    const parsed = parseCommandArgs(argv, { format: { type: "string" }, "data-dir": { type: "string" }, batch: { type: "string" } }, true);
    const { values, positionals: files } = parsed;
    if (files.length === 0) throw new UsageError("name at least one FILE to ingest");
    if (values.format !== undefined && !CORPUS_FORMATS.includes(values.format as CorpusFormat)) {
      throw new UsageError(`--format must be one of ${CORPUS_FORMATS.join(", ")}, got "${values.format}"`);
    }
    const batch = values.batch === undefined ? 500 : Number(values.batch);
    if (!Number.isInteger(batch) || batch < 1) throw new UsageError(`--batch must be a positive integer, got "${values.batch}"`);
    for (const file of files) if (!existsSync(file)) throw new UsageError(`file not found: ${file}`);
    const dataDir = values["data-dir"] !== undefined ? resolve(values["data-dir"]) : loadConfig().dataDir;

    const store = await FileCorpusStore.open(dataDir);
    try {
      for (const issue of store.issues) {
        console.error(`papergraph ingest: ${store.location}: dropped a torn or corrupt tail of ${issue.droppedBytes} bytes at offset ${issue.offset} (${issue.reason})`);
      }
      const state = new CorpusState();
      for await (const record of store.scan() as AsyncIterable<CorpusRecord>) state.apply(record);
      const totals = { read: 0, added: 0, updated: 0, rejected: 0 };
      const t0 = performance.now();
      for (const file of files) {
        const { papers, issues } = readCorpusFile(file, { format: values.format as CorpusFormat | undefined });
        // Readers report warnings about records they still loaded ("loaded as ...", "loaded with ..."); the rest were rejected.
        const rejected = issues.filter((i) => !/\bloaded (as|with)\b/.test(i.message));
        let added = 0;
        let updated = 0;
        const tick = createProgress(papers.length, { label: file, unit: "papers written", minTotal: 1000 });
        for (let i = 0; i < papers.length; i += batch) {
          const chunk = papers.slice(i, i + batch);
          await store.append(chunk);
          for (const paper of chunk) (state.put(paper).status === "ADDED" ? added++ : updated++);
          tick(Math.min(i + batch, papers.length));
        }
        const read = papers.length + rejected.length;
        console.log(`${file}: ${read} read, ${added} added, ${updated} updated, ${rejected.length} rejected`);
        for (const issue of issues) {
          console.log(`  ${issue.file}:${issue.line}${issue.field ? ` ${issue.field}` : ""}: ${issue.message}`);
        }
        totals.read += read;
        totals.added += added;
        totals.updated += updated;
        totals.rejected += rejected.length;
      }
      const seconds = (performance.now() - t0) / 1000;
      console.log(
        `papergraph ingest: ${files.length} file(s), ${totals.read} read, ${totals.added} added, ${totals.updated} updated, ${totals.rejected} rejected ` +
          `in ${seconds.toFixed(1)} s; the store ${store.location} now holds ${state.size} papers`,
      );
      return totals.rejected > 0 && totals.added + totals.updated === 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
