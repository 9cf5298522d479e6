// Worker thread entry: holds a full-text index fed with documents by WorkerSearchIndex and answers its searches in
// the order the messages came, so a search sees every change sent before it.
import { parentPort } from "node:worker_threads";
import { SearchIndex, type SearchDocument, type SearchOptions, type SearchResult } from "./search-index";

export type SearchWorkerRequest =
  | { type: "upsert"; docs: SearchDocument[] }
  | { type: "remove"; keys: string[] }
  | { type: "search"; id: number; query: string; options?: SearchOptions };

export type SearchWorkerReply = { id: number; hits: SearchResult[] } | { id: number; error: string };

const index = new SearchIndex();

parentPort?.on("message", (request: SearchWorkerRequest) => {
  switch (request.type) {
    case "upsert":
      for (const doc of request.docs) index.upsertDocument(doc);
      return;
    case "remove":
      for (const key of request.keys) index.remove(key);
      return;
    case "search":
      try {
        parentPort!.postMessage({ id: request.id, hits: index.search(request.query, request.options) } satisfies SearchWorkerReply);
      } catch (error) {
        parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies SearchWorkerReply);
      }
  }
});
