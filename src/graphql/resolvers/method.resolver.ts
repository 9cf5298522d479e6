// Fields only methods have.
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../context";
import { Method } from "../types/entity-types";
import { Paper } from "../types/paper.type";
import { toPaper } from "../mappers";

@Resolver(() => Method)
export class MethodResolver {
  @FieldResolver(() => [Paper], { description: "Papers that introduce this method." })
  proposedBy(@Root() method: Method, @Ctx() ctx: GraphQLContext): Paper[] {
    return ctx.store.entityPapers(method.id, ["PROPOSES"]).map((key) => toPaper(key, ctx.store.paper(key)!));
  }
}
