// Apollo's spread copies of a request's context, result and response head keep what a fast-mode source refers to
// alive through young collections (dictionary-mode.ts): those objects reach Apollo in dictionary mode.
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { parse, type OperationDefinitionNode } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { buildPapergraphSchema } from "../../src/graphql";
import { createApollo } from "../../src/server/apollo";
import { compiledExecution } from "../../src/server/compiled-execution";
import { toDictionaryMode } from "../../src/server/dictionary-mode";
import { seedStore } from "../helpers/seed";

setFlagsFromString("--allow-natives-syntax");
const hasFastProperties = new Function("o", "return %HasFastProperties(o)") as (o: object) => boolean;

describe("toDictionaryMode", () => {
  it("turns a fast object into a dictionary, with the same properties in the same order", () => {
    const inner = { x: 1 };
    const object = { a: 1, b: "two", c: inner, d: undefined };
    expect(hasFastProperties(object)).toBe(true);
    expect(toDictionaryMode(object)).toBe(object);
    expect(hasFastProperties(object)).toBe(false);
    expect(Object.keys(object)).toEqual(["a", "b", "c", "d"]);
    expect(object).toEqual({ a: 1, b: "two", c: inner, d: undefined });
    expect(JSON.stringify(object)).toBe('{"a":1,"b":"two","c":{"x":1}}');
    toDictionaryMode(object);
    expect(Object.keys(object)).toEqual(["a", "b", "c", "d"]);
  });

  it("works on class instances and keeps their prototype", () => {
    class Head {
      status = 200;
      headers = new Map<string, string>();
    }
    const head = toDictionaryMode(new Head());
    expect(hasFastProperties(head)).toBe(false);
    expect(head).toBeInstanceOf(Head);
    expect(Object.keys(head)).toEqual(["status", "headers"]);
  });
});

describe("Apollo's per-request objects", () => {
  it("reach the executor's caller and the plugins after ours in dictionary mode", async () => {
    const seen: { context: boolean; head: boolean }[] = [];
    const probe: ApolloServerPlugin = {
      async requestDidStart() {
        return {
          async executionDidStart(requestContext) {
            seen.push({ context: hasFastProperties(requestContext), head: hasFastProperties(requestContext.response.http) });
          },
        };
      },
    };
    const apollo = createApollo({ production: false, plugins: [probe] });
    const response = await apollo.executeOperation({ query: "{ graphStats { paperCount } }" }, { contextValue: { store: seedStore() } as never });
    expect(response.body.kind === "single" && response.body.singleResult.errors).toBeUndefined();
    expect(seen).toEqual([{ context: false, head: false }]);
  });

  it("the compiled executor returns its result in dictionary mode, with the same data", async () => {
    const { executor } = await compiledExecution(buildPapergraphSchema()).load({ apollo: {} } as never);
    const document = parse("{ graphStats { paperCount } }");
    const operation = document.definitions[0] as OperationDefinitionNode;
    const result = await executor!({ document, operation, operationName: null, request: { query: "", variables: {} }, context: { store: seedStore() } } as never);
    expect(hasFastProperties(result)).toBe(false);
    expect(result).toEqual({ data: { graphStats: { paperCount: 135 } } });
  });
});
