// The Relay Node interface: anything with a global id that `node(id)` can fetch.
import { Field, ID, InterfaceType } from "type-graphql";
import { resolveNodeType } from "../resolve-type";

@InterfaceType("Node", { description: "An object with a globally unique id.", resolveType: resolveNodeType })
export abstract class Node {
  @Field(() => ID, { description: "Global id: the graph key, e.g. `paper:<id>` or `method:mixture-of-expert`." })
  id!: string;
}
