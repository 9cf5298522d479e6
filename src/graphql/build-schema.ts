// Builds the executable GraphQL schema from the decorated classes.
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { Concept, Dataset, Method, Task } from "./types/entity-types";
import { RESOLVERS } from "./resolvers";

let cached: GraphQLSchema | undefined;

/** The schema (built once per process: type-graphql's metadata is global). */
export function buildPapergraphSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: RESOLVERS,
    orphanedTypes: [Method, Dataset, Task, Concept],
    validate: false,
  });
  return cached;
}
