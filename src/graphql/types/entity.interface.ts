// The Entity interface shared by methods, datasets, tasks and concepts.
import { Field, Int, InterfaceType } from "type-graphql";
import { EntityKindEnum } from "./enums";
import { Node } from "./node.interface";
import { resolveNodeType } from "../resolve-type";

@InterfaceType("Entity", {
  implements: Node,
  description: "Something papers propose, use, evaluate on, address or mention, merged across papers by name and alias.",
  resolveType: resolveNodeType,
})
export abstract class Entity extends Node {
  @Field(() => EntityKindEnum, { description: "The entity's kind." })
  kind!: EntityKindEnum;

  @Field(() => String, { description: "Canonical name: the long form when an acronym was defined." })
  name!: string;

  @Field(() => [String], { description: "Other surface forms merged into this entity, acronyms included." })
  aliases!: string[];

  @Field(() => Int, { description: "Number of distinct papers linked to this entity." })
  paperCount!: number;
}
