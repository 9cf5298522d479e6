import { describe, expect, it } from "vitest";
import { CandidateScores } from "../../src/analytics/candidate-scores";
import { BinaryHeap } from "../../src/analytics/max-heap";

describe("CandidateScores", () => {
  it("numbers known keys by the given map and unknown keys after them, growing its columns", () => {
    const keys = ["paper:a", "paper:b"];
    const scores = new CandidateScores(keys, new Map(keys.map((k, i) => [k, i])));
    expect(scores.ordinal("paper:b")).toBe(1);
    const extra = Array.from({ length: 40 }, (_, i) => scores.ordinal(`paper:new-${i}`));
    expect(extra[0]).toBe(2);
    expect(extra[39]).toBe(41);
    expect(scores.ordinal("paper:new-3")).toBe(5);
    scores.addStructural(extra[39], 0.5);
    scores.addText(extra[39], 0.25);
    expect(scores.top(1, (s, t) => s + t)).toEqual([{ key: "paper:new-39", structural: 0.5, text: 0.25, score: 0.75 }]);
  });

  it("keeps the k best by score, equal scores in key order, and sums repeated contributions", () => {
    const scores = new CandidateScores([]);
    for (const [key, s, t] of [["paper:d", 1, 0], ["paper:c", 1, 0], ["paper:a", 0.5, 0.5], ["paper:b", 0.2, 0], ["paper:e", 3, 0]] as const) {
      scores.addStructural(scores.ordinal(key), s);
      if (t) scores.addText(scores.ordinal(key), t);
    }
    scores.addStructural(scores.ordinal("paper:b"), 0.2);
    const top = scores.top(4, (s, t) => s + t);
    expect(top.map((c) => [c.key, c.score])).toEqual([["paper:e", 3], ["paper:a", 1], ["paper:c", 1], ["paper:d", 1]]);
    expect(scores.top(10, (s) => s).find((c) => c.key === "paper:b")?.structural).toBeCloseTo(0.4);
  });
});

describe("BinaryHeap", () => {
  it("pops in `before` order and replaces its root", () => {
    const heap = new BinaryHeap<number>((a, b) => a < b);
    for (const x of [5, 1, 4, 2, 3]) heap.push(x);
    heap.replaceRoot(6);
    const out: number[] = [];
    while (heap.size) out.push(heap.pop()!);
    expect(out).toEqual([2, 3, 4, 5, 6]);
  });

  it("forgets every score on reset, keeping the numbering", () => {
    const keys = ["paper:a", "paper:b"];
    const scores = new CandidateScores(keys, new Map(keys.map((k, i) => [k, i])));
    scores.addStructural(0, 1);
    scores.addText(scores.ordinal("paper:new"), 2);
    scores.reset();
    expect(scores.top(10, (s, t) => s + t)).toEqual([]);
    scores.addText(1, 0.5);
    expect(scores.ordinal("paper:new")).toBe(2);
    expect(scores.top(10, (s, t) => s + t)).toEqual([{ key: "paper:b", structural: 0, text: 0.5, score: 0.5 }]);
  });
});
