import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseJsonl } from "../../src/ingest";

const FILE = join(__dirname, "../fixtures/ingest/bad.jsonl");

describe("parseJsonl", () => {
  const result = parseJsonl(readFileSync(FILE, "utf8"), "bad.jsonl");

  it("loads the good lines with every field", () => {
    expect(result.papers.map((p) => p.id)).toEqual(["p1", "second-good-paper"]);
    expect(result.papers[0]).toMatchObject({
      title: "FooNet: A Network",
      authors: ["A. Person"],
      published: "2021-05-01",
      keywords: ["nets"],
      venue: "ICLR",
      source: "bad.jsonl:1",
    });
  });

  it("names each bad line with its field", () => {
    expect(result.issues.map((i) => [i.line, i.field])).toEqual([
      [2, undefined],
      [3, "title"],
      [4, "title"],
      [5, "authors"],
      [6, "published"],
      [7, undefined],
    ]);
    expect(result.issues.every((i) => i.file === "bad.jsonl" && i.message.length > 0)).toBe(true);
  });

  it("disambiguates duplicate titles and ids deterministically", () => {
    const text = ['{"title":"Same"}', '{"title":"Same"}', '{"id":"x","title":"A"}', '{"id":"x","title":"B"}'].join("\n");
    const r = parseJsonl(text, "d.jsonl");
    expect(r.papers.map((p) => p.id)).toEqual(["same", "same-2", "x", "x-2"]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ line: 4, field: "id" });
    expect(parseJsonl(text, "d.jsonl").papers.map((p) => p.id)).toEqual(["same", "same-2", "x", "x-2"]);
  });
});
