// Communities and central entities, from the cached analytics snapshot.
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { EntityKind } from "../../domain";
import { analyticsFor, topEntities } from "../../analytics";
import type { GraphQLContext } from "../context";
import { Community, RankedEntity } from "../types/community.type";
import { Entity } from "../types/entity.interface";
import { EntityKindEnum, EntityRankingEnum } from "../types/enums";
import { toEntity, type EntityModel } from "../mappers";
import { resolveFirst } from "../pagination";

@Resolver(() => Community)
export class CommunityResolver {
  @Query(() => [Community], { description: "Louvain communities, largest first, each labelled by its most central entities." })
  communities(
    @Arg("first", () => Int, { nullable: true, description: "How many: 20 by default, at most 100." }) first: number | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Community[] {
    return analyticsFor(ctx.store).snapshot().communities.slice(0, resolveFirst(first)).map((c) => ({ ...c, topNodes: [...c.topNodes] }));
  }

  @Query(() => Community, { nullable: true, description: "One community by id; null when unknown." })
  community(@Arg("id", () => Int, { description: "Community id." }) id: number, @Ctx() ctx: GraphQLContext): Community | null {
    const c = analyticsFor(ctx.store).snapshot().communities.find((x) => x.id === id);
    return c ? { ...c, topNodes: [...c.topNodes] } : null;
  }

  @FieldResolver(() => [Entity], { description: "Its most central entities by PageRank." })
  topEntities(
    @Root() community: Community,
    @Arg("first", () => Int, { nullable: true, description: "How many: 10 by default, at most 100." }) first: number | undefined,
    @Ctx() ctx: GraphQLContext,
  ): EntityModel[] {
    const out: EntityModel[] = [];
    for (const key of community.topNodes) {
      const a = ctx.store.entity(key);
      if (a) out.push(toEntity(key, a));
    }
    return out.slice(0, resolveFirst(first, 100, "first", 10));
  }

  @Query(() => [RankedEntity], { name: "topEntities", description: "The most central entities, by PageRank, degree or paper count, optionally of one kind." })
  rankEntities(
    @Arg("kind", () => EntityKindEnum, { nullable: true, description: "Only this kind (all by default)." }) kind: EntityKindEnum | undefined,
    @Arg("by", () => EntityRankingEnum, { defaultValue: EntityRankingEnum.PAGERANK, description: "The ranking measure." }) by: EntityRankingEnum,
    @Arg("first", () => Int, { nullable: true, description: "How many: 20 by default, at most 100." }) first: number | undefined,
    @Ctx() ctx: GraphQLContext,
  ): RankedEntity[] {
    const ranked = topEntities(ctx.store.graph, analyticsFor(ctx.store).snapshot(), { kind: kind as EntityKind | undefined, by, first: Math.max(1, resolveFirst(first)) });
    return ranked.slice(0, resolveFirst(first)).map((r) => ({ key: r.entity, value: r.value }));
  }
}

@Resolver(() => RankedEntity)
export class RankedEntityResolver {
  @FieldResolver(() => Entity, { description: "The entity." })
  entity(@Root() ranked: RankedEntity, @Ctx() ctx: GraphQLContext): EntityModel {
    return toEntity(ranked.key, ctx.store.entity(ranked.key)!);
  }
}
