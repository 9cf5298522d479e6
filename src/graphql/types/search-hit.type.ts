// One ranked full-text search result.
import { Field, Float, ObjectType } from "type-graphql";
import { Node } from "./node.interface";

@ObjectType("SearchHit", { description: "A paper or entity matching a search, with its relevance score." })
export class SearchHit {
  @Field(() => Float, { description: "BM25 relevance score (higher is better); comparable within one search only." })
  score!: number;

  @Field(() => String, { description: "The node's kind: PAPER, METHOD, DATASET, TASK or CONCEPT." })
  kind!: string;

  @Field(() => String, { description: "Display label: the paper's title or the entity's name." })
  label!: string;

  @Field(() => Node, { description: "The matching paper or entity." })
  node!: Node;
}
