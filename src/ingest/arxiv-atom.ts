// Reader for arXiv API responses (Atom 1.0): one paper per <entry>, with its arXiv id, authors, date and abstract page.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Paper } from "../domain";
import type { IngestIssue, IngestResult } from "./types";
import { PaperIdAllocator } from "./paper-id";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // Ids like "2101.03961" must stay strings, not become numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  removeNSPrefix: true,
  isArray: (name) => ["entry", "author", "link", "category"].includes(name),
});

/** "http://arxiv.org/abs/2101.03961v3" -> "2101.03961": without the version, so a new version updates the paper. */
export function arxivIdFromUrl(url: string): string | undefined {
  const m = /arxiv\.org\/abs\/(.+?)(?:v\d+)?$/i.exec(url.trim());
  return m?.[1];
}

function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim();
  if (typeof value === "object" && "#text" in (value as Node)) return text((value as Node)["#text"]);
  return "";
}

function list(value: unknown): Node[] {
  return Array.isArray(value) ? (value as Node[]) : [];
}

/** 1-based line of each <entry> start tag, in order, so issues point into the file. */
function entryLines(xml: string): number[] {
  const lines: number[] = [];
  const re = /<(?:[\w-]+:)?entry[\s>]/g;
  let line = 1;
  let last = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    for (let i = last; i < m.index; i++) if (xml.charCodeAt(i) === 10) line++;
    last = m.index;
    lines.push(line);
  }
  return lines;
}

export function parseArxivAtom(xml: string, file: string): IngestResult {
  const source = xml.replace(/^\uFEFF/, "");
  const papers: Paper[] = [];
  const issues: IngestIssue[] = [];
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    issues.push({ file, line: valid.err.line, message: `not well-formed XML: ${valid.err.msg}` });
    return { papers, issues };
  }
  const feed = (parser.parse(source) as Node).feed as Node | undefined;
  if (!feed) {
    issues.push({ file, line: 1, message: "no Atom <feed> element" });
    return { papers, issues };
  }
  const lines = entryLines(source);
  const ids = new PaperIdAllocator();
  list(feed.entry).forEach((entry, i) => {
    const line = lines[i] ?? 1;
    const title = text(entry.title);
    if (!title) {
      issues.push({ file, line, field: "title", message: "<entry> has no <title>; skipped" });
      return;
    }
    const links = list(entry.link);
    const alternate = links.find((l) => l["@_rel"] === "alternate" || l["@_rel"] === undefined);
    const idUrl = text(entry.id);
    const arxivId = arxivIdFromUrl(idUrl);
    const { id, renamed } = ids.allocate(title, arxivId);
    if (renamed) issues.push({ file, line, field: "id", message: `duplicate id "${arxivId}"; loaded as "${id}"` });
    const published = text(entry.published) || text(entry.updated);
    const venue = text(entry.journal_ref);
    const paper: Paper = {
      id,
      title,
      abstract: text(entry.summary),
      authors: list(entry.author).map((a) => text(a.name)).filter(Boolean),
      keywords: list(entry.category).map((c) => String(c["@_term"] ?? "").trim()).filter(Boolean),
      source: `${file}:${line}`,
    };
    const url = (alternate?.["@_href"] as string | undefined) ?? (idUrl || undefined);
    if (url) paper.url = url;
    if (published && !Number.isNaN(Date.parse(published))) paper.published = published;
    if (venue) paper.venue = venue;
    if (!paper.abstract) issues.push({ file, line, field: "summary", message: "<entry> has no <summary>; loaded with the title only" });
    papers.push(paper);
  });
  return { papers, issues };
}
