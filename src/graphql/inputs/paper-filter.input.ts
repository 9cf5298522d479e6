// Filters for the paper list; every given field must hold (AND), and every listed name too.
import { Field, InputType } from "type-graphql";

@InputType("PaperFilter", { description: "Restricts a paper list. All given conditions must hold." })
export class PaperFilterInput {
  @Field(() => String, { nullable: true, description: "Full-text query over titles, abstracts and keywords (all terms must match)." })
  text?: string;

  @Field(() => [String], { nullable: true, description: "Method names or aliases the paper must link to (all of them)." })
  methods?: string[];

  @Field(() => [String], { nullable: true, description: "Dataset names or aliases the paper must link to (all of them)." })
  datasets?: string[];

  @Field(() => [String], { nullable: true, description: "Task names or aliases the paper must link to (all of them)." })
  tasks?: string[];

  @Field(() => [String], { nullable: true, description: "Concept names or aliases the paper must link to (all of them)." })
  concepts?: string[];

  @Field(() => Boolean, { nullable: true, description: "Only papers with (true) or without (false) code URLs." })
  hasCode?: boolean;
}
