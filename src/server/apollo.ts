// The Apollo Server instance: schema, error formatting and plugins, without any HTTP listener.
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { buildPapergraphSchema, createFormatError, type GraphQLContext } from "../graphql";

export interface ApolloOptions {
  /** Mask internal errors and hide field suggestions (production). */
  production: boolean;
  plugins?: ApolloServerPlugin<GraphQLContext>[];
  onInternalError?: (error: unknown) => void;
}

export function createApollo(options: ApolloOptions): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema: buildPapergraphSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createFormatError({ mask: options.production, onInternalError: options.onInternalError }),
    plugins: options.plugins ?? [],
  });
}
