// How well an entity is supported by the corpus: papers, sentences and confidence.
import { Field, Float, Int, ObjectType } from "type-graphql";
import { KindCount } from "./graph-stats.type";

@ObjectType("EntitySupport", { description: "The evidence behind an entity across the corpus." })
export class EntitySupport {
  @Field(() => Int, { description: "Distinct papers linked to the entity." })
  papers!: number;

  @Field(() => Int, { description: "Supporting sentences over all its edges." })
  sentences!: number;

  @Field(() => Float, { description: "Mean confidence of its edges (0..1)." })
  meanConfidence!: number;

  @Field(() => [KindCount], { description: "Number of edges per relation type." })
  byRelation!: KindCount[];
}
