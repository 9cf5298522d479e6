import { describe, expect, it } from "vitest";
import { centrality, undirectedProjection } from "../../src/analytics";
import { buildGraph } from "../fixtures/graphs/build";

/** PageRank by solving x = (1 - alpha)/N + alpha * W D^-1 x exactly (Gaussian elimination); no dangling nodes. */
function exactPagerank(nodes: string[], weights: [string, string, number][], alpha = 0.85): Map<string, number> {
  const n = nodes.length;
  const index = new Map(nodes.map((k, i) => [k, i]));
  const W = nodes.map(() => new Array<number>(n).fill(0));
  for (const [a, b, w] of weights) {
    W[index.get(a)!][index.get(b)!] += w;
    W[index.get(b)!][index.get(a)!] += w;
  }
  const strength = W.map((row) => row.reduce((s, x) => s + x, 0));
  // (I - alpha * W D^-1) x = (1 - alpha) / n
  const M = nodes.map((_, i) => [...nodes.map((_, j) => (i === j ? 1 : 0) - (alpha * W[i][j]) / strength[j]), (1 - alpha) / n]);
  for (let c = 0; c < n; c++) {
    const pivot = M.findIndex((row, r) => r >= c && Math.abs(row[c]) > 1e-12);
    [M[c], M[pivot]] = [M[pivot], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return new Map(nodes.map((k, i) => [k, M[i][n] / M[i][i]]));
}

describe("centrality", () => {
  it("matches the closed form on a star (one paper, three concepts)", () => {
    // Centre: ((1 - a)/N + a) / (1 + a) = 0.8875 / 1.85; leaves share the rest.
    const { pagerank, degree } = centrality(buildGraph(["p MENTIONS a", "p MENTIONS b", "p MENTIONS c"]));
    expect(pagerank.get("paper:p")).toBeCloseTo(0.4797297, 6);
    for (const leaf of ["concept:a", "concept:b", "concept:c"]) expect(pagerank.get(leaf)).toBeCloseTo(0.1734234, 6);
    expect(degree.get("paper:p")).toBe(3);
    expect(degree.get("concept:a")).toBe(1);
  });

  it("matches the exact solution of the PageRank equations on a weighted graph", () => {
    // a -1- p1 -3- b -1- p2 -2- c, plus p1 -1- c; p1 USES b twice over (USES 2 + COMPARES_WITH 1 = 3).
    const g = buildGraph(["p1 MENTIONS a", "p1 USES b 2", "p1 COMPARES_WITH b 1", "p2 USES b", "p2 MENTIONS c 2", "p1 MENTIONS c"]);
    const expected = exactPagerank(
      ["concept:a", "paper:p1", "method:b", "paper:p2", "concept:c"],
      [
        ["concept:a", "paper:p1", 1],
        ["paper:p1", "method:b", 3],
        ["method:b", "paper:p2", 1],
        ["paper:p2", "concept:c", 2],
        ["paper:p1", "concept:c", 1],
      ],
    );
    const { pagerank, degree } = centrality(g);
    let sum = 0;
    for (const [node, value] of expected) {
      expect(pagerank.get(node)).toBeCloseTo(value, 7);
      sum += pagerank.get(node)!;
    }
    expect(sum).toBeCloseTo(1, 9);
    expect(degree.get("paper:p1")).toBe(3); // parallel edges to b count once
    expect(undirectedProjection(g).getEdgeAttribute("paper:p1", "method:b", "weight")).toBe(3);
  });
});
