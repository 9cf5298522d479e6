// Builds the executable GraphQL schema from the decorated classes.
import "reflect-metadata";
import { isInterfaceType, type GraphQLSchema } from "graphql";
import { buildSchemaSync, getMetadataStorage } from "type-graphql";
import { Concept, Dataset, Method, Task } from "./types/entity-types";
import { RESOLVERS } from "./resolvers";
import { resolveNodeType } from "./resolve-type";
import { makeResolversSynchronous } from "./synchronous-resolvers";

let cached: GraphQLSchema | undefined;

/** The schema (built once per process: type-graphql's metadata is global). */
export function buildPapergraphSchema(): GraphQLSchema {
  if (cached) return cached;
  // papergraph uses no type-graphql middlewares or auth checks, so a field without a resolver of its own is a plain
  // property read: left to graphql-js's default resolver instead of a middleware chain per field (a neighborhood of
  // 200 nodes resolves about 3,000 of them).
  for (const type of getMetadataStorage().objectTypes) type.simpleResolvers ??= true;
  cached = buildSchemaSync({
    resolvers: RESOLVERS,
    orphanedTypes: [Method, Dataset, Task, Concept],
    validate: false,
  });
  // type-graphql wraps an interface's resolveType in an async function (to map classes to names); papergraph's
  // returns names already, so the interfaces get it directly: no promise per Node or Entity value, and a
  // compiled executor (which expects a type or a name, not a promise) resolves them too.
  for (const name of ["Node", "Entity"]) {
    const type = cached.getType(name);
    if (isInterfaceType(type)) type.resolveType = resolveNodeType;
  }
  makeResolversSynchronous(cached);
  return cached;
}
