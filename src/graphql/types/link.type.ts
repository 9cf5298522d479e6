// A typed edge from a paper to an entity, with its confidence and evidence.
import { Field, Float, ID, ObjectType } from "type-graphql";
import { EdgeTypeEnum } from "./enums";
import { Entity } from "./entity.interface";
import { EvidenceSentence } from "./evidence.type";

@ObjectType("Link", { description: "A paper's relation to an entity, with the sentences that support it." })
export class Link {
  @Field(() => ID, { description: "The edge's key." })
  id!: string;

  @Field(() => EdgeTypeEnum, { description: "The relation." })
  type!: EdgeTypeEnum;

  @Field(() => Entity, { description: "The entity the paper links to." })
  entity!: Entity;

  @Field(() => Float, { description: "0..1: how sure the extractor is of this link." })
  confidence!: number;

  @Field(() => Float, { description: "Strength of the link (confidence, growing with the supporting sentences)." })
  weight!: number;

  @Field(() => [EvidenceSentence], { description: "Every supporting sentence." })
  evidence!: EvidenceSentence[];
}
