// Relay's node(id): any paper or entity by global id.
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../context";
import { Node } from "../types/node.interface";
import { toNode, type NodeModel } from "../mappers";

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any paper or entity by global id; null when unknown." })
  node(@Arg("id", () => ID, { description: "Global id, e.g. `paper:<id>` or `method:<slug>`." }) id: string, @Ctx() ctx: GraphQLContext): NodeModel | null {
    const a = ctx.store.node(id);
    return a ? toNode(id, a) : null;
  }
}
