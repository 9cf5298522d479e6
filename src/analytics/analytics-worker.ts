// Worker thread entry: computes an analytics snapshot off the main thread, so refreshes never hold up queries.
import { parentPort } from "node:worker_threads";
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { KnowledgeGraph } from "../domain";
import { computeAnalytics, type AnalyticsOptions } from "./compute-analytics";

export interface AnalyticsJob {
  id: number;
  graph: SerializedGraph;
  options: AnalyticsOptions;
}

parentPort?.on("message", (job: AnalyticsJob) => {
  try {
    const graph = new MultiDirectedGraph() as KnowledgeGraph;
    graph.import(job.graph as never);
    parentPort!.postMessage({ id: job.id, snapshot: computeAnalytics(graph, job.options) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
