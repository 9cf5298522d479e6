import { describe, expect, it } from "vitest";
import { GraphStore } from "../../src/graph/graph-store";
import { result } from "../helpers/results";

describe("GraphStore.paperKeys with a filter", () => {
  // 100 papers all using a common method, every 10th a rare one too, every 20th with code: a rare method's papers
  // are few enough to be ordered by position, the common method's are filtered by a scan; both keep corpus order.
  const results = Array.from({ length: 100 }, (_, i) =>
    result(
      `p${String(99 - i).padStart(3, "0")}`,
      `Paper ${i}`,
      [{ rel: "USES", name: "gradient descent" }, ...(i % 10 === 0 ? [{ rel: "USES" as const, name: "rare pruning" }] : [])],
      { codeUrls: i % 20 === 0 ? [`https://github.com/x/p${i}`] : [] },
    ),
  );
  const store = GraphStore.fromResults(results);
  const all = store.paperKeys();
  const scan = (keep: (k: string) => boolean) => all.filter(keep);

  it("returns a small restriction in corpus order, as a scan would", () => {
    const rare = store.paperKeys({ methods: ["rare pruning"] });
    expect(rare).toHaveLength(10);
    expect(rare).toEqual(scan((k) => rare.includes(k)));
    expect(rare[0]).toBe(all[0]);
  });

  it("combines a small restriction with hasCode, and a large one by scanning", () => {
    expect(store.paperKeys({ methods: ["rare pruning"], hasCode: true })).toEqual(scan((k) => store.paper(k)!.codeUrls.length > 0));
    expect(store.paperKeys({ methods: ["rare pruning"], hasCode: false })).toHaveLength(5);
    expect(store.paperKeys({ methods: ["gradient descent"] })).toEqual(all);
    expect(store.paperKeys({ methods: ["gradient descent"], hasCode: true })).toHaveLength(5);
  });

  it("sees papers added later", () => {
    store.addAll([result("p-new", "A new paper", [{ rel: "USES", name: "rare pruning" }])]);
    const rare = store.paperKeys({ methods: ["rare pruning"] });
    expect(rare).toHaveLength(11);
    expect(rare).toEqual(store.paperKeys().filter((k) => rare.includes(k)));
  });
});

describe("GraphStore.paperKeys, kept lists", () => {
  it("answers a repeated entity filter with the same list until the graph changes", () => {
    const store = GraphStore.fromResults([result("a1", "One", [{ rel: "USES", name: "dropout" }]), result("a2", "Two", [{ rel: "USES", name: "dropout" }])]);
    const first = store.paperKeys({ methods: ["dropout"] });
    expect(store.paperKeys({ methods: ["dropout"] })).toBe(first);
    expect(store.paperKeys({ methods: ["dropout"], hasCode: true })).toEqual([]);
    store.addAll([result("a3", "Three", [{ rel: "USES", name: "dropout" }])]);
    expect(store.paperKeys({ methods: ["dropout"] })).toHaveLength(3);
    store.removePaper("a1");
    expect(store.paperKeys({ methods: ["dropout"] })).toEqual(["paper:a2", "paper:a3"]);
  });
});
