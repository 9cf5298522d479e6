// The explicit list of resolver classes registered in the schema.
import type { NonEmptyArray } from "type-graphql";
import { EntityResolver } from "./entity.resolver";
import { GraphResolver } from "./graph.resolver";
import { MethodResolver } from "./method.resolver";
import { NodeResolver } from "./node.resolver";
import { PaperResolver } from "./paper.resolver";
import { SearchResolver } from "./search.resolver";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  NodeResolver,
  PaperResolver,
  EntityResolver,
  MethodResolver,
  SearchResolver,
  GraphResolver,
];
