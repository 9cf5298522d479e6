import { describe, expect, it } from "vitest";
import { GraphStore } from "../../src/graph/graph-store";
import { result, smallCorpus } from "../helpers/results";

describe("GraphStore.stats", () => {
  it("is counted once per change and follows additions and removals", () => {
    const store = GraphStore.fromResults(smallCorpus());
    const first = store.stats();
    expect(store.stats()).toBe(first);
    store.addAll([result("p9", "Experts on CIFAR", [{ rel: "EVALUATES_ON", name: "CIFAR-10" }])]);
    const added = store.stats();
    expect(added.papers).toBe(first.papers + 1);
    expect(added.edgesByType.EVALUATES_ON).toBe(first.edgesByType.EVALUATES_ON + 1);
    store.removePaper("p9");
    expect(store.stats().papers).toBe(first.papers);
    expect(store.stats().edges).toBe(first.edges);
  });
});
