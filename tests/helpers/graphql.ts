// Runs GraphQL operations in-process against a store, through Apollo's executeOperation.
import "reflect-metadata";
import type { GraphStore } from "../../src/graph";
import type { QueryLimits } from "../../src/config";
import { createApollo } from "../../src/server/apollo";

export interface GqlResult {
  data?: Record<string, any>;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export function graphqlClient(store: GraphStore, options: { production?: boolean; limits?: QueryLimits } = {}) {
  const apollo = createApollo({ production: options.production ?? false, limits: options.limits });
  return async (query: string, variables?: Record<string, unknown>, operationName?: string): Promise<GqlResult> => {
    const response = await apollo.executeOperation({ query, variables, operationName }, { contextValue: { store } });
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    return response.body.singleResult as GqlResult;
  };
}
