import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSchema, GraphQLObjectType, GraphQLInterfaceType, GraphQLInputObjectType, GraphQLEnumType } from "graphql";
import { renderSchema } from "../../src/graphql/render-schema";

const committed = readFileSync(resolve(__dirname, "../../schema/schema.graphql"), "utf8");

describe("schema/schema.graphql", () => {
  it("matches the schema built from the code (run `npm run schema` after changing src/graphql)", () => {
    expect(renderSchema()).toBe(committed);
  });

  it("describes every type, field and argument", () => {
    const schema = buildSchema(committed);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
      if (!type.description && !["Query", "Mutation", "Subscription"].includes(type.name)) missing.push(type.name);
      if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType || type instanceof GraphQLInputObjectType) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (type instanceof GraphQLEnumType) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});
