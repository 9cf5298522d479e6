// A PapergraphServer on a free port over a small hand-built graph, with its JSON log lines captured, for HTTP tests.
import "reflect-metadata";
import { Writable } from "node:stream";
import { GraphStore } from "../../src/graph";
import { PapergraphServer, type ServerOptions } from "../../src/server/http-server";
import { createLogger } from "../../src/server/logger";
import { smallCorpus } from "../helpers/results";

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: any;
  ms: number;
}

export interface TestServer {
  server: PapergraphServer;
  base: string;
  logs: Record<string, any>[];
  post(body: unknown, headers?: Record<string, string>): Promise<Reply>;
  get(path: string, headers?: Record<string, string>): Promise<Reply>;
  stop(): Promise<void>;
}

export async function startTestServer(options: ServerOptions = {}, store: GraphStore = GraphStore.fromResults(smallCorpus())): Promise<TestServer> {
  const logs: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split("\n")) if (line.trim()) logs.push(JSON.parse(line));
      callback();
    },
  });
  const server = new PapergraphServer({ processMetrics: false, logger: createLogger("debug", sink), ...options });
  server.setStore(store);
  await server.listen(0, "127.0.0.1");
  const base = server.baseUrl();
  const reply = async (res: Response, t0: number): Promise<Reply> => {
    const text = await res.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json, ms: performance.now() - t0 };
  };
  return {
    server,
    base,
    logs,
    async post(body, headers = {}) {
      const t0 = performance.now();
      const res = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      return reply(res, t0);
    },
    async get(path, headers = {}) {
      const t0 = performance.now();
      return reply(await fetch(`${base}${path}`, { headers }), t0);
    },
    async stop() {
      await server.stop(1000);
    },
  };
}
