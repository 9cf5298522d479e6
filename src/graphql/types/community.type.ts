// Louvain communities of the graph, labelled by their most central entities.
import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType("Community", { description: "A Louvain community (Blondel et al. 2008) of papers and entities." })
export class Community {
  @Field(() => Int, { description: "Id: 0 is the largest community." })
  id!: number;

  @Field(() => Int, { description: "Number of nodes." })
  size!: number;

  @Field(() => Float, { description: "This community's share of the partition's modularity." })
  modularity!: number;

  @Field(() => String, { description: "Its top entities' names by PageRank." })
  label!: string;

  /** Node keys, resolved by the field resolvers. */
  topNodes!: string[];
}

@ObjectType("Centrality", { description: "Centrality of a node in the paper-entity graph." })
export class Centrality {
  @Field(() => Float, { description: "PageRank (Page et al. 1999) over the undirected projection." })
  pagerank!: number;

  @Field(() => Int, { description: "Number of distinct neighbours." })
  degree!: number;
}

@ObjectType("RankedEntity", { description: "An entity with the value it is ranked by." })
export class RankedEntity {
  /** Node key, resolved by the field resolver. */
  key!: string;

  @Field(() => Float, { description: "The ranking value (PageRank, degree or paper count)." })
  value!: number;
}
