// Spans that cut a hyphenated compound are no names; a name that ends on a hyphen is. Invented text only.
import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/domain";
import { extractPaper } from "../../src/extract";
import type { Mention } from "../../src/extract/stages/mention";
import { withoutWordFragments } from "../../src/extract/stages/word-fragments";

const mention = (sentence: string, surface: string, from = 0): Mention => {
  const start = sentence.indexOf(surface, from);
  return { sentence: 0, start, end: start + surface.length, surface, kind: "TASK", relation: "ADDRESSES", confidence: 0.6, source: "noun-phrase" };
};

describe("word fragments", () => {
  it("drops a span ending or starting on a hyphen inside a compound, keeps whole words and hyphen-final names", () => {
    const text = "QUAKE-: a planner for sparse-reward tasks, tested on English-to-Welsh data.";
    const kept = withoutWordFragments([text], [mention(text, "sparse-"), mention(text, "-Welsh"), mention(text, "QUAKE-"), mention(text, "sparse-reward tasks")]);
    expect(kept.map((m) => m.surface)).toEqual(["QUAKE-", "sparse-reward tasks"]);
  });

  it("drops a span that ends on a word needing what follows it", () => {
    const text = "We present tasks such as regression using generated data and graph matching.";
    const kept = withoutWordFragments([text], [mention(text, "regression using"), mention(text, "graph matching")]);
    expect(kept.map((m) => m.surface)).toEqual(["graph matching"]);
  });

  it("no extracted name of a paper begins or ends on a hyphen cut from its word", () => {
    const abstract = "We solve hard control problems, such as sparse-reward 3D navigation. Existing planners, including sampling-based and gradient-based search, fail.";
    const paper: Paper = { id: "f", title: "Plans for control", abstract, authors: [], keywords: [], source: "test" };
    for (const l of extractPaper(paper).links) expect(l.name).not.toMatch(/^-|-$/);
  });
});
