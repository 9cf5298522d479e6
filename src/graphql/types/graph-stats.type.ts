// Counts of the graph by node kind and edge type.
import { Field, Int, ObjectType } from "type-graphql";

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
}
