import { describe, expect, it } from "vitest";
import { fullCollection } from "../../src/server/full-collection";

describe("fullCollection", () => {
  it("collects what is no longer reachable, without --expose-gc on the command line", () => {
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe("undefined");
    let garbage: { i: number; text: string }[] | undefined = Array.from({ length: 400_000 }, (_, i) => ({ i, text: `item ${i}` }));
    const before = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(400_000);
    garbage = undefined;
    const ms = fullCollection();
    expect(ms).toBeGreaterThanOrEqual(0);
    // 400k small objects and strings are tens of megabytes; a full collection frees them.
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 10 * 2 ** 20);
    // The main context's globals are left as they were.
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe("undefined");
  });
});
