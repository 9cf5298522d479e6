// Entity queries and the fields every entity kind shares.
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { EdgeType } from "../../domain";
import { EDGE_TYPES } from "../../domain";
import type { GraphQLContext } from "../context";
import { PaginationArgs } from "../args/pagination.args";
import { EntityConnection, PaperConnection } from "../types/connections";
import { Entity } from "../types/entity.interface";
import { EntitySupport } from "../types/entity-support.type";
import { EdgeTypeEnum, EntityKindEnum } from "../types/enums";
import { toEntity, toPaper, type EntityModel } from "../mappers";
import { paginate } from "../pagination";

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, {
    nullable: true,
    description: "An entity by name or alias (case, hyphen and plural insensitive; a bare acronym finds its best-supported expansion); null when unknown.",
  })
  entity(
    @Arg("kind", () => EntityKindEnum, { description: "The entity's kind." }) kind: EntityKindEnum,
    @Arg("name", () => String, { description: "A name or alias, e.g. `MoE` or `mixture of experts`." }) name: string,
    @Ctx() ctx: GraphQLContext,
  ): EntityModel | null {
    const key = ctx.store.lookupEntity(kind, name);
    const a = key ? ctx.store.entity(key) : undefined;
    return key && a ? toEntity(key, a) : null;
  }

  @Query(() => EntityConnection, { description: "Entities ordered by paper count (most linked first), then name." })
  entities(
    @Arg("kind", () => EntityKindEnum, { nullable: true, description: "Only this kind (all kinds by default)." }) kind: EntityKindEnum | undefined,
    @Args(() => PaginationArgs) page: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): EntityConnection {
    return paginate(ctx.store.entityKeys(kind ?? undefined), page, (key) => toEntity(key, ctx.store.entity(key)!));
  }

  @FieldResolver(() => PaperConnection, { description: "Papers linked to this entity, strongest link first." })
  papers(
    @Root() entity: Entity,
    @Args(() => PaginationArgs) page: PaginationArgs,
    @Arg("relations", () => [EdgeTypeEnum], { nullable: true, description: "Only papers linked by these relations (all by default)." })
    relations: EdgeTypeEnum[] | undefined,
    @Ctx() ctx: GraphQLContext,
  ): PaperConnection {
    const keys = ctx.store.entityPapers(entity.id, relations as EdgeType[] | undefined);
    return paginate(keys, page, (key) => toPaper(key, ctx.store.paper(key)!));
  }

  @FieldResolver(() => EntitySupport, { description: "How well the corpus supports this entity." })
  support(@Root() entity: Entity, @Ctx() ctx: GraphQLContext): EntitySupport {
    const byType = new Map<EdgeType, number>();
    let sentences = 0;
    let confidence = 0;
    let edges = 0;
    ctx.store.graph.forEachInEdge(entity.id, (_e, a) => {
      byType.set(a.type, (byType.get(a.type) ?? 0) + 1);
      sentences += a.evidence.length;
      confidence += a.confidence;
      edges++;
    });
    return {
      papers: entity.paperCount,
      sentences,
      meanConfidence: edges ? confidence / edges : 0,
      byRelation: EDGE_TYPES.filter((t) => byType.has(t)).map((t) => ({ kind: t, count: byType.get(t)! })),
    };
  }
}
