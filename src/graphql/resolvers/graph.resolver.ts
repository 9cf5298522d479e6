// Whole-graph queries: neighborhoods as drawable subgraphs, and graph statistics.
import { Arg, Ctx, Float, ID, Int, Query, Resolver } from "type-graphql";
import type { EdgeType, NodeKind } from "../../domain";
import { InvalidInputError, NotFoundError } from "../../domain";
import { neighborhood } from "../../analytics/neighborhood";
import type { GraphQLContext } from "../context";
import { EdgeTypeEnum } from "../types/enums";
import { GraphStats } from "../types/graph-stats.type";
import { Subgraph } from "../types/subgraph.type";
import { toGraphEdge, toGraphNode } from "../mappers";

export const MAX_NEIGHBORHOOD_LIMIT = 1000;
const NODE_KIND_NAMES = ["PAPER", "METHOD", "DATASET", "TASK", "CONCEPT"];

@Resolver()
export class GraphResolver {
  @Query(() => Subgraph, {
    description: "The nodes within `depth` hops of a node (edges walked both ways), best-first when more than `limit`, with the edges among them.",
  })
  neighborhood(
    @Arg("id", () => ID, { description: "Global id of the root node." }) id: string,
    @Arg("depth", () => Int, { defaultValue: 1, description: "Hops from the root, 1 to 3." }) depth: number,
    @Arg("limit", () => Int, { defaultValue: 200, description: `Most nodes returned (root included), 1 to ${MAX_NEIGHBORHOOD_LIMIT}.` }) limit: number,
    @Arg("edgeTypes", () => [EdgeTypeEnum], { nullable: true, description: "Walk only these relations (all by default)." }) edgeTypes: EdgeTypeEnum[] | undefined,
    @Arg("nodeKinds", () => [String], { nullable: true, description: "Keep only these node kinds (PAPER, METHOD, DATASET, TASK, CONCEPT); the root always stays." })
    nodeKinds: string[] | undefined,
    @Arg("minWeight", () => Float, { nullable: true, description: "Ignore edges lighter than this." }) minWeight: number | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Subgraph {
    const graph = ctx.store.graph;
    if (!graph.hasNode(id)) throw new NotFoundError(`neighborhood: no node with id "${id.slice(0, 200)}"`, { argument: "id" });
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEIGHBORHOOD_LIMIT) {
      throw new InvalidInputError(`limit must be an integer from 1 to ${MAX_NEIGHBORHOOD_LIMIT}, got ${limit}`, { argument: "limit" });
    }
    const badKind = (nodeKinds ?? []).find((k) => !NODE_KIND_NAMES.includes(k));
    if (badKind) throw new InvalidInputError(`nodeKinds: "${badKind}" is not one of ${NODE_KIND_NAMES.join(", ")}`, { argument: "nodeKinds" });
    const result = neighborhood(graph, id, {
      depth,
      limit,
      edgeTypes: edgeTypes as EdgeType[] | undefined,
      nodeKinds: nodeKinds as NodeKind[] | undefined,
      minWeight: minWeight ?? undefined,
    });
    return {
      nodes: result.nodes.map((key) => toGraphNode(key, graph.getNodeAttributes(key))),
      edges: result.edges.map((e) => toGraphEdge(e, graph.source(e), graph.target(e), graph.getEdgeAttributes(e))),
      truncated: result.truncated,
      omittedNodes: result.omittedNodes,
      omittedEdges: result.omittedEdges,
    };
  }

  @Query(() => GraphStats, { description: "Node and edge counts by kind and type." })
  graphStats(@Ctx() ctx: GraphQLContext): GraphStats {
    const s = ctx.store.stats();
    return {
      nodeCount: s.nodes,
      edgeCount: s.edges,
      paperCount: s.papers,
      entityCount: s.nodes - s.papers,
      nodesByKind: Object.entries(s.nodesByKind).map(([kind, count]) => ({ kind, count })),
      edgesByType: Object.entries(s.edgesByType).map(([kind, count]) => ({ kind, count })),
      updatedAt: s.updatedAt,
    };
  }
}
