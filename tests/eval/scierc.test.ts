// SciERC reader: PTB detokenisation, mention texts and gold entities merged by form and coreference.
import { describe, expect, it } from "vitest";
import { detokenize, parseScierc, sciercEntities, SciercFormatError } from "../../scripts/eval/scierc";

const DOC = {
  doc_key: "T1",
  sentences: [
    ["We", "use", "a", "hidden", "Markov", "model", "-LRB-", "HMM", "-RRB-", "for", "speech", "recognition", "."],
    ["The", "HMM", "is", "trained", "on", "the", "``", "TIMIT", "''", "corpus", ",", "and", "it", "'s", "fast", "."],
  ],
  ner: [
    [[3, 5, "Method"], [7, 7, "Method"], [10, 11, "Task"]],
    [[14, 14, "Method"], [20, 20, "Material"], [25, 25, "Generic"]],
  ],
  relations: [[], []],
  clusters: [[[3, 5], [7, 7]], [[14, 14], [25, 25]]],
};

describe("detokenize", () => {
  it("undoes PTB escapes and spacing", () => {
    expect(detokenize(["a", "model", "-LRB-", "HMM", "-RRB-", ",", "it", "'s", "``", "fast", "''", "."])).toBe(
      'a model (HMM), it\'s "fast".',
    );
    expect(detokenize(["-LSB-", "1", "-RSB-", "50", "%"])).toBe("[1] 50%");
  });
});

describe("parseScierc", () => {
  it("rebuilds the text and the mention strings over document-wide offsets", () => {
    const [doc] = parseScierc(JSON.stringify(DOC), "dev.json");
    expect(doc.docKey).toBe("T1");
    expect(doc.text).toBe(
      'We use a hidden Markov model (HMM) for speech recognition. The HMM is trained on the "TIMIT" corpus, and it\'s fast.',
    );
    expect(doc.mentions.map((m) => [m.type, m.text])).toEqual([
      ["Method", "hidden Markov model"],
      ["Method", "HMM"],
      ["Task", "speech recognition"],
      ["Method", "HMM"],
      ["Material", "TIMIT"],
      ["Generic", "it"],
    ]);
  });

  it("names file and line of a malformed record", () => {
    const broken = { ...DOC, ner: [[[3, 99, "Method"]], []] };
    const text = `${JSON.stringify(DOC)}\n${JSON.stringify(broken)}`;
    expect(() => parseScierc(text, "dev.json")).toThrow(SciercFormatError);
    expect(() => parseScierc(text, "dev.json")).toThrow(/dev\.json:2: ner\[0\]: bad span/);
    expect(() => parseScierc("{oops", "dev.json")).toThrow(/dev\.json:1: invalid JSON/);
    const badType = { ...DOC, ner: [[[3, 5, "Model"]], []] };
    expect(() => parseScierc(JSON.stringify(badType), "dev.json")).toThrow(/unknown entity type "Model"/);
  });
});

describe("sciercEntities", () => {
  it("merges mentions by equal form and by coreference within one type", () => {
    const [doc] = parseScierc(JSON.stringify(DOC), "dev.json");
    expect(sciercEntities(doc, "Method")).toEqual([{ name: "hidden Markov model", aliases: ["HMM"] }]);
    expect(sciercEntities(doc, "Task")).toEqual([{ name: "speech recognition", aliases: [] }]);
    expect(sciercEntities(doc, "Material")).toEqual([{ name: "TIMIT", aliases: [] }]);
  });
});
