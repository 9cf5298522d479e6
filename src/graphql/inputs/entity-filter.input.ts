// Filters for entity lists.
import { Field, InputType } from "type-graphql";

@InputType("EntityFilter", { description: "Restricts an entity list." })
export class EntityFilterInput {
  @Field(() => String, { nullable: true, description: "Full-text query over names and aliases (all terms must match, the last as a prefix)." })
  text?: string;
}
