// Worker thread entry: computes an analytics snapshot off the main thread, so refreshes never hold up queries.
import { parentPort } from "node:worker_threads";
import { graphFromAnalyticsInput, type AnalyticsInput } from "./analytics-input";
import { computeAnalytics, type AnalyticsOptions } from "./compute-analytics";

export interface AnalyticsJob {
  id: number;
  input: AnalyticsInput;
  options: AnalyticsOptions;
}

parentPort?.on("message", (job: AnalyticsJob) => {
  try {
    parentPort!.postMessage({ id: job.id, snapshot: computeAnalytics(graphFromAnalyticsInput(job.input), job.options) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
