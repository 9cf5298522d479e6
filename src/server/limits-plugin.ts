// The Apollo plugin that enforces the cost limit before execution, arms the execution deadline, and reports
// extensions.cost ({ requested, actual, limit }) and the operation's trace on every response it sends.
import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { Kind, type FragmentDefinitionNode } from "graphql";
import type { QueryLimits } from "../config";
import type { GraphQLContext } from "../graphql";
import { DEFAULT_COST_OPTIONS, QueryBudget, QueryLimitError, estimateCost } from "../graphql/limits";

const badRequest = () => ({ http: { status: 400, headers: new HeaderMap() } });

export function limitsPlugin(limits: QueryLimits): ApolloServerPlugin<GraphQLContext> {
  const costOptions = { ...DEFAULT_COST_OPTIONS, maxTraversalDepth: limits.maxTraversalDepth };
  return {
    async requestDidStart({ contextValue }) {
      const budget = (contextValue.budget ??= new QueryBudget(limits.maxCost, limits.timeoutMs));
      return {
        async didResolveOperation({ schema, document, operation, operationName, request }) {
          if (contextValue.trace) contextValue.trace.operationName = operationName;
          if (!operation) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
          const estimate = estimateCost(schema, fragments, operation, plainObject(request.variables), costOptions);
          budget.requested = estimate.cost;
          const t = estimate.traversal;
          if (t) {
            throw new QueryLimitError(
              "BAD_USER_INPUT",
              `${t.field}: ${t.argument} ${t.found} exceeds the traversal depth limit of ${t.max} (maxTraversalDepth).`,
              { limit: "maxTraversalDepth", max: t.max, found: t.found, argument: t.argument },
              [t.node],
              badRequest(),
            );
          }
          if (estimate.cost > limits.maxCost) {
            throw new QueryLimitError(
              "QUERY_TOO_COSTLY",
              `The operation may resolve ${estimate.cost} objects, more than the limit of ${limits.maxCost} (maxCost); ask for smaller pages (first, limit) or less depth.`,
              { limit: "maxCost", max: limits.maxCost, found: estimate.cost },
              undefined,
              badRequest(),
            );
          }
        },
        async executionDidStart() {
          budget.start();
        },
        async didEncounterErrors({ errors }) {
          // Internal errors are masked in production: the request id lets an operator find the stack in the log.
          if (!contextValue.requestId) return;
          for (const error of errors) (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
        },
        async willSendResponse({ response, operationName }) {
          budget.finish();
          if (contextValue.trace) contextValue.trace.operationName = operationName;
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if (result.errors) {
            result.errors = collapseTimeouts(result.errors);
            contextValue.trace?.errorCodes.push(...result.errors.map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR")));
          }
          result.extensions = { ...result.extensions, cost: budget.report() };
          budget.reported = true;
        },
      };
    },
  };
}

function plainObject(variables: unknown): Record<string, unknown> | undefined {
  return variables && typeof variables === "object" && !Array.isArray(variables) ? (variables as Record<string, unknown>) : undefined;
}

/** Every field cut by the deadline reports QUERY_TIMEOUT: keep the first, with the number of fields cut. */
function collapseTimeouts(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  const timeouts = errors.filter((e) => e.extensions?.code === "QUERY_TIMEOUT");
  if (timeouts.length <= 1) return [...errors];
  const first = { ...timeouts[0], extensions: { ...timeouts[0].extensions, cutFields: timeouts.length } };
  return [...errors.filter((e) => e.extensions?.code !== "QUERY_TIMEOUT"), first];
}
