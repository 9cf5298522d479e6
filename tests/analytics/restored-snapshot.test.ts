// A server restarted from the graph cache adopts a packed snapshot (restored from typed columns); the first refresh
// after a change sends its positions to the worker thread as the layout's start. (Its own file: a second worker
// thread started in the same vitest process as analytics-service.test.ts's has crashed the pool.)
import { describe, expect, it } from "vitest";
import { GraphStore } from "../../src/graph";
import { AnalyticsService, packSnapshot, unpackSnapshot } from "../../src/analytics";
import { result, smallCorpus } from "../helpers/results";

describe("AnalyticsService after a restore", () => {
  it("refreshes from a restored (packed) snapshot on the worker thread, keeping the old positions as a start", async () => {
    const store = GraphStore.fromResults(smallCorpus());
    const built = new AnalyticsService(store, { background: false, layoutIterations: 20 }).snapshot();
    const service = new AnalyticsService(store, { background: true, layoutIterations: 0 });
    service.adopt(unpackSnapshot(structuredClone(packSnapshot(built, store.graph.nodes())), store.graph.nodes()));
    store.addAll([result("p4", "Experts on CIFAR", [{ rel: "USES", name: "MoE" }])]);
    await service.settled();
    const next = service.snapshot();
    expect(next.positions.has("paper:p4")).toBe(true);
    // With no layout iterations, existing nodes stay where the restored snapshot had them.
    expect(next.positions.get("paper:p1")).toEqual(built.positions.get("paper:p1"));
    await service.close();
  });
});
