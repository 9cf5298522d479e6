// Reader for the "Daily Papers" page text: a free-form header, then (title line, blank line, abstract paragraph)*.
import type { Paper } from "../domain";
import type { IngestIssue, IngestResult } from "./types";
import { PaperIdAllocator } from "./paper-id";

interface Paragraph {
  /** 1-based line of the paragraph's first line. */
  line: number;
  lines: string[];
}

/** A title is one short line; headers like "Subscribe" or "Aug 11" are short too, so the abstract decides. */
const MAX_TITLE_CHARS = 300;
const MAX_TITLE_WORDS = 40;
/** An abstract is a long paragraph: clearly longer than any header line and than its title. */
const MIN_ABSTRACT_CHARS = 120;

function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) {
      current = undefined;
      return;
    }
    if (!current) {
      current = { line: i + 1, lines: [] };
      paragraphs.push(current);
    }
    current.lines.push(line);
  });
  return paragraphs;
}

function isTitle(p: Paragraph): boolean {
  if (p.lines.length !== 1) return false;
  const t = p.lines[0];
  return t.length <= MAX_TITLE_CHARS && t.split(/\s+/).length <= MAX_TITLE_WORDS && /\p{L}/u.test(t);
}

function isAbstract(p: Paragraph, title: Paragraph): boolean {
  const text = p.lines.join(" ");
  return text.length >= MIN_ABSTRACT_CHARS && text.length > 1.5 * title.lines[0].length;
}

/** Parses the text; paragraphs that do not form a title/abstract pair are header (before the first paper) or issues. */
export function parseDailyPapers(text: string, file: string): IngestResult {
  const paragraphs = splitParagraphs(text.replace(/^\uFEFF/, ""));
  const papers: Paper[] = [];
  const issues: IngestIssue[] = [];
  const ids = new PaperIdAllocator();
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const next = paragraphs[i + 1];
    if (next && isTitle(p) && isAbstract(next, p)) {
      const title = p.lines[0];
      const { id } = ids.allocate(title);
      papers.push({
        id,
        title,
        abstract: next.lines.join(" "),
        authors: [],
        keywords: [],
        source: `${file}:${p.line}`,
      });
      i++;
    } else if (papers.length > 0) {
      issues.push({ file, line: p.line, message: "paragraph is not a title followed by an abstract; skipped" });
    }
  }
  if (papers.length === 0 && paragraphs.length > 0) {
    issues.push({ file, line: 1, message: "no title/abstract pairs found" });
  }
  return { papers, issues };
}
