// Reader for BibTeX: one paper per entry with a title (abstract expected), LaTeX turned into plain Unicode text.
import { dirname, join } from "node:path";
import type { Paper } from "../domain";
import type { IngestIssue, IngestResult } from "./types";
import { PaperIdAllocator } from "./paper-id";
import { arxivIdFromUrl } from "./arxiv-atom";

type BibtexModule = typeof import("@retorquere/bibtex-parser");
type Library = ReturnType<BibtexModule["parse"]>;
type Entry = Library["entries"][number];

let loaded: BibtexModule | undefined;

/**
 * @retorquere/bibtex-parser 9's "require" build is CommonJS in a .js file under "type": "module", so Node
 * refuses it; its ESM build loads synchronously through require(esm) (Node >= 20.19), by path since the
 * exports map only names the broken one.
 */
function bibtexParser(): BibtexModule {
  if (!loaded) {
    const cjsEntry = require.resolve("@retorquere/bibtex-parser");
    loaded = require(join(dirname(cjsEntry), "..", "esm", "index.js")) as BibtexModule;
  }
  return loaded;
}

const PARSE_OPTIONS = {
  // Keep titles as written: sentence-casing would turn "ImageNet" into "Imagenet"-like forms in some entries.
  english: false,
  sentenceCase: false as const,
  caseProtection: false,
  unsupported: "ignore" as const,
};

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** The parser renders \emph and friends as HTML; the corpus wants plain text. */
export function plainText(value: unknown): string {
  if (typeof value !== "string") return "";
  return value
    .replace(/<[^>]+>/g, "")
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e])
    .replace(/[{}]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    // LaTeX accents come out as combining marks; composed forms match what people type and search for.
    .normalize("NFC");
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Offsets of each "@type{key," head, by key, to locate entries and errors in the file. */
function entryHeads(text: string): Map<string, number> {
  const heads = new Map<string, number>();
  const re = /@\s*(\w+)\s*[{(]\s*([^,\s]+)\s*,/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!heads.has(m[2])) heads.set(m[2], m.index);
  return heads;
}

function published(fields: Entry["fields"]): string | undefined {
  const date = plainText(fields.date);
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) return date;
  const year = plainText(fields.year);
  if (!/^\d{4}$/.test(year)) return undefined;
  const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
  const raw = plainText(fields.month).toLowerCase();
  const month = /^\d{1,2}$/.test(raw) ? Number(raw) : months.indexOf(raw.slice(0, 3)) + 1;
  // Reduced-precision ISO 8601 ("2017", "2017-06"): BibTeX rarely gives a day, and none is invented.
  return month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, "0")}` : year;
}

function stringList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,;]/) : [];
  return items.map(plainText).filter(Boolean);
}

export function parseBibtex(text: string, file: string): IngestResult {
  const source = text.replace(/^\uFEFF/, "");
  const papers: Paper[] = [];
  const issues: IngestIssue[] = [];
  const heads = entryHeads(source);
  const library = bibtexParser().parse(source, PARSE_OPTIONS);
  const broken = new Set<string>();
  for (const error of library.errors) {
    const head = /^@\s*\w+\s*[{(]\s*([^,\s]+)/.exec(error.input ?? "");
    if (head) broken.add(head[1]);
    const at = error.input ? source.indexOf(error.input) : -1;
    const line = at >= 0 ? lineAt(source, at) : Number(/at line (\d+)/.exec(error.error)?.[1] ?? 1);
    issues.push({ file, line, message: `malformed entry${head ? ` "${head[1]}"` : ""}: ${error.error}; skipped` });
  }
  const ids = new PaperIdAllocator();
  for (const entry of library.entries) {
    if (broken.has(entry.key)) continue;
    const offset = heads.get(entry.key);
    const line = offset === undefined ? 1 : lineAt(source, offset);
    const fields = entry.fields;
    const title = plainText(fields.title);
    if (!title) {
      issues.push({ file, line, field: "title", message: `entry "${entry.key}" has no title; skipped` });
      continue;
    }
    const eprint = plainText(fields.eprint);
    const isArxiv = /arxiv/i.test(plainText(fields.archiveprefix) || plainText(fields.eprinttype)) || /^\d{4}\.\d{4,5}(v\d+)?$/.test(eprint);
    const givenId = (isArxiv && eprint && (arxivIdFromUrl(`arxiv.org/abs/${eprint}`) ?? eprint)) || entry.key;
    const { id, renamed } = ids.allocate(title, givenId);
    if (renamed) issues.push({ file, line, field: "id", message: `duplicate key "${givenId}"; loaded as "${id}"` });
    const doi = plainText(fields.doi);
    const url = plainText(fields.url) || (doi ? `https://doi.org/${doi}` : isArxiv && eprint ? `https://arxiv.org/abs/${eprint}` : "");
    const paper: Paper = {
      id,
      title,
      abstract: plainText(fields.abstract),
      authors: (fields.author ?? []).map((a) => a.name ?? [a.firstName, a.prefix, a.lastName, a.suffix].filter(Boolean).join(" ")).filter(Boolean),
      keywords: stringList(fields.keywords),
      source: `${file}:${line}`,
    };
    const venue = plainText(fields.journal) || plainText(fields.booktitle);
    const date = published(fields);
    if (url) paper.url = url;
    if (date) paper.published = date;
    if (venue) paper.venue = venue;
    if (!paper.abstract) issues.push({ file, line, field: "abstract", message: `entry "${entry.key}" has no abstract; loaded with the title only` });
    papers.push(paper);
  }
  return { papers, issues };
}
