// Operations executed compiled (graphql-jit, through Apollo's gateway interface) answer exactly as graphql-js does:
// every example operation, introspection, errors from resolvers and from variables.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { execute, getIntrospectionQuery, parse, type DocumentNode, type OperationDefinitionNode } from "graphql";
import { buildPapergraphSchema } from "../../src/graphql";
import { instrumentResolvers } from "../../src/graphql/limits";
import { compiledExecution } from "../../src/server/compiled-execution";
import { graphqlClient } from "../helpers/graphql";
import { seedStore } from "../helpers/seed";

const examples = parse(readFileSync(resolve(__dirname, "../../schema/examples.graphql"), "utf8"));
const names = examples.definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition").map((d) => d.name!.value);

describe("compiled execution", () => {
  const store = seedStore();
  const schema = instrumentResolvers(buildPapergraphSchema());
  const gateway = compiledExecution(schema);

  async function both(document: DocumentNode, operationName: string | null, variables: Record<string, unknown> = {}) {
    const { executor } = await gateway.load({ apollo: {} });
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition" && (operationName === null || d.name?.value === operationName))!;
    const request = { query: "", variables };
    const compiled = await executor!({ document, operation, operationName, request, context: { store } } as never);
    const interpreted = await execute({ schema, document, operationName, contextValue: { store }, variableValues: variables });
    return { compiled: JSON.parse(JSON.stringify(compiled)), interpreted: JSON.parse(JSON.stringify(interpreted)), errors: compiled.errors };
  }

  for (const name of names) {
    it(`answers ${name} as graphql-js does`, async () => {
      const { compiled, interpreted } = await both(examples, name);
      expect(interpreted.errors).toBeUndefined();
      expect(compiled).toEqual(interpreted);
    });
  }

  it("answers introspection as graphql-js does", async () => {
    const { compiled, interpreted } = await both(parse(getIntrospectionQuery()), null);
    expect(compiled.data.__schema.types.length).toBeGreaterThan(20);
    expect(compiled).toEqual(interpreted);
  });

  it("reports a resolver's error with its path, location and original error, and nulls the data as graphql-js does", async () => {
    const document = parse('query Q($id: ID!) { paperCount: papers { totalCount } neighborhood(id: $id) { truncated } }');
    const { compiled, interpreted, errors } = await both(document, "Q", { id: "method:no-such-thing" });
    expect(compiled).toEqual(interpreted);
    expect(errors![0].path).toEqual(["neighborhood"]);
    expect(errors![0].extensions).toEqual({});
    expect(errors![0].originalError?.constructor.name).toBe("NotFoundError");
    expect(errors![0].locations).toEqual([{ line: 1, column: 55 }]);
    expect(compiled.data).toBeNull(); // neighborhood is non-null: the error nulls its parent, the whole data
  });

  it("rejects bad variables with graphql-js's errors, which Apollo answers as BAD_USER_INPUT", async () => {
    const document = parse("query Q($n: Int, $f: PaperFilter) { papers(first: $n, filter: $f) { totalCount } }");
    const { compiled, interpreted } = await both(document, "Q", { n: "many", f: [[1]] });
    expect(compiled.errors).toHaveLength(2);
    expect(compiled).toEqual(interpreted);
    const gql = graphqlClient(store);
    const r = await gql("query Q($n: Int) { papers(first: $n) { totalCount } }", { n: "many" });
    expect(r.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
