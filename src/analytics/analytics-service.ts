// Keeps an analytics snapshot in step with a graph store: computed once at start, refreshed after changes
// without making queries wait (they read the previous snapshot until the new one is swapped in).
import type { GraphStore } from "../graph";
import { computeAnalytics, type AnalyticsOptions, type AnalyticsSnapshot } from "./compute-analytics";
import type { Position } from "./layout";

export class AnalyticsService {
  private current?: AnalyticsSnapshot;
  private computedFor = -1;
  private scheduled?: NodeJS.Immediate;

  constructor(
    private readonly store: GraphStore,
    private readonly options: AnalyticsOptions = {},
  ) {}

  /** The snapshot to answer with: computed now if there is none, else possibly one change behind (a refresh is then scheduled). */
  snapshot(): AnalyticsSnapshot {
    if (!this.current) this.refreshNow();
    else if (this.stale) this.schedule();
    return this.current!;
  }

  /** Whether the graph changed since the snapshot was computed. */
  get stale(): boolean {
    return this.computedFor !== this.store.version;
  }

  /** Computes synchronously (start-up, tests, benchmarks). */
  refreshNow(): AnalyticsSnapshot {
    const version = this.store.version;
    this.current = computeAnalytics(this.store.graph, { ...this.options, previous: this.current });
    this.computedFor = version;
    return this.current;
  }

  /** Refreshes on a later turn of the event loop, once, however many changes come before it runs. */
  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = setImmediate(() => {
      this.scheduled = undefined;
      if (this.stale) this.refreshNow();
    });
    this.scheduled.unref?.();
  }

  /**
   * A node's position: from the snapshot, else (a node added since) the mean of its laid-out neighbours, else
   * the origin — always finite.
   */
  position(node: string): Position {
    const snap = this.snapshot();
    const known = snap.positions.get(node);
    if (known) return known;
    let x = 0;
    let y = 0;
    let n = 0;
    if (this.store.graph.hasNode(node)) {
      this.store.graph.forEachNeighbor(node, (neighbor) => {
        const p = snap.positions.get(neighbor);
        if (p) {
          x += p.x;
          y += p.y;
          n++;
        }
      });
    }
    return n ? { x: x / n, y: y / n } : { x: 0, y: 0 };
  }
}

const services = new WeakMap<GraphStore, AnalyticsService>();

/** The one analytics service of a store (created on first use). */
export function analyticsFor(store: GraphStore, options?: AnalyticsOptions): AnalyticsService {
  let service = services.get(store);
  if (!service) services.set(store, (service = new AnalyticsService(store, options)));
  return service;
}
