import { describe, expect, it } from "vitest";
import { forDisplay, nodeSize, NODE_SIZE_MAX, NODE_SIZE_MIN } from "../../src/analytics/node-size";

describe("display sizes and coordinates", () => {
  it("sizes nodes by the square root of their share of the top PageRank, to 1/100", () => {
    const snapshot = { pagerank: new Map([["a", 0.04], ["b", 0.01]]), maxPagerank: 0.04 };
    expect(nodeSize(snapshot, "a")).toBe(NODE_SIZE_MAX);
    expect(nodeSize(snapshot, "b")).toBe(11); // 2 + 18 * sqrt(1/4)
    expect(nodeSize(snapshot, "missing")).toBe(NODE_SIZE_MIN);
    expect(nodeSize({ pagerank: new Map(), maxPagerank: 0 }, "a")).toBe(NODE_SIZE_MIN);
  });

  it("rounds a widened float32 coordinate to what a drawing needs, printing short", () => {
    const widened = Math.fround(447.2552);
    expect(String(widened).length).toBeGreaterThan(12);
    expect(forDisplay(widened)).toBe(447.26);
    expect(forDisplay(-9.107504844665527)).toBe(-9.11);
    expect(JSON.stringify(forDisplay(Math.fround(0.1)))).toBe("0.1");
  });
});
