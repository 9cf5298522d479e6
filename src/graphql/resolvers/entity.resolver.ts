// Entity queries and the fields every entity kind shares.
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { EdgeType, EntityKind } from "../../domain";
import { EDGE_TYPES, ENTITY_KINDS, InvalidInputError } from "../../domain";
import { analyticsFor, relatedEntities, type AnalyticsSnapshot } from "../../analytics";
import type { GraphQLContext } from "../context";
import { searchable } from "../searchable";
import { PaginationArgs } from "../args/pagination.args";
import { EntityConnection, PaperConnection } from "../types/connections";
import { Entity } from "../types/entity.interface";
import { EntitySupport } from "../types/entity-support.type";
import { EdgeTypeEnum, EntityKindEnum, EntityOrderEnum } from "../types/enums";
import { EntityFilterInput } from "../inputs/entity-filter.input";
import { RelatedEntity } from "../types/related.type";
import { toEntity, toPaper, type EntityModel } from "../mappers";
import { paginate, resolveFirst } from "../pagination";
import { MAX_QUERY_LENGTH } from "./search.resolver";

const pagerankOrders = new WeakMap<AnalyticsSnapshot, Map<string, string[]>>();

/** Entity keys by PageRank (desc), sorted once per analytics snapshot and kind. */
function entityKeysByPagerank(snapshot: AnalyticsSnapshot, store: GraphQLContext["store"], kind?: EntityKind): string[] {
  let byKind = pagerankOrders.get(snapshot);
  if (!byKind) pagerankOrders.set(snapshot, (byKind = new Map()));
  let keys = byKind.get(kind ?? "ALL");
  if (!keys) {
    keys = [...store.entityKeys(kind)].sort((a, b) => (snapshot.pagerank.get(b) ?? 0) - (snapshot.pagerank.get(a) ?? 0) || (a < b ? -1 : 1));
    byKind.set(kind ?? "ALL", keys);
  }
  return keys;
}

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

  @Query(() => EntityConnection, { description: "Entities, by paper count (default), name or PageRank; optionally of one kind and matching a text." })
  entities(
    @Arg("kind", () => EntityKindEnum, { nullable: true, description: "Only this kind (all kinds by default)." }) kind: EntityKindEnum | undefined,
    @Args(() => PaginationArgs) page: PaginationArgs,
    @Arg("orderBy", () => EntityOrderEnum, { defaultValue: EntityOrderEnum.PAPER_COUNT, description: "The ordering." }) orderBy: EntityOrderEnum,
    @Arg("filter", () => EntityFilterInput, { nullable: true, description: "Conditions the entities must meet." }) filter: EntityFilterInput | undefined,
    @Ctx() ctx: GraphQLContext,
  ): EntityConnection | Promise<EntityConnection> {
    const ordered = (): readonly string[] => {
      if (orderBy === EntityOrderEnum.NAME) return ctx.store.entityKeysByName(kind ?? undefined);
      if (orderBy === EntityOrderEnum.PAGERANK) return entityKeysByPagerank(analyticsFor(ctx.store).snapshot(), ctx.store, kind ?? undefined);
      return ctx.store.entityKeys(kind ?? undefined);
    };
    const connection = (keys: readonly string[]) => paginate(keys, page, (key) => toEntity(key, ctx.store.entity(key)!));
    const text = filter?.text?.trim();
    if (!text) return connection(ordered());
    if (text.length > MAX_QUERY_LENGTH) throw new InvalidInputError(`filter.text must be at most ${MAX_QUERY_LENGTH} characters`, { argument: "filter.text" });
    // Answered by the full-text index (on a worker thread for large graphs); the order is read once it has answered.
    return searchable(ctx, "entities(filter.text)").then(async () => {
      const matching = await ctx.store.search(text, { kinds: kind ? [kind as EntityKind] : [...ENTITY_KINDS] });
      const allowed = new Set(matching.map((m) => m.key));
      return connection(ordered().filter((k) => allowed.has(k)));
    });
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
      sentences += a.spanCount;
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

  @FieldResolver(() => [RelatedEntity], {
    description: "Entities that co-occur with this one across papers, ranked by normalised PMI, each with the shared papers.",
  })
  related(
    @Root() entity: Entity,
    @Ctx() ctx: GraphQLContext,
    @Arg("first", () => Int, { nullable: true, description: "How many: 10 by default, at most 100." }) first?: number,
    @Arg("kinds", () => [EntityKindEnum], { nullable: true, description: "Only entities of these kinds (all by default)." }) kinds?: EntityKindEnum[],
    @Arg("minCount", () => Int, { nullable: true, description: "Fewest shared papers for a pair to count (default 2)." }) minCount?: number,
  ): RelatedEntity[] {
    const n = resolveFirst(first, 100, "first", 10);
    if (n === 0) return [];
    if (minCount !== undefined && minCount !== null && (!Number.isInteger(minCount) || minCount < 1 || minCount > 1000)) {
      throw new InvalidInputError(`minCount must be an integer from 1 to 1000, got ${minCount}`, { argument: "minCount" });
    }
    return relatedEntities(ctx.store.graph, entity.id, { first: n, kinds: kinds as EntityKind[] | undefined, minCount: minCount ?? undefined }).map((r) => ({
      entity: toEntity(r.entity, ctx.store.entity(r.entity)!),
      score: r.score,
      pmi: r.pmi,
      npmi: r.npmi,
      count: r.count,
      papers: r.papers.map((k) => toPaper(k, ctx.store.paper(k)!)),
    }));
  }
}
