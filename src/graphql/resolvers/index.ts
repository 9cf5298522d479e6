// The explicit list of resolver classes registered in the schema.
import type { NonEmptyArray } from "type-graphql";
import { CommunityResolver, RankedEntityResolver } from "./community.resolver";
import { EntityResolver } from "./entity.resolver";
import { GraphEdgeResolver } from "./graph-edge.resolver";
import { GraphResolver } from "./graph.resolver";
import { MethodResolver } from "./method.resolver";
import { MutationResolver } from "./mutation.resolver";
import { NodeResolver } from "./node.resolver";
import { PathResolver } from "./path.resolver";
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
  MutationResolver,
  GraphEdgeResolver,
  PathResolver,
  CommunityResolver,
  RankedEntityResolver,
];
