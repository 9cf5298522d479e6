// Paper queries and the Paper type's linked entities.
import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from "type-graphql";
import { analyticsFor, relatedPapers } from "../../analytics";
import type { EdgeType, EntityKind } from "../../domain";
import { DEFAULT_MIN_CONFIDENCE, defaultMinConfidence, edgeEvidence } from "../../domain";
import type { GraphQLContext } from "../context";
import { PaginationArgs } from "../args/pagination.args";
import { PaperFilterInput } from "../inputs/paper-filter.input";
import { PaperConnection } from "../types/connections";
import { Concept, Dataset, Method, Task } from "../types/entity-types";
import { EdgeTypeEnum } from "../types/enums";
import { Link } from "../types/link.type";
import { Paper } from "../types/paper.type";
import { RelatedPaper } from "../types/related.type";
import { toEntity, toLink, toPaper, type EntityModel } from "../mappers";
import { paginate, resolveFirst } from "../pagination";
import { searchable } from "../searchable";


function linkedEntities(ctx: GraphQLContext, paper: Paper, types: EdgeType[], kind: EntityKind, minConfidence: number): EntityModel[] {
  return ctx.store.linkedEntities(paper.id, types, kind, minConfidence).map((key) => toEntity(key, ctx.store.entity(key)!));
}

const MIN_CONFIDENCE_DESCRIPTION = `Leave out links below this confidence (0..1; default ${DEFAULT_MIN_CONFIDENCE}). Pass 0 for every extracted link.`;

@Resolver(() => Paper)
export class PaperResolver {
  @Query(() => Paper, { nullable: true, description: "A paper by global id (`paper:<id>`) or by its own id; null when unknown." })
  paper(@Arg("id", () => ID, { description: "Global id or paper id." }) id: string, @Ctx() ctx: GraphQLContext): Paper | null {
    const key = ctx.store.resolvePaperKey(id);
    const a = key ? ctx.store.paper(key) : undefined;
    return key && a ? toPaper(key, a) : null;
  }

  @Query(() => PaperConnection, { description: "Papers in corpus order, optionally filtered; cursor-paginated." })
  papers(
    @Args(() => PaginationArgs) page: PaginationArgs,
    @Arg("filter", () => PaperFilterInput, { nullable: true, description: "Conditions the papers must meet." }) filter: PaperFilterInput | undefined,
    @Ctx() ctx: GraphQLContext,
  ): PaperConnection | Promise<PaperConnection> {
    const connection = (keys: readonly string[]) => paginate(keys, page, (key) => toPaper(key, ctx.store.paper(key)!));
    // A text filter is answered by the full-text index (on a worker thread for large graphs); others at once.
    if (!filter?.text?.trim()) return connection(ctx.store.paperKeys(filter ?? undefined));
    return searchable(ctx, "papers(filter.text)")
      .then(() => ctx.store.paperKeysMatching(filter))
      .then(connection);
  }

  @FieldResolver(() => [Method], { description: "Methods this paper introduces (its named contribution)." })
  proposes(@Root() paper: Paper, @Ctx() ctx: GraphQLContext, @Arg("minConfidence", () => Float, { nullable: true, description: MIN_CONFIDENCE_DESCRIPTION }) min?: number): EntityModel[] {
    return linkedEntities(ctx, paper, ["PROPOSES"], "METHOD", min ?? DEFAULT_MIN_CONFIDENCE);
  }

  @FieldResolver(() => [Method], { description: "Other methods it uses, builds on or compares with." })
  methods(@Root() paper: Paper, @Ctx() ctx: GraphQLContext, @Arg("minConfidence", () => Float, { nullable: true, description: MIN_CONFIDENCE_DESCRIPTION }) min?: number): EntityModel[] {
    return linkedEntities(ctx, paper, ["USES", "COMPARES_WITH"], "METHOD", min ?? DEFAULT_MIN_CONFIDENCE);
  }

  @FieldResolver(() => [Dataset], { description: "Datasets and benchmarks it evaluates on or introduces." })
  datasets(@Root() paper: Paper, @Ctx() ctx: GraphQLContext, @Arg("minConfidence", () => Float, { nullable: true, description: MIN_CONFIDENCE_DESCRIPTION }) min?: number): EntityModel[] {
    return linkedEntities(ctx, paper, ["EVALUATES_ON", "INTRODUCES"], "DATASET", min ?? DEFAULT_MIN_CONFIDENCE);
  }

  @FieldResolver(() => [Task], { description: "Tasks it addresses." })
  tasks(@Root() paper: Paper, @Ctx() ctx: GraphQLContext, @Arg("minConfidence", () => Float, { nullable: true, description: MIN_CONFIDENCE_DESCRIPTION }) min?: number): EntityModel[] {
    return linkedEntities(ctx, paper, ["ADDRESSES"], "TASK", min ?? DEFAULT_MIN_CONFIDENCE);
  }

  @FieldResolver(() => [Concept], { description: "Its key concepts." })
  concepts(@Root() paper: Paper, @Ctx() ctx: GraphQLContext, @Arg("minConfidence", () => Float, { nullable: true, description: "Leave out concepts below this confidence (0..1; default 0: a paper's key phrases are all shown)." }) min?: number): EntityModel[] {
    return linkedEntities(ctx, paper, ["MENTIONS"], "CONCEPT", min ?? defaultMinConfidence("MENTIONS"));
  }

  @FieldResolver(() => [Link], {
    description:
      "The paper's typed links with their confidence and evidence sentences, strongest first: by default the links its entity lists show (typed links from confidence 0.5, every concept link); minConfidence: 0 returns every extracted link.",
  })
  links(
    @Root() paper: Paper,
    @Ctx() ctx: GraphQLContext,
    @Arg("types", () => [EdgeTypeEnum], { nullable: true, description: "Only these relations (all by default)." }) types?: EdgeTypeEnum[],
    @Arg("minConfidence", () => Float, {
      nullable: true,
      description: `Leave out links below this confidence, whatever their relation (0..1; default: ${DEFAULT_MIN_CONFIDENCE} for typed links, 0 for concepts). Pass 0 for every extracted link.`,
    })
    min?: number,
  ): Link[] {
    return ctx.store
      .paperLinks(paper.id, types as EdgeType[] | undefined, min ?? defaultMinConfidence)
      .sort((a, b) => b.attributes.weight - a.attributes.weight || (a.edge < b.edge ? -1 : 1))
      .map((l) => toLink(l.edge, l.attributes, toEntity(l.target, ctx.store.entity(l.target)!), edgeEvidence(ctx.store.graph, l.edge)));
  }

  @FieldResolver(() => [RelatedPaper], {
    description:
      "Related work: papers ranked by the entities they share with this one (rare ones count more, Adamic–Adar) blended with text similarity, each with what it shares.",
  })
  related(
    @Root() paper: Paper,
    @Ctx() ctx: GraphQLContext,
    @Arg("first", () => Int, { nullable: true, description: "How many: 10 by default, at most 100." }) first?: number,
    @Arg("textWeight", () => Float, { nullable: true, description: "Share of the score from text similarity, 0 to 1 (default 0.3)." }) textWeight?: number,
  ): RelatedPaper[] {
    const snapshot = analyticsFor(ctx.store).snapshot();
    const n = resolveFirst(first, 100, "first", 10);
    if (n === 0) return [];
    const entities = (keys: string[]) => keys.filter((k) => ctx.store.entity(k)).map((k) => toEntity(k, ctx.store.entity(k)!));
    return relatedPapers(ctx.store.graph, paper.id, { first: n, textWeight: textWeight ?? undefined, textIndex: snapshot.textIndex })
      .filter((r) => ctx.store.paper(r.paper))
      .map((r) => ({
        paper: toPaper(r.paper, ctx.store.paper(r.paper)!),
        score: r.score,
        structural: r.structural,
        text: r.text,
        shared: {
          methods: entities(r.shared.methods),
          datasets: entities(r.shared.datasets),
          tasks: entities(r.shared.tasks),
          concepts: entities(r.shared.concepts),
        },
      }));
  }
}
