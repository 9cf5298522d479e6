// Gold file reader: accepted shapes, and errors that name the file and the line.
import { describe, expect, it } from "vitest";
import { GoldFormatError, parseGold } from "../../scripts/eval/gold";

describe("parseGold", () => {
  it("reads strings and {name, aliases} entities, defaulting missing kinds to empty", () => {
    const text = [
      '{"title": "Paper A", "proposes": ["GraNet"], "methods": [{"name": "lottery ticket hypothesis", "aliases": ["LTH"]}], "datasets": ["ImageNet"], "notes": "n"}',
      "",
      "// a comment line",
      '{"title": "Paper B", "tasks": ["language modeling"]}',
    ].join("\n");
    const records = parseGold(text, "gold.jsonl");
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      title: "Paper A",
      proposes: [{ name: "GraNet", aliases: [] }],
      methods: [{ name: "lottery ticket hypothesis", aliases: ["LTH"] }],
      datasets: [{ name: "ImageNet", aliases: [] }],
      tasks: [],
      notes: "n",
      line: 1,
    });
    expect(records[1]).toMatchObject({ title: "Paper B", proposes: [], line: 4 });
  });

  const bad: [string, RegExp][] = [
    ["{not json", /gold\.jsonl:2: invalid JSON/],
    ['{"title": ""}', /gold\.jsonl:2: "title"/],
    ['{"title": "X", "method": []}', /gold\.jsonl:2: unknown key "method"/],
    ['{"title": "X", "methods": "BERT"}', /gold\.jsonl:2: "methods" must be an array/],
    ['{"title": "X", "methods": [{"name": "BERT", "alias": []}]}', /gold\.jsonl:2: methods\[0\]: unknown key "alias"/],
    ['{"title": "X", "datasets": [{"aliases": ["a"]}]}', /gold\.jsonl:2: datasets\[0\]: "name"/],
    ['{"title": "X", "tasks": [3]}', /gold\.jsonl:2: tasks\[0\]: expected a string/],
    ['{"title": "A"}', /gold\.jsonl:2: duplicate title \(first on line 1\)/],
  ];
  it.each(bad)("rejects %s with file and line", (line, message) => {
    const text = `{"title": "A"}\n${line}`;
    expect(() => parseGold(text, "gold.jsonl")).toThrow(GoldFormatError);
    expect(() => parseGold(text, "gold.jsonl")).toThrow(message);
  });
});
