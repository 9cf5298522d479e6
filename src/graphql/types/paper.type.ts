// A paper as served: its metadata; linked entities come from field resolvers.
import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "./node.interface";

@ObjectType("Paper", { implements: Node, description: "A research paper (title and abstract) and what it links to." })
export class Paper extends Node {
  @Field(() => ID, { description: "The paper's own id (from its source, or a slug of its title)." })
  paperId!: string;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { description: "Abstract (may be empty)." })
  abstract!: string;

  @Field(() => String, { nullable: true, description: "Landing page URL, when the source gives one." })
  url?: string;

  @Field(() => [String], { description: "Code and project URLs found in the paper's text." })
  codeUrls!: string[];

  @Field(() => [String], { description: "Author names, when the source gives them." })
  authors!: string[];

  @Field(() => String, { nullable: true, description: "Publication date (ISO 8601), when known." })
  published?: string;

  @Field(() => [String], { description: "Author keywords, when the source gives them." })
  keywords!: string[];

  @Field(() => String, { nullable: true, description: "Venue, when known." })
  venue?: string;
}
