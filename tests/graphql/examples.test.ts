// Executes every named operation of schema/examples.graphql against the seed, so the examples never rot.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, type OperationDefinitionNode } from "graphql";
import { graphqlClient } from "../helpers/graphql";
import { seedStore } from "../helpers/seed";

const source = readFileSync(resolve(__dirname, "../../schema/examples.graphql"), "utf8");
const operations = parse(source).definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");

describe("schema/examples.graphql", () => {
  const gql = graphqlClient(seedStore());

  it("names every operation", () => {
    expect(operations.length).toBeGreaterThan(5);
    for (const op of operations) expect(op.name?.value).toBeTruthy();
  });

  for (const op of operations) {
    it(`${op.name?.value} runs without errors and returns data`, async () => {
      const r = await gql(source, undefined, op.name!.value);
      expect(r.errors).toBeUndefined();
      for (const [field, value] of Object.entries(r.data ?? {})) {
        expect(value, `${op.name!.value}.${field}`).not.toBeNull();
        if (Array.isArray(value)) expect(value.length, `${op.name!.value}.${field}`).toBeGreaterThan(0);
      }
    });
  }
});
