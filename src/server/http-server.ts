// papergraph's HTTP server: GraphQL over Apollo's HTTP API with query limits, health, readiness, metrics, CORS,
// request ids, one JSON log line per request, extra routes, and a graceful stop, on node:http.
import type { IngestLimits } from "../domain";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { randomUUID } from "node:crypto";
import { HeaderMap, type ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { parse, type GraphQLFormattedError, type GraphQLSchema, type ValidationRule } from "graphql";
import { DEFAULT_LIMITS, type QueryLimits } from "../config";
import type { GraphStore } from "../graph";
import { buildPapergraphSchema, createFormatError, type GraphQLContext, type OperationTrace } from "../graphql";
import { QueryBudget, checkQueryShape, queryShapeRules } from "../graphql/limits";
import type { CorpusStore } from "../store";
import { createApollo } from "./apollo";
import { applyCors } from "./cors";
import { silentLogger, type Logger } from "./logger";
import { ServerMetrics } from "./metrics";
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
  /** Limits on mutation input; DEFAULT_INGEST_LIMITS by default. */
  ingestLimits?: IngestLimits;
  /** Query limits (depth, aliases, tokens, directives, cost, traversal depth, timeout); DEFAULT_LIMITS by default. */
  limits?: QueryLimits;
  /** Origins allowed by CORS; empty (the default) sends no CORS headers. */
  corsOrigins?: string[];
  /** JSON logger; silent by default. */
  logger?: Logger;
  /** Collect Node's process metrics into /metrics (default true). */
  processMetrics?: boolean;
  routes?: Route[];
  plugins?: ApolloServerPlugin<GraphQLContext>[];
  onInternalError?: (error: unknown) => void;
  /** Another schema (tests inject slow resolvers this way); papergraph's by default. */
  schema?: GraphQLSchema;
}

export interface StopResult {
  /** Requests still running at the deadline, whose connections were closed. */
  abandoned: number;
}

export const DEFAULT_BODY_LIMIT = 1_000_000;
/** Accepted query strings up to this length are remembered, so repeated operations skip the pre-check parse. */
const CHECKED_QUERY_MAX_LENGTH = 4096;
const CHECKED_QUERY_CACHE = 1000;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** What the per-request log line and metrics need, filled in as the request goes. */
interface RequestRecord {
  id: string;
  route: string;
  budget?: QueryBudget;
  trace?: OperationTrace;
}

export class PapergraphServer {
  readonly apollo: ApolloServer<GraphQLContext>;
  readonly http: Server;
  readonly metrics: ServerMetrics;
  readonly logger: Logger;
  readonly limits: QueryLimits;
  /** The durable corpus mutations write to; closed on stop. */
  corpus?: CorpusStore;
  private current?: GraphStore;
  private readonly routes: Route[];
  private readonly bodyLimit: number;
  private readonly schema: GraphQLSchema;
  private readonly shapeRules: ValidationRule[];
  private readonly formatError: ReturnType<typeof createFormatError>;
  private readonly checkedQueries = new Set<string>();
  private started = false;
  private stopping = false;
  private inFlight = 0;
  private readonly responses = new Set<ServerResponse>();

  constructor(private readonly options: ServerOptions = {}) {
    const production = options.production ?? false;
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.logger = options.logger ?? silentLogger();
    const onInternalError = (error: unknown, requestId?: string) => {
      this.logger.error({ reqId: requestId, err: error }, "internal error");
      options.onInternalError?.(error);
    };
    this.schema = options.schema ?? buildPapergraphSchema();
    this.apollo = createApollo({ production, limits: this.limits, plugins: options.plugins, onInternalError, schema: this.schema });
    this.shapeRules = queryShapeRules(this.limits);
    this.formatError = createFormatError({ mask: production, onInternalError });
    this.routes = options.routes ?? [];
    this.bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
    this.metrics = new ServerMetrics(() => this.current?.stats(), { processMetrics: options.processMetrics });
    this.http = createServer((req, res) => this.serve(req, res));
    // Slow or stalled clients cannot hold a connection forever.
    this.http.headersTimeout = 10_000;
    this.http.requestTimeout = 30_000;
    this.http.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
      if (error.code === "ECONNRESET" || !socket.writable) return socket.destroy();
      const body = JSON.stringify({ errors: [{ message: "malformed HTTP request", extensions: { code: "BAD_REQUEST" } }] });
      socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    });
  }

  /** The graph being served; undefined while loading. */
  get store(): GraphStore | undefined {
    return this.current;
  }

  /** Serves this store from now on (the server becomes ready); stop() closes it (its full-text index's worker). */
  setStore(store: GraphStore): void {
    this.current = store;
  }

  get ready(): boolean {
    return this.current !== undefined && !this.stopping;
  }

  /** Requests being served right now. */
  get activeRequests(): number {
    return this.inFlight;
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

  /**
   * Stops accepting connections, lets in-flight requests finish (closing each connection after its response), and
   * after `timeoutMs` closes whatever is left; then stops Apollo and closes the corpus store and the graph store.
   */
  async stop(timeoutMs = 10_000): Promise<StopResult> {
    this.stopping = true;
    // Responses still being prepared say `connection: close`, so their clients do not send more on those sockets.
    for (const res of this.responses) if (!res.headersSent) res.shouldKeepAlive = false;
    let abandoned = 0;
    if (this.http.listening) {
      const closed = new Promise<void>((resolve) => this.http.close(() => resolve()));
      this.http.closeIdleConnections();
      const timer = setTimeout(() => {
        abandoned = this.inFlight;
        this.http.closeAllConnections();
      }, timeoutMs);
      await closed;
      clearTimeout(timer);
    }
    if (this.started) await this.apollo.stop();
    await this.corpus?.close();
    await this.current?.close();
    return { abandoned };
  }

  private serve(req: IncomingMessage, res: ServerResponse): void {
    const t0 = performance.now();
    const header = req.headers["x-request-id"];
    const record: RequestRecord = {
      id: typeof header === "string" && /^[\w.:-]{1,100}$/.test(header) ? header : randomUUID(),
      route: "not_found",
    };
    res.setHeader("x-request-id", record.id);
    if (this.stopping) res.setHeader("connection", "close");
    this.inFlight++;
    this.responses.add(res);
    this.metrics.inFlight.inc();
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      this.inFlight--;
      this.responses.delete(res);
      this.metrics.inFlight.dec();
      this.record(req, res, record, performance.now() - t0);
      // A keep-alive connection whose response ends during shutdown is closed rather than kept.
      if (this.stopping) setImmediate(() => this.http.closeIdleConnections());
    };
    res.once("finish", finish);
    res.once("close", finish);
    this.handle(req, res, record).catch((error: unknown) => {
      this.logger.error({ reqId: record.id, err: error }, "unhandled error while serving a request");
      this.options.onInternalError?.(error);
      if (!res.headersSent) {
        sendJson(res, 500, { errors: [{ message: `Internal server error (request ${record.id})`, extensions: { code: "INTERNAL_SERVER_ERROR", requestId: record.id } }] });
      } else res.end();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse, record: RequestRecord): Promise<void> {
    if (applyCors(req, res, this.options.corsOrigins ?? [])) {
      record.route = "preflight";
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
    } catch {
      return sendJson(res, 400, { errors: [{ message: "malformed request target", extensions: { code: "BAD_REQUEST" } }] });
    }
    const method = req.method ?? "GET";
    const read = method === "GET" || method === "HEAD";
    if (url.pathname === "/healthz" && read) {
      record.route = "healthz";
      sendJson(res, 200, { status: this.current ? "ok" : "loading", papers: this.current?.stats().papers ?? 0 });
      return;
    }
    if (url.pathname === "/readyz" && read) {
      record.route = "readyz";
      if (this.stopping) return sendJson(res, 503, { status: "stopping" });
      if (!this.current) return sendJson(res, 503, { status: "loading" });
      const s = this.current.stats();
      sendJson(res, 200, { status: "ready", papers: s.papers, nodes: s.nodes, edges: s.edges });
      return;
    }
    if (url.pathname === "/metrics" && read) {
      record.route = "metrics";
      const text = await this.metrics.registry.metrics();
      res.writeHead(200, { "content-type": this.metrics.registry.contentType, "content-length": Buffer.byteLength(text) });
      res.end(text);
      return;
    }
    if (url.pathname === "/graphql") {
      record.route = "graphql";
      return this.handleGraphQL(req, res, url, method, record);
    }
    for (const route of this.routes) {
      const matches = route.path.endsWith("/") ? url.pathname.startsWith(route.path) : url.pathname === route.path;
      if (matches && (route.method === method || (route.method === "GET" && method === "HEAD"))) {
        record.route = route.path;
        await route.handle(req, res, url, this);
        return;
      }
    }
    sendJson(res, 404, { error: `no route for ${method} ${url.pathname.slice(0, 200)}`, code: "NOT_FOUND" });
  }

  private async handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, method: string, record: RequestRecord): Promise<void> {
    const budget = new QueryBudget(this.limits.maxCost, this.limits.timeoutMs);
    const trace: OperationTrace = { errorCodes: [] };
    record.budget = budget;
    record.trace = trace;
    const fail = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) => {
      trace.errorCodes.push(code);
      sendJson(res, status, { errors: [{ message, extensions: { code, ...extra } }], extensions: { cost: budget.report() } });
    };
    if (method !== "GET" && method !== "POST") {
      res.setHeader("allow", "GET, POST");
      return fail(405, "METHOD_NOT_ALLOWED", `${method} is not supported on /graphql; use POST (or GET for queries)`);
    }
    const store = this.current;
    if (!store) return fail(503, "SERVICE_UNAVAILABLE", "the graph is still loading; retry shortly");
    let body: unknown;
    if (method === "POST") {
      let text: string;
      try {
        text = await readBody(req, this.bodyLimit);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          res.setHeader("connection", "close");
          return fail(413, "PAYLOAD_TOO_LARGE", error.message, { limit: "bodyLimit", max: error.limit });
        }
        throw error;
      }
      const type = String(req.headers["content-type"] ?? "");
      if (type.includes("json")) {
        try {
          body = JSON.parse(text);
        } catch (error) {
          return fail(400, "BAD_REQUEST", `request body is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
        }
      } else {
        body = text;
      }
    }
    const query = method === "POST" ? (body as { query?: unknown } | null)?.query : url.searchParams.get("query");
    const rejected = typeof query === "string" ? this.precheck(query) : undefined;
    if (rejected) {
      trace.errorCodes.push(String(rejected.extensions?.code));
      sendJson(res, 400, { errors: [rejected], extensions: { cost: budget.report() } });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const response = await this.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: url.search, body },
      context: async () => ({
        store,
        requestId: record.id,
        authorization: req.headers.authorization,
        apiKey: this.options.apiKey,
        ingestLimits: this.options.ingestLimits,
        corpus: this.corpus,
        budget,
        trace,
      }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(budget.reported ? response.body.string : this.completeEarlyResponse(response.body.string, record, budget, trace));
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  /**
   * Checks the document's shape before Apollo validates it: graphql-js's full validation of a hostile document
   * (hundreds of aliases or repeated fields) costs tens of milliseconds, this check about one. Returns the formatted
   * error of the first broken limit; syntax errors are left to Apollo, which reports them the standard way.
   */
  private precheck(query: string): GraphQLFormattedError | undefined {
    if (this.checkedQueries.has(query)) return undefined;
    let document;
    try {
      document = parse(query, { maxTokens: this.limits.maxTokens });
    } catch {
      return undefined;
    }
    const error = checkQueryShape(this.schema, document, this.shapeRules);
    if (error) return this.formatError(error.toJSON(), error);
    if (query.length <= CHECKED_QUERY_MAX_LENGTH) {
      if (this.checkedQueries.size >= CHECKED_QUERY_CACHE) this.checkedQueries.clear();
      this.checkedQueries.add(query);
    }
    return undefined;
  }

  /** Responses Apollo sent before the limits plugin saw them (bad requests, CSRF): add the cost and collect codes. */
  private completeEarlyResponse(text: string, record: RequestRecord, budget: QueryBudget, trace: OperationTrace): string {
    try {
      const body = JSON.parse(text) as { errors?: { extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> };
      if (!body || typeof body !== "object") return text;
      for (const error of body.errors ?? []) {
        const code = String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR");
        trace.errorCodes.push(code);
        if (code === "INTERNAL_SERVER_ERROR") error.extensions = { ...error.extensions, requestId: record.id };
      }
      body.extensions = { ...body.extensions, cost: budget.report() };
      return JSON.stringify(body);
    } catch {
      return text;
    }
  }

  /** One log line and the metrics of a finished request. */
  private record(req: IncomingMessage, res: ServerResponse, record: RequestRecord, ms: number): void {
    const status = res.statusCode;
    const method = req.method ?? "GET";
    this.metrics.httpRequests.inc({ route: record.route, method, status: String(status) });
    const entry: Record<string, unknown> = {
      reqId: record.id,
      method,
      path: (req.url ?? "/").split("?")[0].slice(0, 200),
      status,
      durationMs: Math.round(ms * 10) / 10,
    };
    if (record.trace && record.budget) {
      const operation = this.metrics.operationLabel(record.trace.operationName);
      const codes = record.trace.errorCodes;
      this.metrics.operations.observe({ operation, outcome: codes.length ? "error" : "ok" }, ms / 1000);
      this.metrics.costActual.inc({ operation }, record.budget.actual);
      for (const code of codes) this.metrics.errors.inc({ code: /^[A-Z_]{1,40}$/.test(code) ? code : "OTHER" });
      entry.operation = record.trace.operationName ?? null;
      entry.cost = { requested: record.budget.requested, actual: record.budget.actual };
      if (codes.length) entry.errors = codes.slice(0, 5);
    }
    if (!res.writableFinished) entry.aborted = true;
    const quiet = record.route === "healthz" || record.route === "readyz" || record.route === "metrics";
    if (status >= 500) this.logger.error(entry, "request");
    else if (quiet) this.logger.debug(entry, "request");
    else this.logger.info(entry, "request");
  }
}
