// Precision/recall/F1 arithmetic and per-paper error lists on hand-counted cases.
import { describe, expect, it } from "vitest";
import { addCounts, emptyCounts, scorePaper, toScores } from "../../scripts/eval/score";

const e = (name: string, ...aliases: string[]) => ({ name, aliases });

describe("toScores", () => {
  it("computes P, R, F1 from counts", () => {
    const s = toScores({ truePositives: 3, predicted: 4, gold: 6 });
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(0.6);
  });
  it("gives 0 for empty denominators", () => {
    expect(toScores(emptyCounts())).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe("scorePaper", () => {
  it("lists false positives and negatives", () => {
    const { counts, errors } = scorePaper([e("GraNet"), e("ResNet-50"), e("method")], [e("GraNet"), e("ImageNet")], "strict");
    expect(counts).toEqual({ truePositives: 1, predicted: 3, gold: 2 });
    expect(errors.falsePositives.map((x) => x.name)).toEqual(["ResNet-50", "method"]);
    expect(errors.falseNegatives.map((x) => x.name)).toEqual(["ImageNet"]);
  });
  it("micro-averages by adding counts", () => {
    const a = scorePaper([e("A")], [e("A"), e("B")], "strict").counts;
    const b = scorePaper([e("C"), e("D")], [e("C")], "strict").counts;
    expect(toScores(addCounts(a, b))).toMatchObject({ truePositives: 2, predicted: 3, gold: 3 });
  });
});
