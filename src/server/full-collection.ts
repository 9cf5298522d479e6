// One full garbage collection on demand, for the end of a restart from the graph cache.
// A restore allocates the whole graph in one burst of a few seconds. V8 sizes the old generation's next full
// collection from the heap it measured at its last one, which came early in that burst (at about a third of the
// final heap at 100k papers), so the first full collection fell 20-30 s after ready, under load: 0.7-1 s of marking
// in steps of up to 40 ms on the main thread, through which requests waited (a neighborhood's p99 at c=32 went from
// about 45 ms to 330 ms). The server collects once when the restored graph's full-text index is complete, the end
// of its start-up work, so that the next collection is sized from the settled heap; the pause (about a second at
// 100k papers) falls on the searches that were waiting for the index anyway, and on what is in flight then.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | undefined;

/** Runs a full, blocking garbage collection; returns its duration in milliseconds. */
export function fullCollection(): number {
  if (!collect) {
    // The documented way to reach V8's gc() without starting node with --expose-gc (v8.setFlagsFromString).
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  const started = performance.now();
  collect();
  return performance.now() - started;
}
