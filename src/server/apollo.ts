// The Apollo Server instance: schema, query limits, error formatting and plugins, without any HTTP listener.
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { DEFAULT_LIMITS, type QueryLimits } from "../config";
import { buildPapergraphSchema, createFormatError, type GraphQLContext } from "../graphql";
import { instrumentResolvers, knownOperationTypesRule, queryShapeRules } from "../graphql/limits";
import { compiledExecution } from "./compiled-execution";
import { dictionaryModePlugin } from "./dictionary-mode";
import { limitsPlugin } from "./limits-plugin";
import { installOneShotQueryHash } from "./one-shot-hash";

export interface ApolloOptions {
  /** Mask internal errors and hide field suggestions (production). */
  production: boolean;
  limits?: QueryLimits;
  plugins?: ApolloServerPlugin<GraphQLContext>[];
  onInternalError?: (error: unknown, requestId?: string) => void;
  /** Another schema (tests inject slow resolvers this way); papergraph's by default. */
  schema?: GraphQLSchema;
}

export function createApollo(options: ApolloOptions): ApolloServer<GraphQLContext> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  installOneShotQueryHash();
  return new ApolloServer<GraphQLContext>({
    // The schema, executed as compiled operations (compiled-execution.ts) rather than by graphql-js.
    gateway: compiledExecution(instrumentResolvers(options.schema ?? buildPapergraphSchema())),
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    // No "Did you mean ...?" suggestions in production: they let a client map a hidden schema.
    hideSchemaDetailsFromClientErrors: options.production,
    formatError: createFormatError({ mask: options.production, onInternalError: options.onInternalError }),
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [...queryShapeRules(limits), knownOperationTypesRule],
    // Kept explicit: CSRF prevention on, batching off; signals are handled by the server's own graceful shutdown.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: papergraph's queries are small, and APQ lets any client fill a server cache.
    persistedQueries: false,
    stopOnTerminationSignals: false,
    // No cache-control hints are used; Apollo's default cache-control plugin would still run a hook on every
    // resolved field (about 60% of a 200-node neighborhood's serving time).
    // Apollo's copies of each request's context, result and response head would keep them alive (dictionary-mode.ts).
    plugins: [ApolloServerPluginCacheControlDisabled(), dictionaryModePlugin(), limitsPlugin(limits), ...(options.plugins ?? [])],
  });
}
