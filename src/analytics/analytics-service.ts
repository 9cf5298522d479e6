// Keeps an analytics snapshot in step with a graph store: computed once at start, refreshed after every change
// on a worker thread (queries keep reading the previous snapshot until the new one is swapped in).
import { Worker } from "node:worker_threads";
import type { GraphStore } from "../graph";
import { workerEntry, type WorkerEntry } from "../graph/worker-entry";
import { analyticsInput, transferables } from "./analytics-input";
import { computeAnalytics, type AnalyticsOptions, type AnalyticsSnapshot } from "./compute-analytics";
import type { Position } from "./layout";

export interface AnalyticsServiceOptions extends AnalyticsOptions {
  /** Refresh on a worker thread (default) or synchronously on a later turn of the event loop. */
  background?: boolean;
}

export class AnalyticsService {
  private current?: AnalyticsSnapshot;
  private computedFor = -1;
  private running = false;
  private worker?: Worker;
  private jobs = 0;
  private readonly unsubscribe: () => void;
  /** Background refreshes that failed (the previous snapshot stays in use); the last error, for logs. */
  lastError?: string;

  constructor(
    private readonly store: GraphStore,
    private readonly options: AnalyticsServiceOptions = {},
  ) {
    this.unsubscribe = store.onChange(() => {
      if (this.current) this.schedule();
    });
  }

  /** The snapshot to answer with: computed now if there is none, else possibly behind the latest change while a refresh runs. */
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

  /** Serves a snapshot computed earlier for this very graph (restored from the graph cache) instead of computing one. */
  adopt(snapshot: AnalyticsSnapshot): void {
    this.current = snapshot;
    this.computedFor = this.store.version;
  }

  /** Starts one refresh unless one is running; when it ends, another starts if the graph changed meanwhile. */
  schedule(): void {
    if (this.running || !this.stale) return;
    this.running = true;
    const version = this.store.version;
    const done = (snapshot?: AnalyticsSnapshot) => {
      if (snapshot) {
        this.current = snapshot;
        this.computedFor = version;
      }
      this.running = false;
      if (this.stale) this.schedule();
    };
    const entry = this.options.background === false ? undefined : workerEntry(__dirname, "analytics-worker");
    if (!entry) {
      setImmediate(() => done(computeAnalytics(this.store.graph, { ...this.options, previous: this.current }))).unref?.();
      return;
    }
    this.runInWorker(entry).then(done, (error: unknown) => {
      this.lastError = error instanceof Error ? error.message : String(error);
      done();
    });
  }

  /** Resolves when no refresh is running and the snapshot matches the graph (tests and benchmarks). */
  async settled(): Promise<void> {
    while (this.running || this.stale) {
      if (!this.running) this.schedule();
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private runInWorker(entry: WorkerEntry): Promise<AnalyticsSnapshot> {
    if (!this.worker) {
      this.worker = new Worker(entry.file, { execArgv: entry.execArgv });
      this.worker.unref();
    }
    const worker = this.worker;
    const id = ++this.jobs;
    const { background: _background, ...options } = this.options;
    return new Promise((resolve, reject) => {
      const onMessage = (message: { id: number; snapshot?: AnalyticsSnapshot; error?: string }) => {
        if (message.id !== id) return;
        cleanup();
        if (message.snapshot) resolve(message.snapshot);
        else reject(new Error(message.error ?? "analytics worker failed"));
      };
      const onError = (error: Error) => {
        cleanup();
        this.worker = undefined;
        reject(error);
      };
      const cleanup = () => {
        worker.off("message", onMessage);
        worker.off("error", onError);
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      const input = analyticsInput(this.store.graph);
      // A restored snapshot reads its positions from columns (column-map.ts), which do not cross threads: a Map does.
      const positions = this.current?.positions;
      const previous = positions && { positions: positions instanceof Map ? positions : new Map(positions) };
      worker.postMessage({ id, input, options: { ...options, previous } }, transferables(input));
    });
  }

  /** Stops the worker and listening to the store. */
  async close(): Promise<void> {
    this.unsubscribe();
    await this.worker?.terminate();
    this.worker = undefined;
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
export function analyticsFor(store: GraphStore, options?: AnalyticsServiceOptions): AnalyticsService {
  let service = services.get(store);
  if (!service) services.set(store, (service = new AnalyticsService(store, options)));
  return service;
}
