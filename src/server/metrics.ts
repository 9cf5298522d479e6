// Prometheus metrics (prom-client) of one server: HTTP requests, GraphQL operations by name with latency and cost,
// error codes, graph size, and the default process metrics, in a registry of its own.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export interface GraphSize {
  nodes: number;
  edges: number;
  papers: number;
}

/** Operation names are chosen by clients: only this many distinct ones get a label of their own. */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export class ServerMetrics {
  readonly registry = new Registry();
  readonly httpRequests: Counter<"route" | "method" | "status">;
  readonly inFlight: Gauge;
  readonly operations: Histogram<"operation" | "outcome">;
  readonly errors: Counter<"code">;
  readonly costActual: Counter<"operation">;
  private readonly names = new Set<string>();

  constructor(graphSize: () => GraphSize | undefined, options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.httpRequests = new Counter({
      name: "papergraph_http_requests_total",
      help: "HTTP requests by route, method and status code.",
      labelNames: ["route", "method", "status"],
      registers,
    });
    this.inFlight = new Gauge({ name: "papergraph_http_requests_in_flight", help: "HTTP requests being served.", registers });
    this.operations = new Histogram({
      name: "papergraph_graphql_request_duration_seconds",
      help: "GraphQL request latency by operation name (anonymous, or other past the label budget) and outcome (ok, error).",
      labelNames: ["operation", "outcome"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.errors = new Counter({ name: "papergraph_graphql_errors_total", help: "GraphQL errors by extensions.code.", labelNames: ["code"], registers });
    this.costActual = new Counter({
      name: "papergraph_graphql_cost_actual_total",
      help: "Objects resolved (extensions.cost.actual) by operation.",
      labelNames: ["operation"],
      registers,
    });
    const size = (name: string, help: string, key: keyof GraphSize) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(graphSize()?.[key] ?? 0);
        },
      });
    size("papergraph_graph_nodes", "Nodes in the served graph.", "nodes");
    size("papergraph_graph_edges", "Edges in the served graph.", "edges");
    size("papergraph_graph_papers", "Papers in the served graph.", "papers");
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** A bounded label for a client-chosen operation name. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (this.names.has(name)) return name;
    if (!OPERATION_NAME.test(name) || this.names.size >= MAX_OPERATION_LABELS) return "other";
    this.names.add(name);
    return name;
  }
}
