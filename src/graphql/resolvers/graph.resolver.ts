// Whole-graph queries: neighborhoods as drawable subgraphs, exports for other tools, and graph statistics.
import { Arg, Ctx, Float, ID, Int, Query, Resolver } from "type-graphql";
import type { EdgeType, NodeKind } from "../../domain";
import { InvalidInputError, NotFoundError } from "../../domain";
import { analyticsFor, neighborhood } from "../../analytics";
import { exportGraph } from "../export-graph";
import type { GraphQLContext } from "../context";
import { ColorByEnum, EdgeTypeEnum, ExportFormatEnum } from "../types/enums";
import { GraphStats } from "../types/graph-stats.type";
import { Subgraph } from "../types/subgraph.type";
import { subgraphRecords } from "../subgraph-records";
import { TRAVERSAL_CONFIDENCE_DESCRIPTION, traversalConfidence } from "../args/traversal-confidence";

export const MAX_NEIGHBORHOOD_LIMIT = 1000;
const NODE_KIND_NAMES = ["PAPER", "METHOD", "DATASET", "TASK", "CONCEPT"];

function checkKinds(nodeKinds: string[] | undefined): NodeKind[] | undefined {
  const bad = (nodeKinds ?? []).find((k) => !NODE_KIND_NAMES.includes(k));
  if (bad) throw new InvalidInputError(`nodeKinds: "${bad}" is not one of ${NODE_KIND_NAMES.join(", ")}`, { argument: "nodeKinds" });
  return nodeKinds as NodeKind[] | undefined;
}

@Resolver()
export class GraphResolver {
  @Query(() => Subgraph, {
    description:
      "The nodes within `depth` hops of a node (edges walked both ways), chosen best-first by edge weight and PageRank when more than `limit`, with the edges among them and their layout. Around hubs the search expands only the nodes it keeps, each through its strongest edges, so its cost stays bounded (see `omittedEstimated`).",
  })
  neighborhood(
    @Arg("id", () => ID, { description: "Global id of the root node." }) id: string,
    @Arg("depth", () => Int, { defaultValue: 1, description: "Hops from the root, 1 to 3." }) depth: number,
    @Arg("limit", () => Int, { defaultValue: 200, description: `Most nodes returned (root included), 1 to ${MAX_NEIGHBORHOOD_LIMIT}.` }) limit: number,
    @Arg("edgeTypes", () => [EdgeTypeEnum], { nullable: true, description: "Walk only these relations (all by default)." }) edgeTypes: EdgeTypeEnum[] | undefined,
    @Arg("nodeKinds", () => [String], {
      nullable: true,
      description: "Keep (and walk through) only these node kinds: PAPER, METHOD, DATASET, TASK, CONCEPT; the root always stays.",
    })
    nodeKinds: string[] | undefined,
    @Arg("minWeight", () => Float, { nullable: true, description: "Ignore edges lighter than this." }) minWeight: number | undefined,
    @Arg("colorBy", () => ColorByEnum, { defaultValue: ColorByEnum.KIND, description: "Colour nodes by kind or by community." }) colorBy: ColorByEnum,
    @Ctx() ctx: GraphQLContext,
    @Arg("minConfidence", () => Float, { nullable: true, description: TRAVERSAL_CONFIDENCE_DESCRIPTION }) minConfidence?: number,
  ): Subgraph {
    const graph = ctx.store.graph;
    if (!graph.hasNode(id)) throw new NotFoundError(`neighborhood: no node with id "${id.slice(0, 200)}"`, { argument: "id" });
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEIGHBORHOOD_LIMIT) {
      throw new InvalidInputError(`limit must be an integer from 1 to ${MAX_NEIGHBORHOOD_LIMIT}, got ${limit}`, { argument: "limit" });
    }
    const analytics = analyticsFor(ctx.store);
    const { pagerank } = analytics.snapshot();
    const records = subgraphRecords(ctx.store);
    const result = neighborhood(graph, id, {
      depth,
      limit,
      edgeTypes: edgeTypes as EdgeType[] | undefined,
      nodeKinds: checkKinds(nodeKinds),
      minWeight: minWeight ?? undefined,
      minConfidence: traversalConfidence(minConfidence),
      scores: pagerank,
    });
    return {
      nodes: result.nodes.map((key) => records.node(key, colorBy)),
      edges: result.edges.map((key) => records.edge(key)),
      truncated: result.truncated,
      omittedNodes: result.omittedNodes,
      omittedEdges: result.omittedEdges,
      omittedEstimated: result.omittedEstimated,
    };
  }

  @Query(() => String, {
    description:
      "The whole graph, or the neighborhood of `root`, serialised for another tool (graphology JSON for sigma.js, Cytoscape.js elements, GEXF for Gephi), with layout positions, sizes and colours. Also at GET /export/graph.gexf and /export/graph.json?format=cytoscape|graphology&root=&depth=.",
  })
  export(
    @Arg("format", () => ExportFormatEnum, { description: "The serialisation." }) format: ExportFormatEnum,
    @Arg("root", () => ID, { nullable: true, description: "Export only the neighborhood of this node (whole graph by default)." }) root: string | undefined,
    @Arg("depth", () => Int, { defaultValue: 1, description: "Hops around `root`, 1 to 3." }) depth: number,
    @Arg("limit", () => Int, { defaultValue: 200, description: `Most nodes around \`root\`, 1 to ${MAX_NEIGHBORHOOD_LIMIT}.` }) limit: number,
    @Arg("colorBy", () => ColorByEnum, { defaultValue: ColorByEnum.KIND, description: "Colour nodes by kind or by community." }) colorBy: ColorByEnum,
    @Arg("evidence", () => Boolean, { defaultValue: false, description: "Include each edge's evidence sentences." }) evidence: boolean,
    @Ctx() ctx: GraphQLContext,
  ): string {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEIGHBORHOOD_LIMIT) {
      throw new InvalidInputError(`limit must be an integer from 1 to ${MAX_NEIGHBORHOOD_LIMIT}, got ${limit}`, { argument: "limit" });
    }
    return exportGraph(ctx.store, { format, root: root ?? undefined, depth, limit, colorBy, evidence }).body;
  }

  @Query(() => GraphStats, { description: "Node and edge counts by kind and type, and the state of the derived analytics." })
  graphStats(@Ctx() ctx: GraphQLContext): GraphStats {
    const s = ctx.store.stats();
    const analytics = analyticsFor(ctx.store);
    const snap = analytics.snapshot();
    return {
      nodeCount: s.nodes,
      edgeCount: s.edges,
      paperCount: s.papers,
      entityCount: s.nodes - s.papers,
      nodesByKind: Object.entries(s.nodesByKind).map(([kind, count]) => ({ kind, count })),
      edgesByType: Object.entries(s.edgesByType).map(([kind, count]) => ({ kind, count })),
      updatedAt: s.updatedAt,
      analyticsComputedAt: snap.computedAt,
      analyticsDurationMs: snap.durationMs,
      analyticsStale: analytics.stale,
      communityCount: snap.communities.length,
      modularity: snap.modularity,
    };
  }
}
