// The sentence behind an edge, and where the entity stands in it.
import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType("Evidence", { description: "A supporting sentence: text.slice(start, end) is the entity's surface form." })
export class EvidenceSentence {
  @Field(() => ID, { description: "Global id of the paper the sentence comes from." })
  paper!: string;

  @Field(() => Int, { description: "Index of the sentence in the paper (0 is the title)." })
  sentence!: number;

  @Field(() => String, { description: "The sentence." })
  text!: string;

  @Field(() => Int, { description: "Start offset of the mention in `text`." })
  start!: number;

  @Field(() => Int, { description: "End offset (exclusive) of the mention in `text`." })
  end!: number;

  @Field(() => String, { description: "The mention itself: text.slice(start, end)." })
  mention!: string;
}
