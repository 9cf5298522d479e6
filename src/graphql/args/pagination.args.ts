// Cursor pagination arguments: `first` defaults to 20 and is at most 100.
import { ArgsType, Field, Int } from "type-graphql";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, { nullable: true, description: `Page size: ${DEFAULT_PAGE_SIZE} by default, 0 to ${MAX_PAGE_SIZE}.` })
  first?: number;

  @Field(() => String, { nullable: true, description: "Return items after this cursor (a previous page's endCursor)." })
  after?: string;
}
