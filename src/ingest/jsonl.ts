// Reader for JSON Lines corpora: one paper object per line, validated field by field; bad lines are reported and skipped.
import type { Paper } from "../domain";
import type { IngestIssue, IngestResult } from "./types";
import { PaperIdAllocator } from "./paper-id";

/** YYYY-MM-DD, optionally followed by a time and zone (ISO 8601 / RFC 3339). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

type Fields = Omit<Paper, "id" | "source"> & { givenId?: string };

class RecordError extends Error {
  constructor(
    readonly field: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

function isAbsent(v: unknown): boolean {
  return v === undefined || v === null;
}

function optionalString(record: Record<string, unknown>, field: string): string | undefined {
  const v = record[field];
  if (isAbsent(v)) return undefined;
  if (typeof v !== "string") throw new RecordError(field, `"${field}" must be a string, got ${typeName(v)}`);
  return v.trim() || undefined;
}

function stringArray(record: Record<string, unknown>, field: string): string[] {
  const v = record[field];
  if (isAbsent(v)) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
    throw new RecordError(field, `"${field}" must be an array of strings, got ${typeName(v)}`);
  }
  return (v as string[]).map((s) => s.trim()).filter(Boolean);
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

function validate(value: unknown): Fields {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new RecordError(undefined, `a line must hold a JSON object, got ${typeName(value)}`);
  }
  const record = value as Record<string, unknown>;
  if (typeof record.title !== "string") {
    throw new RecordError("title", isAbsent(record.title) ? `"title" is missing` : `"title" must be a string, got ${typeName(record.title)}`);
  }
  const title = record.title.replace(/\s+/g, " ").trim();
  if (!title) throw new RecordError("title", `"title" is empty`);
  let givenId: string | undefined;
  if (typeof record.id === "number" && Number.isFinite(record.id)) givenId = String(record.id);
  else givenId = optionalString(record, "id");
  const published = optionalString(record, "published");
  if (published !== undefined && (!ISO_DATE.test(published) || Number.isNaN(Date.parse(published)))) {
    throw new RecordError("published", `"published" must be an ISO 8601 date, got "${published}"`);
  }
  return {
    givenId,
    title,
    abstract: (optionalString(record, "abstract") ?? "").replace(/\s+/g, " "),
    url: optionalString(record, "url"),
    authors: stringArray(record, "authors"),
    published,
    keywords: stringArray(record, "keywords"),
    venue: optionalString(record, "venue"),
  };
}

export function parseJsonl(text: string, file: string): IngestResult {
  const papers: Paper[] = [];
  const issues: IngestIssue[] = [];
  const ids = new PaperIdAllocator();
  text
    .replace(/^\uFEFF/, "")
    .split("\n")
    .forEach((raw, i) => {
      const line = i + 1;
      const source = raw.trim();
      if (!source) return;
      let value: unknown;
      try {
        value = JSON.parse(source);
      } catch (error) {
        issues.push({ file, line, message: `invalid JSON: ${(error as Error).message}` });
        return;
      }
      try {
        const { givenId, ...fields } = validate(value);
        const { id, renamed } = ids.allocate(fields.title, givenId);
        if (renamed && givenId) {
          issues.push({ file, line, field: "id", message: `duplicate id "${givenId}"; loaded as "${id}"` });
        }
        const paper: Paper = { id, ...fields, source: `${file}:${line}` };
        for (const k of ["url", "published", "venue"] as const) if (paper[k] === undefined) delete paper[k];
        papers.push(paper);
      } catch (error) {
        if (!(error instanceof RecordError)) throw error;
        issues.push({ file, line, ...(error.field ? { field: error.field } : {}), message: error.message });
      }
    });
  return { papers, issues };
}

/** The same record rules for papers arriving by other routes (the addPapers mutation); throws PaperRecordError. */
export { validate as validatePaperRecord, RecordError as PaperRecordError };
