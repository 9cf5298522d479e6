// The full-text index on a worker thread: the server's, for large graphs. MiniSearch's index of 100k abstracts is
// about 500 MB of small objects; held by the main thread it lengthened every young-generation collection (V8 visits
// each old-generation page) and every full one, and a search (about 100 ms at that size) held up every other query.
// Here the main thread only turns nodes into documents and posts them, in slices between requests; the worker
// applies changes and answers searches in the order they were posted.
import { Worker } from "node:worker_threads";
import type { KnowledgeGraph } from "../domain";
import type { SearchWorkerReply, SearchWorkerRequest } from "./search-worker";
import { toDocument, type FullTextIndex, type SearchOptions, type SearchResult } from "./search-index";
import { inSlices } from "./in-slices";
import { workerEntry } from "./worker-entry";

/** How long one slice of posting the initial documents may hold the event loop. */
const SLICE_MS = 10;
/** Documents per message while posting the initial ones. */
const BATCH = 500;

type Pending = { resolve: (hits: SearchResult[]) => void; reject: (error: Error) => void };

export class WorkerSearchIndex implements FullTextIndex {
  private readonly worker: Worker;
  /** Changes not yet posted, in order (consecutive ones of a type merged); posted at the end of the current task. */
  private readonly queue: SearchWorkerRequest[] = [];
  private flushScheduled = false;
  /** Nodes still to post from the initial graph, from `next` on; undefined once every one is posted. */
  private initial?: { keys: string[]; next: number };
  private ready?: Promise<void>;
  private readonly waiting = new Map<number, Pending>();
  private nextId = 0;
  private failure?: Error;

  /** Starts the worker and posts every node of `graph` to it in the background (whenComplete says when indexed). */
  constructor(private readonly graph: KnowledgeGraph) {
    const entry = workerEntry(__dirname, "search-worker");
    if (!entry) throw new Error("search worker script not found next to worker-search-index");
    this.worker = new Worker(entry.file, { execArgv: entry.execArgv });
    this.worker.unref();
    this.worker.on("message", (reply: SearchWorkerReply) => this.settle(reply));
    this.worker.on("error", (error: Error) => this.fail(error));
    this.worker.on("exit", (code) => this.fail(new Error(`search worker exited (code ${code})`)));
    this.initial = { keys: graph.nodes(), next: 0 };
  }

  get complete(): boolean {
    return this.initial === undefined;
  }

  upsert(graph: KnowledgeGraph, key: string): void {
    const doc = toDocument(graph, key);
    const last = this.queue[this.queue.length - 1];
    if (last?.type === "upsert") last.docs.push(doc);
    else this.enqueue({ type: "upsert", docs: [doc] });
  }

  remove(key: string): void {
    const last = this.queue[this.queue.length - 1];
    if (last?.type === "remove") last.keys.push(key);
    else this.enqueue({ type: "remove", keys: [key] });
  }

  async find(query: string, options?: SearchOptions): Promise<SearchResult[]> {
    await this.whenComplete();
    return this.request({ type: "search", id: 0, query, options });
  }

  /** Posts the initial documents in slices (once); resolves when the worker has indexed them. */
  whenComplete(): Promise<void> {
    this.ready ??= inSlices((deadline) => {
      if (this.failure) throw this.failure;
      this.postInitial(deadline);
      return !this.initial;
    }, SLICE_MS)
      // An empty search answered means every document posted before it is indexed.
      .then(() => this.request({ type: "search", id: 0, query: "" }))
      .then(() => undefined);
    return this.ready;
  }

  async close(): Promise<void> {
    this.failure ??= new Error("search index closed");
    await this.worker.terminate();
  }

  private postInitial(deadline: number): void {
    const initial = this.initial;
    if (!initial) return;
    this.flush();
    while (initial.next < initial.keys.length) {
      const docs = [];
      const end = Math.min(initial.keys.length, initial.next + BATCH);
      // Nodes removed meanwhile are skipped; changed ones are posted as they are now (upserts replace).
      for (; initial.next < end; initial.next++) {
        const key = initial.keys[initial.next];
        if (this.graph.hasNode(key)) docs.push(toDocument(this.graph, key));
      }
      this.worker.postMessage({ type: "upsert", docs } satisfies SearchWorkerRequest);
      if (performance.now() >= deadline) return;
    }
    this.initial = undefined;
  }

  private enqueue(request: SearchWorkerRequest): void {
    this.queue.push(request);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    queueMicrotask(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    for (const request of this.queue.splice(0)) this.worker.postMessage(request);
  }

  private request(request: Extract<SearchWorkerRequest, { type: "search" }>): Promise<SearchResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    this.flush();
    const id = ++this.nextId;
    return new Promise<SearchResult[]>((resolve, reject) => {
      // Referenced while a reply is awaited, so that a script awaiting a search does not exit first.
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  private settle(reply: SearchWorkerReply): void {
    const pending = this.waiting.get(reply.id);
    if (!pending) return;
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) this.worker.unref();
    if ("error" in reply) pending.reject(new Error(reply.error));
    else pending.resolve(reply.hits);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.waiting.values()) pending.reject(this.failure);
    this.waiting.clear();
  }
}
