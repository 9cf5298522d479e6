// The analytics service refreshes after changes on a worker thread, serving the previous snapshot meanwhile.
import { describe, expect, it } from "vitest";
import { GraphStore } from "../../src/graph";
import { AnalyticsService } from "../../src/analytics";
import { result, smallCorpus } from "../helpers/results";

describe("AnalyticsService", () => {
  for (const background of [true, false]) {
    it(`refreshes after a change without blocking (${background ? "worker thread" : "event loop"})`, async () => {
      const store = GraphStore.fromResults(smallCorpus());
      const service = new AnalyticsService(store, { background, layoutIterations: 20 });
      const first = service.snapshot();
      expect(first.positions.has("paper:p1")).toBe(true);
      expect(service.stale).toBe(false);

      store.addAll([result("p4", "Experts on CIFAR", [{ rel: "USES", name: "MoE" }, { rel: "EVALUATES_ON", name: "CIFAR-10" }])]);
      expect(service.stale).toBe(true);
      // Until the refresh lands, the previous snapshot answers and a new node still gets a finite position.
      expect(service.snapshot()).toBe(first);
      const p = service.position("paper:p4");
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);

      await service.settled();
      const next = service.snapshot();
      expect(next).not.toBe(first);
      expect(next.positions.has("paper:p4")).toBe(true);
      expect(next.pagerank.get("paper:p4")).toBeGreaterThan(0);
      expect(next.textIndex.docOf.has("paper:p4")).toBe(true);
      await service.close();
    });
  }
});
