// papergraph's HTTP server: GraphQL over Apollo's HTTP API, health and readiness, and extra routes, on node:http.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { HeaderMap, type ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import type { GraphStore } from "../graph";
import type { GraphQLContext } from "../graphql";
import type { CorpusStore } from "../store";
import { createApollo } from "./apollo";
import { BodyTooLargeError, readBody } from "./read-body";

export interface Route {
  method: "GET" | "POST";
  /** Exact path, or a prefix when it ends with "/". */
  path: string;
  handle(req: IncomingMessage, res: ServerResponse, url: URL, server: PapergraphServer): void | Promise<void>;
}

export interface ServerOptions {
  production?: boolean;
  /** Largest accepted request body in bytes. */
  bodyLimit?: number;
  /** The key mutations require as a bearer token (PAPERGRAPH_API_KEY); mutations are disabled without one. */
  apiKey?: string;
  routes?: Route[];
  plugins?: ApolloServerPlugin<GraphQLContext>[];
  onInternalError?: (error: unknown) => void;
}

export const DEFAULT_BODY_LIMIT = 1_000_000;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function graphqlError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

export class PapergraphServer {
  readonly apollo: ApolloServer<GraphQLContext>;
  readonly http: Server;
  private current?: GraphStore;
  /** The durable corpus mutations write to; closed on stop. */
  corpus?: CorpusStore;
  private readonly routes: Route[];
  private readonly bodyLimit: number;
  private started = false;

  constructor(private readonly options: ServerOptions = {}) {
    this.apollo = createApollo({ production: options.production ?? false, plugins: options.plugins, onInternalError: options.onInternalError });
    this.routes = options.routes ?? [];
    this.bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
    this.http = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        options.onInternalError?.(error);
        if (!res.headersSent) graphqlError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
        else res.end();
      });
    });
  }

  /** The graph being served; undefined while loading. */
  get store(): GraphStore | undefined {
    return this.current;
  }

  /** Serves this store from now on (the server becomes ready). */
  setStore(store: GraphStore): void {
    this.current = store;
  }

  get ready(): boolean {
    return this.current !== undefined;
  }

  /** Starts Apollo and listens; resolves with the GraphQL URL. Port 0 picks a free port. */
  async listen(port: number, host: string): Promise<string> {
    if (!this.started) {
      await this.apollo.start();
      this.started = true;
    }
    await new Promise<void>((resolve, reject) => {
      this.http.once("error", reject);
      this.http.listen(port, host, () => {
        this.http.off("error", reject);
        resolve();
      });
    });
    return `${this.baseUrl()}/graphql`;
  }

  baseUrl(): string {
    const address = this.http.address() as AddressInfo;
    const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}`;
  }

  /** Stops accepting connections, lets in-flight requests finish, then stops Apollo. */
  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.http.close(() => resolve());
      this.http.closeIdleConnections();
    });
    if (this.started) await this.apollo.stop();
    await this.corpus?.close();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const method = req.method ?? "GET";
    if (url.pathname === "/healthz" && (method === "GET" || method === "HEAD")) {
      sendJson(res, 200, { status: this.ready ? "ok" : "loading", papers: this.current?.stats().papers ?? 0 });
      return;
    }
    if (url.pathname === "/readyz" && (method === "GET" || method === "HEAD")) {
      if (!this.current) return sendJson(res, 503, { status: "loading" });
      const s = this.current.stats();
      sendJson(res, 200, { status: "ready", papers: s.papers, nodes: s.nodes, edges: s.edges });
      return;
    }
    if (url.pathname === "/graphql") return this.handleGraphQL(req, res, url, method);
    for (const route of this.routes) {
      const matches = route.path.endsWith("/") ? url.pathname.startsWith(route.path) : url.pathname === route.path;
      if (matches && (route.method === method || (route.method === "GET" && method === "HEAD"))) {
        await route.handle(req, res, url, this);
        return;
      }
    }
    sendJson(res, 404, { error: `no route for ${method} ${url.pathname}`, code: "NOT_FOUND" });
  }

  private async handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, method: string): Promise<void> {
    if (method !== "GET" && method !== "POST") {
      res.setHeader("allow", "GET, POST");
      return graphqlError(res, 405, "METHOD_NOT_ALLOWED", `${method} is not supported on /graphql; use POST (or GET for queries)`);
    }
    const store = this.current;
    if (!store) return graphqlError(res, 503, "SERVICE_UNAVAILABLE", "the graph is still loading; retry shortly");
    let body: unknown;
    if (method === "POST") {
      let text: string;
      try {
        text = await readBody(req, this.bodyLimit);
      } catch (error) {
        if (error instanceof BodyTooLargeError) return graphqlError(res, 413, "PAYLOAD_TOO_LARGE", error.message);
        throw error;
      }
      const type = String(req.headers["content-type"] ?? "");
      if (type.includes("json")) {
        try {
          body = JSON.parse(text);
        } catch (error) {
          return graphqlError(res, 400, "BAD_REQUEST", `request body is not valid JSON: ${(error as Error).message}`);
        }
      } else {
        body = text;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const requestId = (typeof req.headers["x-request-id"] === "string" && req.headers["x-request-id"].slice(0, 100)) || randomUUID();
    res.setHeader("x-request-id", requestId);
    const response = await this.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: url.search, body },
      context: async () => ({ store, requestId, authorization: req.headers.authorization, apiKey: this.options.apiKey, corpus: this.corpus }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}
