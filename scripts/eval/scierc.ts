// SciERC reader (Luan et al., EMNLP 2018): DyGIE JSON lines to plain abstracts and gold entities per type.
import { readFileSync } from "node:fs";
import { normalizeName } from "../../src/domain/normalize";
import type { NamedEntity } from "./match";

export const SCIERC_TYPES = ["Method", "Task", "Material", "Metric", "OtherScientificTerm", "Generic"] as const;
export type SciercType = (typeof SCIERC_TYPES)[number];

/** One annotated mention: inclusive token offsets over the whole document, and its detokenised text. */
export interface SciercMention {
  start: number;
  end: number;
  type: SciercType;
  text: string;
}

export interface SciercDoc {
  docKey: string;
  /** Tokens per sentence, as distributed (PTB escapes included). */
  sentences: string[][];
  /** The abstract rebuilt as ordinary text: PTB escapes undone, spacing around punctuation repaired. */
  text: string;
  mentions: SciercMention[];
  /** Coreference clusters: lists of [start, end] token spans. */
  clusters: [number, number][][];
  /** 1-based line in the source file. */
  line: number;
}

export class SciercFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = "SciercFormatError";
  }
}

const PTB_ESCAPES: Record<string, string> = {
  "-LRB-": "(",
  "-RRB-": ")",
  "-LSB-": "[",
  "-RSB-": "]",
  "-LCB-": "{",
  "-RCB-": "}",
  "``": '"',
  "''": '"',
  "`": "'",
};

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|-RRB-|-RSB-|-RCB-|'s|'S|n't|'re|'ve|'ll|'d|'m|'')$/;
const NO_SPACE_AFTER = /^(?:[(\[{$]|-LRB-|-LSB-|-LCB-|``)$/;

/** Joins PTB tokens into text: "-LRB- HMM -RRB- ," -> "(HMM),". */
export function detokenize(tokens: string[]): string {
  let out = "";
  let glueNext = true;
  for (const token of tokens) {
    const text = PTB_ESCAPES[token] ?? token;
    if (!glueNext && !NO_SPACE_BEFORE.test(token)) out += " ";
    out += text;
    glueNext = NO_SPACE_AFTER.test(token);
  }
  return out;
}

function isSciercType(value: unknown): value is SciercType {
  return typeof value === "string" && (SCIERC_TYPES as readonly string[]).includes(value);
}

/** Parses DyGIE JSON lines; a malformed line throws SciercFormatError naming file and line. */
export function parseScierc(text: string, file: string): SciercDoc[] {
  const docs: SciercDoc[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const fail = (detail: string): never => {
      throw new SciercFormatError(file, line, detail);
    };
    if (!raw.trim()) return;
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(raw) as Record<string, unknown>;
    } catch (error) {
      return fail(`invalid JSON (${(error as Error).message})`);
    }
    const { doc_key: docKey, sentences, ner, clusters } = value;
    if (typeof docKey !== "string") fail(`"doc_key" must be a string`);
    if (!Array.isArray(sentences) || !sentences.every((s) => Array.isArray(s) && s.every((t) => typeof t === "string"))) {
      fail(`"sentences" must be an array of token arrays`);
    }
    const tokenSentences = sentences as string[][];
    const tokens = tokenSentences.flat();
    if (!Array.isArray(ner) || ner.length !== tokenSentences.length) fail(`"ner" must hold one list per sentence`);

    const mentions: SciercMention[] = [];
    (ner as unknown[]).forEach((perSentence, s) => {
      if (!Array.isArray(perSentence)) fail(`ner[${s}] must be an array`);
      for (const item of perSentence as unknown[]) {
        const [start, end, type] = Array.isArray(item) ? item : [];
        if (!Number.isInteger(start) || !Number.isInteger(end) || start > end || end >= tokens.length) {
          fail(`ner[${s}]: bad span ${JSON.stringify(item)}`);
        }
        if (!isSciercType(type)) fail(`ner[${s}]: unknown entity type ${JSON.stringify(type)}`);
        mentions.push({ start, end, type, text: detokenize(tokens.slice(start, end + 1)) });
      }
    });
    docs.push({
      docKey: docKey as string,
      sentences: tokenSentences,
      text: tokenSentences.map(detokenize).join(" "),
      mentions,
      clusters: Array.isArray(clusters) ? (clusters as [number, number][][]) : [],
      line,
    });
  });
  return docs;
}

export function loadScierc(file: string): SciercDoc[] {
  return parseScierc(readFileSync(file, "utf8"), file);
}

/**
 * The distinct gold entities of one type in a document. Mentions are merged when their normalised text is
 * equal or when a coreference cluster joins them (so "hidden Markov model" and "HMM" form one entity);
 * the longest mention names the entity, the others are aliases.
 */
export function sciercEntities(doc: SciercDoc, type: SciercType): NamedEntity[] {
  const mentions = doc.mentions.filter((m) => m.type === type && normalizeName(m.text) !== "");
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };

  const byForm = new Map<string, number>();
  mentions.forEach((m, i) => {
    const form = normalizeName(m.text);
    const first = byForm.get(form);
    if (first === undefined) byForm.set(form, i);
    else union(i, first);
  });
  for (const cluster of doc.clusters) {
    const members = mentions.flatMap((m, i) => (cluster.some(([s, e]) => s === m.start && e === m.end) ? [i] : []));
    for (const i of members.slice(1)) union(i, members[0]);
  }

  const groups = new Map<number, string[]>();
  mentions.forEach((m, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), m.text]);
  });
  return [...groups.values()].map((texts) => {
    const unique = [...new Set(texts)];
    const name = unique.reduce((a, b) => (b.length > a.length ? b : a));
    return { name, aliases: unique.filter((t) => t !== name) };
  });
}
