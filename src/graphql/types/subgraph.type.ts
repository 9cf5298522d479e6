// Graph payloads for visualization: nodes and edges with layout, ready for sigma.js or Cytoscape.js.
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { EvidenceSentence } from "./evidence.type";

@ObjectType("GraphNode", { description: "A node of a subgraph, with display attributes." })
export class GraphNode {
  @Field(() => ID, { description: "Global id of the node." })
  id!: string;

  @Field(() => String, { description: "PAPER, METHOD, DATASET, TASK or CONCEPT." })
  kind!: string;

  @Field(() => String, { description: "Display label." })
  label!: string;

  @Field(() => Float, { description: "Layout x (ForceAtlas2, computed once for the whole graph and cached)." })
  x!: number;

  @Field(() => Float, { description: "Layout y (ForceAtlas2, computed once for the whole graph and cached)." })
  y!: number;

  @Field(() => Float, { description: "Display radius from PageRank centrality." })
  size!: number;

  @Field(() => String, { description: "Display colour (#rrggbb), by kind or by community (see `colorBy`)." })
  color!: string;

  @Field(() => Int, { nullable: true, description: "Louvain community id, when computed." })
  community?: number;

  @Field(() => Float, { description: "PageRank of the node (0 when not yet computed)." })
  pagerank!: number;
}

@ObjectType("GraphEdge", { description: "An edge of a subgraph." })
export class GraphEdge {
  @Field(() => ID, { description: "The edge's key." })
  id!: string;

  @Field(() => ID, { description: "Source node id (always a paper)." })
  source!: string;

  @Field(() => ID, { description: "Target node id (an entity)." })
  target!: string;

  @Field(() => String, { description: "The relation (an EdgeType value)." })
  type!: string;

  @Field(() => Float, { description: "Strength of the link." })
  weight!: number;

  @Field(() => Float, { description: "0..1 extraction confidence." })
  confidence!: number;

  /** Filled by the field resolver on request only. */
  evidence?: EvidenceSentence[];
}

@ObjectType("Subgraph", { description: "A part of the graph around some nodes." })
export class Subgraph {
  @Field(() => [GraphNode], { description: "The nodes." })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: "The edges among those nodes." })
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: "Whether the budget (`limit`) cut the neighborhood short." })
  truncated!: boolean;

  @Field(() => Int, {
    description: "Nodes within reach that the budget left out: exact, or an estimate when `omittedEstimated` (a hub within reach).",
  })
  omittedNodes!: number;

  @Field(() => Int, {
    description: "Edges within reach that the budget left out: exact, or an estimate when `omittedEstimated` (a hub within reach).",
  })
  omittedEdges!: number;

  @Field(() => Boolean, {
    description:
      "Whether `omittedNodes` and `omittedEdges` are estimates. Counting exactly needs every node within reach; when that is more than a few thousand edges away (a hub within `depth`), the best-first search expands only the nodes it keeps, through their strongest edges, and the counts are what it saw but did not keep plus the edges it did not examine.",
  })
  omittedEstimated!: boolean;
}
