// Wraps the schema's resolvers once so that every operation with a QueryBudget in its context counts the objects it
// resolves (cost.actual) and is cut at its deadline: fields starting late fail at once, pending async ones are raced.
import { defaultFieldResolver, getNamedType, isCompositeType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { QueryTimeoutError } from "./limit-error";
import type { QueryBudget } from "./query-budget";

const INSTRUMENTED = Symbol.for("papergraph.instrumented");

interface WithBudget {
  budget?: QueryBudget;
}

/** Idempotent: instruments each field once, whatever the number of servers sharing the schema. */
export function instrumentResolvers(schema: GraphQLSchema): GraphQLSchema {
  const marked = schema as GraphQLSchema & { [INSTRUMENTED]?: true };
  if (marked[INSTRUMENTED]) return schema;
  marked[INSTRUMENTED] = true;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const composite = isCompositeType(getNamedType(field.type));
      // Leaves resolved by plain property access cannot run away and are not counted: left alone for speed.
      if (!composite && !field.resolve) continue;
      field.resolve = wrap(field.resolve ?? defaultFieldResolver, composite);
    }
  }
  return schema;
}

function wrap(resolve: GraphQLFieldResolver<unknown, unknown>, composite: boolean): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const budget = (context as WithBudget | undefined)?.budget;
    if (!budget) return resolve(source, args, context, info);
    if (budget.expired()) throw new QueryTimeoutError(budget.timeoutMs);
    const result = resolve(source, args, context, info);
    if (isPromise(result)) {
      const raced = Promise.race([result, budget.expiryPromise()]);
      return composite ? raced.then((value) => count(budget, value)) : raced;
    }
    return composite ? count(budget, result) : result;
  };
}

function count<T>(budget: QueryBudget, value: T): T {
  budget.actual += objects(value);
  return value;
}

function objects(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) {
    let n = 0;
    for (const item of value) n += Array.isArray(item) ? objects(item) : item === null || item === undefined ? 0 : 1;
    return n;
  }
  return 1;
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as Promise<unknown> | null)?.then === "function";
}
