// Limits on a document's shape — depth, aliases, directives, repeated fields — as validation rules (graphql-armor and
// one of ours), each reporting a QueryLimitError that names the limit and the value found.
import { validate, type DocumentNode, type GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from "graphql";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { QueryLimits } from "../../config";
import { QueryLimitError, type LimitCode } from "./limit-error";
import { repeatedFieldsRule } from "./repeated-fields-rule";

/** Depth of graphql-js's own introspection query (getIntrospectionQuery), which introspection may always reach. */
export const INTROSPECTION_DEPTH = 15;

export type ShapeLimits = Pick<QueryLimits, "maxDepth" | "maxAliases" | "maxDirectives" | "maxRepeatedFields">;

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

export function queryShapeRules(limits: ShapeLimits): ValidationRule[] {
  const tooDeep = new WeakSet<ValidationContext>(); // both depth rules may fire: report the first only
  const reject = (code: LimitCode, limit: keyof ShapeLimits, what: string) => (context: ValidationContext | null, error: GraphQLError) => {
    if (!context || (code === "QUERY_TOO_DEEP" && tooDeep.has(context))) return;
    if (code === "QUERY_TOO_DEEP") tooDeep.add(context);
    const m = /limit of (\d+) exceeded, found (\d+)/.exec(error.message);
    const max = m ? Number(m[1]) : limits[limit];
    const found = m ? Number(m[2]) : Number.NaN;
    context.reportError(new QueryLimitError(code, `${what} ${found} exceeds the limit of ${max} (${limit}).`, { limit, max, found }));
  };
  const off = { enabled: false };
  const armor = (config: ArmorConfig): ValidationRule[] =>
    new ApolloArmor({ blockFieldSuggestion: off, costLimit: off, maxTokens: off, maxAliases: off, maxDirectives: off, maxDepth: off, ...config }).protect()
      .validationRules as ValidationRule[];
  return [
    ...armor({
      maxDepth: {
        n: limits.maxDepth,
        flattenFragments: true,
        ignoreIntrospection: true,
        propagateOnRejection: false,
        onReject: [reject("QUERY_TOO_DEEP", "maxDepth", "Query depth")],
      },
      maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [reject("TOO_MANY_ALIASES", "maxAliases", "Alias count")] },
      maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [reject("TOO_MANY_DIRECTIVES", "maxDirectives", "Directive count")] },
    }),
    // Introspection is exempt from maxDepth but not unbounded: graphql-js's standard introspection query is its ceiling.
    ...armor({
      maxDepth: {
        n: Math.max(limits.maxDepth, INTROSPECTION_DEPTH),
        flattenFragments: true,
        ignoreIntrospection: false,
        propagateOnRejection: false,
        onReject: [reject("QUERY_TOO_DEEP", "maxDepth", "Query depth (introspection included)")],
      },
    }),
    repeatedFieldsRule({
      max: limits.maxRepeatedFields,
      onReject: (context, error, found) => {
        context.reportError(
          new QueryLimitError("TOO_MANY_REPEATED_FIELDS", error.message, { limit: "maxRepeatedFields", max: limits.maxRepeatedFields, found }, error.nodes),
        );
      },
    }),
  ];
}

/** Runs only the shape rules (about a millisecond even on hostile documents); the first broken limit, or undefined. */
export function checkQueryShape(schema: GraphQLSchema, document: DocumentNode, rules: readonly ValidationRule[]): QueryLimitError | undefined {
  const errors = validate(schema, document, rules, { maxErrors: 10 });
  return errors.find((e): e is QueryLimitError => e instanceof QueryLimitError);
}
