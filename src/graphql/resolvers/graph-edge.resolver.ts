// Evidence on subgraph edges, only when a client asks for it.
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../context";
import { EvidenceSentence } from "../types/evidence.type";
import { GraphEdge } from "../types/subgraph.type";
import { edgeEvidence } from "../../domain";
import { toEvidence } from "../mappers";

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  @FieldResolver(() => [EvidenceSentence], { description: "The sentences supporting this edge." })
  evidence(@Root() edge: GraphEdge, @Ctx() ctx: GraphQLContext): EvidenceSentence[] {
    const graph = ctx.store.graph;
    return graph.hasEdge(edge.id) ? edgeEvidence(graph, edge.id).map(toEvidence) : [];
  }
}
