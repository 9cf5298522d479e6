// Apollo Server hands a gateway executor a request context built by makeGatewayGraphQLRequestContext, whose
// `response.http` is an object literal with a `status` getter and setter closing over the request. Accessors that
// differ per object cost V8 a hidden class per literal before the object is turned into a dictionary, and the
// objects those closures reach then survive young-generation collections until the next full one (measured on a
// bare object literal as on the server): every request's whole state (parsed request, plugin promises, resolver
// results) was copied to the old generation, 3.2 MB per 50 MB allocated, making each scavenge 6-15 ms and
// filling the old generation for the major GC. Here the same context is built with a class whose accessors live
// on its prototype (one hidden class, fast properties), put in place of Apollo's function, which Apollo's request
// pipeline looks up on its module at each call.
import type { GraphQLRequestContext } from "@apollo/server";
import { replaceApolloExport } from "./apollo-export";

type NewRequestContext = GraphQLRequestContext<Record<string, unknown>> & {
  request: GraphQLRequestContext<Record<string, unknown>>["request"] & { http?: { method: string; search: string; headers: Map<string, string> } };
};

type Headers = Map<string, string>;
type HeadersAdapter = new (map: Headers) => unknown;
type Make = (context: NewRequestContext, server: { logger: unknown; cache: unknown }, internals: { includeStacktraceInErrorResponses?: boolean }) => Record<string, unknown>;

/** The gateway's view of the response: Apollo's headers adapter, and a status read from and written to Apollo's response. */
class GatewayResponseHttp {
  readonly headers: unknown;
  constructor(
    private readonly http: { headers: Headers; status?: number },
    Adapter: HeadersAdapter,
  ) {
    this.headers = new Adapter(http.headers);
  }
  get status(): number | undefined {
    return this.http.status;
  }
  set status(status: number | undefined) {
    this.http.status = status;
  }
}

/** Apollo's function with `response.http` as a GatewayResponseHttp; every other field as Apollo builds it. */
function withSharedShape(Adapter: HeadersAdapter): Make {
  return (context, server, internals) => {
    const source = context.request;
    const request: Record<string, unknown> = {};
    if ("query" in source) request.query = source.query;
    if ("operationName" in source) request.operationName = source.operationName;
    if ("variables" in source) request.variables = source.variables;
    if ("extensions" in source) request.extensions = source.extensions;
    if (source.http) {
      const { method, search, headers } = source.http;
      const question = search !== "" && !search.startsWith("?") ? "?" : "";
      request.http = { method, url: `https://unknown-url.invalid/${question}${search}`, headers: new Adapter(headers) };
    }
    return {
      request,
      response: { http: new GatewayResponseHttp(context.response.http as { headers: Headers; status?: number }, Adapter) },
      logger: server.logger,
      schema: context.schema,
      schemaHash: "schemaHash no longer exists since Apollo Server 4",
      context: context.contextValue,
      cache: server.cache,
      queryHash: context.queryHash,
      document: context.document,
      source: context.source,
      operationName: context.operationName,
      operation: context.operation,
      errors: context.errors,
      metrics: context.metrics,
      debug: internals.includeStacktraceInErrorResponses,
      overallCachePolicy: context.overallCachePolicy,
      requestIsBatched: context.requestIsBatched,
    };
  };
}

/**
 * Puts the shared-shape context builder in place of Apollo's (once). Returns false, leaving Apollo as it is, when
 * the module is not where Apollo Server 5 keeps it.
 */
export function installGatewayRequestContext(): boolean {
  return replaceApolloExport<Make>("./utils/makeGatewayGraphQLRequestContext.js", "makeGatewayGraphQLRequestContext", (original) => {
    // Apollo's headers adapter is not exported: one context built by Apollo's function yields its class.
    const probe = original({ request: { http: { method: "POST", search: "", headers: new Map() } }, response: { http: { headers: new Map() } } } as unknown as NewRequestContext, { logger: undefined, cache: undefined }, {});
    const Adapter = ((probe.request as { http: { headers: object } }).http.headers as object).constructor as HeadersAdapter;
    return withSharedShape(Adapter);
  });
}
