// A paper sent to the addPapers mutation: the same fields, and the same rules, as a JSON Lines record.
import { Field, ID, InputType } from "type-graphql";

@InputType("PaperInput", { description: "A paper to add or update. Same id or same normalised title as an existing paper updates it." })
export class PaperInput {
  @Field(() => String, { description: "Title (required, non-empty)." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Abstract; entities are extracted from the title and abstract." })
  abstract?: string;

  @Field(() => ID, { nullable: true, description: "The source's id (e.g. an arXiv id); a slug of the normalised title when absent." })
  id?: string;

  @Field(() => String, { nullable: true, description: "Landing page URL." })
  url?: string;

  @Field(() => [String], { nullable: true, description: "Author names." })
  authors?: string[];

  @Field(() => String, { nullable: true, description: "Publication date, ISO 8601 (YYYY-MM-DD or a full timestamp)." })
  published?: string;

  @Field(() => [String], { nullable: true, description: "Author keywords." })
  keywords?: string[];

  @Field(() => String, { nullable: true, description: "Venue (journal, conference)." })
  venue?: string;
}
