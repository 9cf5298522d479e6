import { describe, it, expect } from "vitest";
import { join } from "node:path";
import { detectFormat, parseCorpus, readCorpusFile } from "../../src/ingest";

describe("readCorpus", () => {
  it("detects the format from content", () => {
    expect(detectFormat('\n{"title":"x"}\n')).toBe("jsonl");
    expect(detectFormat("Header\n\nTitle\n\nAbstract")).toBe("daily-papers");
    expect(detectFormat("")).toBe("daily-papers");
  });

  it("reads files of both formats", () => {
    expect(readCorpusFile(join(__dirname, "../fixtures/ingest/daily.txt")).papers).toHaveLength(2);
    const r = readCorpusFile(join(__dirname, "../fixtures/ingest/bad.jsonl"));
    expect(r.papers).toHaveLength(2);
    expect(r.issues[0].file).toMatch(/bad\.jsonl$/);
  });

  it("honours an explicit format", () => {
    const r = parseCorpus('{"title":"T"}', { file: "f", format: "daily-papers" });
    expect(r.papers).toHaveLength(0);
  });
});
