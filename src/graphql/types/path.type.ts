// Paths between two nodes, hop by hop, with the evidence that makes each hop readable.
import { Field, Int, ObjectType } from "type-graphql";
import { GraphEdge, GraphNode } from "./subgraph.type";

@ObjectType("PathHop", { description: "One hop of a path: two adjacent nodes and the edge between them." })
export class PathHop {
  @Field(() => GraphNode, { description: "The node the hop starts from." })
  from!: GraphNode;

  @Field(() => GraphNode, { description: "The node the hop reaches." })
  to!: GraphNode;

  @Field(() => GraphEdge, { description: "The strongest edge between them (its direction is always paper -> entity)." })
  edge!: GraphEdge;

  @Field(() => String, { description: "The hop in words, with its first evidence sentence." })
  explanation!: string;
}

@ObjectType("Path", { description: "A simple path between two nodes." })
export class Path {
  @Field(() => Int, { description: "Number of hops." })
  length!: number;

  @Field(() => [GraphNode], { description: "The nodes from start to end." })
  nodes!: GraphNode[];

  @Field(() => [PathHop], { description: "The hops in order, each with its edge and evidence." })
  hops!: PathHop[];
}
