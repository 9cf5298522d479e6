import { describe, expect, it } from "vitest";
import { isObjectType, type GraphQLResolveInfo } from "graphql";
import { buildPapergraphSchema } from "../../src/graphql";
import { NotFoundError } from "../../src/domain";
import { seedStore } from "../helpers/seed";

describe("resolvers called directly", () => {
  const schema = buildPapergraphSchema();
  const store = seedStore();
  const context = { store };
  const info = {} as GraphQLResolveInfo;
  const field = (type: string, name: string) => {
    const t = schema.getType(type);
    if (!isObjectType(t)) throw new Error(type);
    return t.getFields()[name];
  };

  it("answer without a promise, with their arguments, argument classes, context and root", () => {
    const paper = field("Query", "paper").resolve!(undefined, { id: store.graph.nodes().find((n) => n.startsWith("paper:"))! }, context, info) as { id: string };
    expect(paper).not.toBeInstanceOf(Promise);
    expect(paper.id).toMatch(/^paper:/);
    const methods = field("Paper", "methods").resolve!(paper, { minConfidence: 0 }, context, info);
    expect(Array.isArray(methods)).toBe(true);
    const entity = (methods as { id: string }[])[0] ?? field("Query", "entity").resolve!(undefined, { kind: "METHOD", name: "mixture of experts" }, context, info);
    // An interface field (Entity.papers) with an argument and an argument class (first, after), on an implementing type.
    const papers = field("Method", "papers").resolve!(entity, { first: 2 }, context, info) as { nodes: unknown[]; totalCount: number };
    expect(papers).not.toBeInstanceOf(Promise);
    expect(papers.nodes.length).toBeLessThanOrEqual(2);
    expect(papers.totalCount).toBeGreaterThanOrEqual(1);
  });

  it("throw a resolver's error at once (graphql reports it on the field as before)", () => {
    expect(() => field("Query", "neighborhood").resolve!(undefined, { id: "paper:none", depth: 1, limit: 10, colorBy: "KIND" }, context, info)).toThrow(NotFoundError);
  });
});
