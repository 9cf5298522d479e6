// Hand-annotated gold for extraction: load and validate JSON lines; a malformed line is reported by file and line.
import { readFileSync } from "node:fs";
import type { NamedEntity } from "./match";

/** The annotated kinds of a gold record, in report order. */
export const GOLD_KINDS = ["proposes", "methods", "datasets", "tasks"] as const;
export type GoldKind = (typeof GOLD_KINDS)[number];

/** One annotated paper, keyed by its exact title. */
export interface GoldRecord {
  title: string;
  proposes: NamedEntity[];
  methods: NamedEntity[];
  datasets: NamedEntity[];
  tasks: NamedEntity[];
  notes?: string;
  /** 1-based line of the record in its file, for messages. */
  line: number;
}

export class GoldFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = "GoldFormatError";
  }
}

const KNOWN_KEYS = new Set<string>(["title", "notes", ...GOLD_KINDS]);

function parseEntity(value: unknown, where: string, fail: (detail: string) => never): NamedEntity {
  if (typeof value === "string") {
    if (!value.trim()) fail(`${where}: empty entity name`);
    return { name: value, aliases: [] };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(`${where}: expected a string or {"name", "aliases"}, got ${JSON.stringify(value)}`);
  }
  const { name, aliases, ...rest } = value as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length > 0) fail(`${where}: unknown key "${extra[0]}"`);
  if (typeof name !== "string" || !name.trim()) fail(`${where}: "name" must be a non-empty string`);
  if (aliases !== undefined && (!Array.isArray(aliases) || aliases.some((a) => typeof a !== "string" || !a.trim()))) {
    fail(`${where}: "aliases" must be an array of non-empty strings`);
  }
  return { name, aliases: (aliases as string[] | undefined) ?? [] };
}

/** Parses gold JSON lines (blank lines and lines starting with // are skipped); throws GoldFormatError. */
export function parseGold(text: string, file: string): GoldRecord[] {
  const records: GoldRecord[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const fail = (detail: string): never => {
      throw new GoldFormatError(file, line, detail);
    };
    if (!raw.trim() || raw.trim().startsWith("//")) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      fail(`invalid JSON (${(error as Error).message})`);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) fail("expected a JSON object");
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) if (!KNOWN_KEYS.has(key)) fail(`unknown key "${key}"`);
    const title = object.title;
    if (typeof title !== "string" || !title.trim()) fail(`"title" must be a non-empty string`);
    const titleText = title as string;
    const earlier = seen.get(titleText);
    if (earlier !== undefined) fail(`duplicate title (first on line ${earlier}): ${titleText}`);
    seen.set(titleText, line);
    if (object.notes !== undefined && typeof object.notes !== "string") fail(`"notes" must be a string`);

    const kinds = {} as Record<GoldKind, NamedEntity[]>;
    for (const kind of GOLD_KINDS) {
      const list = object[kind] ?? [];
      if (!Array.isArray(list)) fail(`"${kind}" must be an array`);
      kinds[kind] = (list as unknown[]).map((entry, i) => parseEntity(entry, `${kind}[${i}]`, fail));
    }
    records.push({ title: titleText, ...kinds, notes: object.notes as string | undefined, line });
  });
  return records;
}

export function loadGold(file: string): GoldRecord[] {
  return parseGold(readFileSync(file, "utf8"), file);
}
