// Counts of the graph by node kind and edge type.
import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType("KindCount", { description: "A count for one node kind or edge type." })
export class KindCount {
  @Field(() => String, { description: "The node kind or edge type." })
  kind!: string;

  @Field(() => Int, { description: "How many." })
  count!: number;
}

@ObjectType("GraphStats", { description: "Size of the graph." })
export class GraphStats {
  @Field(() => Int, { description: "Number of nodes." })
  nodeCount!: number;

  @Field(() => Int, { description: "Number of edges." })
  edgeCount!: number;

  @Field(() => Int, { description: "Number of papers." })
  paperCount!: number;

  @Field(() => Int, { description: "Number of entities (all kinds)." })
  entityCount!: number;

  @Field(() => [KindCount], { description: "Nodes per kind." })
  nodesByKind!: KindCount[];

  @Field(() => [KindCount], { description: "Edges per type." })
  edgesByType!: KindCount[];

  @Field(() => String, { description: "When the graph last changed (ISO 8601)." })
  updatedAt!: string;

  @Field(() => String, { description: "When centrality, communities and layout were last computed (ISO 8601)." })
  analyticsComputedAt!: string;

  @Field(() => Float, { description: "How long that computation took, in milliseconds." })
  analyticsDurationMs!: number;

  @Field(() => Boolean, { description: "Whether the graph changed since (a refresh is then under way)." })
  analyticsStale!: boolean;

  @Field(() => Int, { description: "Number of Louvain communities." })
  communityCount!: number;

  @Field(() => Float, { description: "Modularity of the community partition." })
  modularity!: number;
}
