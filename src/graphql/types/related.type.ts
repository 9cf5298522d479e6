// Related work and related entities, each with the reasons it is related.
import { Field, Float, Int, ObjectType } from "type-graphql";
import { Concept, Dataset, Method, Task } from "./entity-types";
import { Entity } from "./entity.interface";
import { Paper } from "./paper.type";

@ObjectType("SharedEntities", { description: "The entities two papers have in common, rarest first." })
export class SharedEntities {
  @Field(() => [Method], { description: "Shared methods." })
  methods!: Method[];

  @Field(() => [Dataset], { description: "Shared datasets." })
  datasets!: Dataset[];

  @Field(() => [Task], { description: "Shared tasks." })
  tasks!: Task[];

  @Field(() => [Concept], { description: "Shared concepts." })
  concepts!: Concept[];
}

@ObjectType("RelatedPaper", { description: "A paper related to another, with its score and what they share." })
export class RelatedPaper {
  @Field(() => Paper, { description: "The related paper." })
  paper!: Paper;

  @Field(() => Float, { description: "Blended score in [0, 1]: shared entities (Adamic–Adar) and text similarity (TF-IDF cosine)." })
  score!: number;

  @Field(() => Float, { description: "The shared-entity part of the score, in [0, 1]: rare shared entities count more." })
  structural!: number;

  @Field(() => Float, { description: "TF-IDF cosine similarity of title, keywords and abstract." })
  text!: number;

  @Field(() => SharedEntities, { description: "The entities both papers link to." })
  shared!: SharedEntities;
}

@ObjectType("RelatedEntity", { description: "An entity that co-occurs with another across papers." })
export class RelatedEntity {
  @Field(() => Entity, { description: "The related entity." })
  entity!: Entity;

  @Field(() => Float, { description: "Normalised PMI of the pair, in [-1, 1] (the ranking measure)." })
  score!: number;

  @Field(() => Float, { description: "Pointwise mutual information of co-occurrence over papers." })
  pmi!: number;

  @Field(() => Float, { description: "Normalised PMI, in [-1, 1]." })
  npmi!: number;

  @Field(() => Int, { description: "Papers linked to both entities." })
  count!: number;

  @Field(() => [Paper], { description: "Some of those shared papers (up to 20)." })
  papers!: Paper[];
}
