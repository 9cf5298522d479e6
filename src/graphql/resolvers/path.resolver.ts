// Paths between two nodes: the shortest one and the k shortest, each hop explained by its evidence.
import { Arg, Ctx, Float, ID, Int, Query, Resolver } from "type-graphql";
import type { EdgeType, KnowledgeGraph } from "../../domain";
import { firstEvidenceText, NotFoundError } from "../../domain";
import { kShortestPaths, shortestPath, type GraphPath } from "../../analytics";
import type { GraphStore } from "../../graph";
import { TRAVERSAL_CONFIDENCE_DESCRIPTION, traversalConfidence } from "../args/traversal-confidence";
import type { GraphQLContext } from "../context";
import { EdgeTypeEnum } from "../types/enums";
import { Path } from "../types/path.type";
import { subgraphRecords } from "../subgraph-records";

const VERBS: Record<EdgeType, string> = {
  PROPOSES: "proposes",
  USES: "uses",
  COMPARES_WITH: "compares with",
  EVALUATES_ON: "evaluates on",
  INTRODUCES: "introduces",
  ADDRESSES: "addresses",
  MENTIONS: "mentions",
};

function toPath(store: GraphStore, path: GraphPath): Path {
  const graph = store.graph;
  const records = subgraphRecords(store);
  const nodes = path.nodes.map((key) => records.node(key));
  const hops = path.edges.map((key, i) => {
    const edge = records.edge(key);
    const [source, target] = [records.node(edge.source), records.node(edge.target)];
    const evidence = firstEvidenceText(graph, key);
    const explanation =
      `“${source.label}” ${VERBS[edge.type as EdgeType]} ${target.kind.toLowerCase()} “${target.label}”` + (evidence ? `: “${evidence}”` : "");
    return { from: nodes[i], to: nodes[i + 1], edge, explanation };
  });
  return { length: path.length, nodes, hops };
}

function requireNodes(graph: KnowledgeGraph, ids: Record<string, string>): void {
  for (const [argument, id] of Object.entries(ids)) {
    if (!graph.hasNode(id)) throw new NotFoundError(`${argument}: no node with id "${id.slice(0, 200)}"`, { argument });
  }
}

@Resolver(() => Path)
export class PathResolver {
  @Query(() => Path, { nullable: true, description: "The shortest path (fewest hops) between two nodes, or null when none is within `maxLength`." })
  shortestPath(
    @Arg("from", () => ID, { description: "Global id of the start node." }) from: string,
    @Arg("to", () => ID, { description: "Global id of the end node." }) to: string,
    @Arg("edgeTypes", () => [EdgeTypeEnum], { nullable: true, description: "Walk only these relations (all by default)." }) edgeTypes: EdgeTypeEnum[] | undefined,
    @Arg("maxLength", () => Int, { defaultValue: 6, description: "Most hops, 1 to 12." }) maxLength: number,
    @Ctx() ctx: GraphQLContext,
    @Arg("minConfidence", () => Float, { nullable: true, description: TRAVERSAL_CONFIDENCE_DESCRIPTION }) minConfidence?: number,
  ): Path | null {
    const graph = ctx.store.graph;
    requireNodes(graph, { from, to });
    const path = shortestPath(graph, from, to, { edgeTypes: edgeTypes as EdgeType[] | undefined, maxLength, minConfidence: traversalConfidence(minConfidence) });
    return path ? toPath(ctx.store, path) : null;
  }

  @Query(() => [Path], { description: "Up to `first` shortest simple paths between two nodes (Yen's algorithm), shortest first." })
  paths(
    @Arg("from", () => ID, { description: "Global id of the start node." }) from: string,
    @Arg("to", () => ID, { description: "Global id of the end node." }) to: string,
    @Arg("maxLength", () => Int, { defaultValue: 6, description: "Most hops per path, 1 to 12." }) maxLength: number,
    @Arg("first", () => Int, { defaultValue: 5, description: "Most paths, 1 to 50." }) first: number,
    @Arg("edgeTypes", () => [EdgeTypeEnum], { nullable: true, description: "Walk only these relations (all by default)." }) edgeTypes: EdgeTypeEnum[] | undefined,
    @Ctx() ctx: GraphQLContext,
    @Arg("minConfidence", () => Float, { nullable: true, description: TRAVERSAL_CONFIDENCE_DESCRIPTION }) minConfidence?: number,
  ): Path[] {
    const graph = ctx.store.graph;
    requireNodes(graph, { from, to });
    const options = { k: first, maxLength, edgeTypes: edgeTypes as EdgeType[] | undefined, minConfidence: traversalConfidence(minConfidence) };
    return kShortestPaths(graph, from, to, options).map((p) => toPath(ctx.store, p));
  }
}
