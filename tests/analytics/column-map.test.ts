import { describe, expect, it } from "vitest";
import { ColumnMap } from "../../src/analytics/column-map";

describe("ColumnMap", () => {
  const keys = ["a", "b", "c", "d"];
  const index = new Map(keys.map((k, i) => [k, i]));
  const column = Float64Array.from([0.5, NaN, 2, 0]);
  const map = new ColumnMap(keys, index, (i) => (Number.isNaN(column[i]) ? undefined : column[i]));

  it("answers like the Map of its present entries, in key order", () => {
    const expected = new Map([["a", 0.5], ["c", 2], ["d", 0]]);
    expect(map.size).toBe(3);
    expect([...map]).toEqual([...expected]);
    expect([...map.keys()]).toEqual(["a", "c", "d"]);
    expect([...map.values()]).toEqual([0.5, 2, 0]);
    for (const key of [...keys, "missing"]) {
      expect(map.get(key)).toBe(expected.get(key));
      expect(map.has(key)).toBe(expected.has(key));
    }
    const seen: [string, number][] = [];
    map.forEach((value, key, self) => {
      expect(self).toBe(map);
      seen.push([key, value]);
    });
    expect(seen).toEqual([...expected]);
  });

  it("keeps zero values (a node with degree 0 has an entry)", () => {
    expect(map.get("d")).toBe(0);
    expect(map.has("d")).toBe(true);
  });
});
