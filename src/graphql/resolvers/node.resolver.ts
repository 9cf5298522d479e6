// Relay's node(id), and what every node has: its community and centrality.
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { analyticsFor } from "../../analytics";
import type { GraphQLContext } from "../context";
import { Centrality, Community } from "../types/community.type";
import { Node } from "../types/node.interface";
import { toNode, type NodeModel } from "../mappers";

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any paper or entity by global id; null when unknown." })
  node(@Arg("id", () => ID, { description: "Global id, e.g. `paper:<id>` or `method:<slug>`." }) id: string, @Ctx() ctx: GraphQLContext): NodeModel | null {
    const a = ctx.store.node(id);
    return a ? toNode(id, a) : null;
  }

  @FieldResolver(() => Community, { nullable: true, description: "The Louvain community this node belongs to (null until computed for a new node)." })
  community(@Root() node: Node, @Ctx() ctx: GraphQLContext): Community | null {
    const snap = analyticsFor(ctx.store).snapshot();
    const id = snap.community.get(node.id);
    const c = id === undefined ? undefined : snap.communities[id];
    return c ? { ...c, topNodes: [...c.topNodes] } : null;
  }

  @FieldResolver(() => Centrality, { description: "PageRank and degree of this node." })
  centrality(@Root() node: Node, @Ctx() ctx: GraphQLContext): Centrality {
    const snap = analyticsFor(ctx.store).snapshot();
    return { pagerank: snap.pagerank.get(node.id) ?? 0, degree: ctx.store.graph.hasNode(node.id) ? ctx.store.graph.neighbors(node.id).length : 0 };
  }
}
