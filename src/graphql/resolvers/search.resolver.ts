// Full-text search over papers and entities.
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { NodeKind } from "../../domain";
import { InvalidInputError } from "../../domain";
import type { GraphQLContext } from "../context";
import { SearchHit } from "../types/search-hit.type";
import { toNode } from "../mappers";
import { resolveFirst } from "../pagination";
import { searchable } from "../searchable";

export const MAX_QUERY_LENGTH = 500;

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], { description: "Ranked full-text search (BM25) over paper titles, abstracts, keywords and entity names and aliases." })
  async search(
    @Arg("query", () => String, { description: "Search terms; all must match, the last one as a prefix." }) query: string,
    @Arg("first", () => Int, { nullable: true, description: "Number of hits: 20 by default, at most 100." }) first: number | undefined,
    @Arg("kinds", () => [String], { nullable: true, description: "Only these node kinds (PAPER, METHOD, DATASET, TASK, CONCEPT)." }) kinds: string[] | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SearchHit[]> {
    const limit = resolveFirst(first);
    if (query.length > MAX_QUERY_LENGTH) {
      throw new InvalidInputError(`query must be at most ${MAX_QUERY_LENGTH} characters, got ${query.length}`, { argument: "query" });
    }
    const allowed = ["PAPER", "METHOD", "DATASET", "TASK", "CONCEPT"];
    const bad = (kinds ?? []).find((k) => !allowed.includes(k));
    if (bad) throw new InvalidInputError(`kinds: "${bad}" is not one of ${allowed.join(", ")}`, { argument: "kinds" });
    // After a restart from the graph cache the index is built in the background: wait for it without blocking others.
    await searchable(ctx, "search");
    const hits = await ctx.store.search(query, { kinds: kinds as NodeKind[] | undefined, limit });
    return hits.map((hit) => {
      const a = ctx.store.node(hit.key)!;
      return { score: hit.score, kind: hit.kind, label: a.label, node: toNode(hit.key, a) };
    });
  }
}
