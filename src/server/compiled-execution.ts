// Operations run as compiled JavaScript (graphql-jit) instead of graphql-js's interpreter: the same schema,
// resolvers, validation and plugins, but each distinct operation is turned once into a function that resolves
// its fields with direct property reads and builds its result as plain objects. For a 200-node neighborhood
// this halves the time from resolver output to JSON (graphql-js walks ~2,000 fields through generic code and
// builds null-prototype objects that JSON.stringify serialises slowly).
//
// Apollo Server 5 lets an executor replace graphql-js only through its gateway interface, so this is a
// "gateway" that serves one fixed local schema. Apollo still parses, validates (with papergraph's rules),
// runs every plugin hook around execution and formats errors; only the execution step is swapped. An operation
// graphql-jit cannot compile (it reports why) runs on graphql-js as before.
import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from "@apollo/server-gateway-interface";
import { execute, getVariableValues, GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { toDictionaryMode } from "./dictionary-mode";
import { installGatewayRequestContext } from "./gateway-request-context";

type Compiled = CompiledQuery | undefined;
type Result = ExecutionResult<Record<string, unknown>, Record<string, unknown>>;

/**
 * graphql-jit's errors leave `extensions` undefined where graphql-js's are `{}` (Apollo reads extensions.code):
 * such an error becomes a graphql-js GraphQLError with the same message, path, locations and original error.
 */
export function withExtensions(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  (copy as { locations?: GraphQLError["locations"] }).locations = error.locations;
  return copy;
}

/** The compiled form of each operation of a document (undefined: graphql-js runs it). */
class CompiledOperations {
  /** Keyed by the parsed document, which Apollo's document store keeps per query text: bounded by that store. */
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();

  constructor(private readonly schema: GraphQLSchema) {}

  get(document: DocumentNode, operationName: string | null): Compiled {
    let operations = this.byDocument.get(document);
    if (!operations) this.byDocument.set(document, (operations = new Map()));
    const key = operationName ?? "";
    if (!operations.has(key)) {
      const compiled = compileQuery(this.schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      operations.set(key, isCompiledQuery(compiled) ? compiled : undefined);
    }
    return operations.get(key);
  }
}

/** An Apollo "gateway" that executes `schema`'s operations compiled; pass it as `gateway` instead of `schema`. */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  installGatewayRequestContext();
  const listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  const compiled = new CompiledOperations(schema);
  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const query = compiled.get(document, operationName);
    if (!query) return (await execute({ schema, document, operationName, contextValue: context, variableValues: request.variables })) as Result;
    // Variables are checked by graphql-js first, so a bad one gets its usual error (with the variable's node, which
    // Apollo turns into BAD_USER_INPUT and a 400); graphql-jit then coerces the same raw values itself.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const result = (await query.query(undefined, context, request.variables ?? {})) as Result;
    // Apollo copies the result with `{ ...result, errors }`: in dictionary mode it is not kept alive (dictionary-mode.ts).
    return toDictionaryMode(result.errors ? { ...result, errors: result.errors.map(withExtensions) } : result);
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      const sdl = printSchema(schema);
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: sdl });
      return { executor };
    },
    async stop() {
      listeners.clear();
    },
  };
}
