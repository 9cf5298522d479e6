// Relay cursor connections for papers and entities.
import { Field, Int, ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { Paper } from "./paper.type";

@ObjectType("PageInfo", { description: "Where a page stands in its list." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether more items follow this page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Whether items precede this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page." })
  startCursor?: string;

  @Field(() => String, { nullable: true, description: "Cursor of the last item; pass it as `after` for the next page." })
  endCursor?: string;
}

@ObjectType("PaperEdge", { description: "A paper in a connection, with its cursor." })
export class PaperEdge {
  @Field(() => String, { description: "Opaque cursor of this item." })
  cursor!: string;

  @Field(() => Paper, { description: "The paper." })
  node!: Paper;
}

@ObjectType("PaperConnection", { description: "A page of papers." })
export class PaperConnection {
  @Field(() => [PaperEdge], { description: "The items with their cursors." })
  edges!: PaperEdge[];

  @Field(() => [Paper], { description: "The items alone." })
  nodes!: Paper[];

  @Field(() => PageInfo, { description: "Pagination state." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of items in the whole list (all pages)." })
  totalCount!: number;
}

@ObjectType("EntityEdge", { description: "An entity in a connection, with its cursor." })
export class EntityEdge {
  @Field(() => String, { description: "Opaque cursor of this item." })
  cursor!: string;

  @Field(() => Entity, { description: "The entity." })
  node!: Entity;
}

@ObjectType("EntityConnection", { description: "A page of entities." })
export class EntityConnection {
  @Field(() => [EntityEdge], { description: "The items with their cursors." })
  edges!: EntityEdge[];

  @Field(() => [Entity], { description: "The items alone." })
  nodes!: Entity[];

  @Field(() => PageInfo, { description: "Pagination state." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of items in the whole list (all pages)." })
  totalCount!: number;
}
