import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { installGatewayRequestContext } from "../../src/server/gateway-request-context";

setFlagsFromString("--allow-natives-syntax");
const haveSameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;
const hasFastProperties = new Function("o", "return %HasFastProperties(o)") as (o: object) => boolean;

type Make = (context: unknown, server: unknown, internals: unknown) => Record<string, any>;
const apolloModule = () =>
  require(path.join(path.dirname(require.resolve("@apollo/server")), "utils", "makeGatewayGraphQLRequestContext.js")) as { makeGatewayGraphQLRequestContext: Make };

function newRequestContext(status?: number) {
  return {
    request: { query: "{ a }", operationName: "A", variables: { x: 1 }, http: { method: "POST", search: "q=1", headers: new Map([["accept", "application/json"]]) } },
    response: { http: { headers: new Map<string, string>(), status } },
    schema: { kind: "schema" },
    contextValue: { requestId: "r1" },
    queryHash: "h",
    document: { kind: "Document" },
    source: "{ a }",
    operationName: "A",
    operation: { kind: "OperationDefinition" },
    errors: undefined,
    metrics: {},
    overallCachePolicy: {},
    requestIsBatched: false,
  };
}

describe("the gateway request context", () => {
  // Captured before installing: Apollo's own builder, to compare with.
  const apollos = apolloModule().makeGatewayGraphQLRequestContext;

  it("replaces Apollo's builder in the module its request pipeline reads", () => {
    expect(installGatewayRequestContext()).toBe(true);
    expect(apolloModule().makeGatewayGraphQLRequestContext).not.toBe(apollos);
  });

  it("builds what Apollo builds, with a status that reads and writes Apollo's response", () => {
    installGatewayRequestContext();
    const ours = apolloModule().makeGatewayGraphQLRequestContext;
    const server = { logger: { name: "log" }, cache: { name: "cache" } };
    const [a, b] = [newRequestContext(201), newRequestContext(201)];
    const theirs = apollos(a, server, { includeStacktraceInErrorResponses: false });
    const mine = ours(b, server, { includeStacktraceInErrorResponses: false });
    const { request: theirRequest, response: theirResponse, ...theirRest } = theirs;
    const { request: myRequest, response: myResponse, ...myRest } = mine;
    expect(myRest).toEqual(theirRest);
    expect({ ...myRequest, http: undefined }).toEqual({ ...theirRequest, http: undefined });
    expect(myRequest.http.url).toBe(theirRequest.http.url);
    expect(myRequest.http.url).toBe("https://unknown-url.invalid/?q=1");
    expect(myRequest.http.headers.get("accept")).toBe("application/json");
    expect(myResponse.http.status).toBe(theirResponse.http.status);

    myResponse.http.status = 400;
    expect(b.response.http.status).toBe(400);
    myResponse.http.headers.set("x-one", "1");
    myResponse.http.headers.append("x-one", "2");
    expect(b.response.http.headers.get("x-one")).toBe("1, 2");
  });

  it("gives every request's response one shared hidden class (Apollo's accessor literal ends as a dictionary)", () => {
    installGatewayRequestContext();
    const ours = apolloModule().makeGatewayGraphQLRequestContext;
    const make = (f: Make) => f(newRequestContext(), { logger: undefined, cache: undefined }, {}).response.http as object;
    const [one, two] = [make(ours), make(ours)];
    expect(hasFastProperties(one) && hasFastProperties(two) && haveSameMap(one, two)).toBe(true);
    expect(hasFastProperties(make(apollos))).toBe(false);
  });
});
