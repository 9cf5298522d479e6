// A validation rule refusing operations whose root type the schema lacks (a `subscription` here): graphql-js 16 only
// notices at execution, where the error has no code and would surface as an internal error.
import { GraphQLError, type ASTVisitor, type ValidationContext } from "graphql";

export function knownOperationTypesRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      const schema = context.getSchema();
      const root =
        node.operation === "query" ? schema.getQueryType() : node.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
      if (!root) context.reportError(new GraphQLError(`This server does not support ${node.operation} operations.`, { nodes: [node] }));
      return false;
    },
  };
}
