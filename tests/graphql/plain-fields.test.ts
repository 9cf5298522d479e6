import { describe, expect, it } from "vitest";
import { isObjectType } from "graphql";
import { buildPapergraphSchema } from "../../src/graphql/build-schema";

describe("plain fields", () => {
  it("are read as properties by graphql-js, with no per-field wrapper, while field resolvers keep theirs", () => {
    const schema = buildPapergraphSchema();
    const node = schema.getType("GraphNode");
    const edge = schema.getType("GraphEdge");
    if (!isObjectType(node) || !isObjectType(edge)) throw new Error("GraphNode and GraphEdge must be object types");
    for (const name of ["id", "kind", "label", "x", "y", "size", "color"]) expect(node.getFields()[name].resolve, name).toBeUndefined();
    expect(edge.getFields().weight.resolve).toBeUndefined();
    expect(edge.getFields().evidence.resolve).toBeTypeOf("function");
  });
});
