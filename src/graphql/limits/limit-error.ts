// The errors of query limits and budgets: stable codes with the limit's name, its maximum and the value found.
import { GraphQLError, type ASTNode } from "graphql";

/** extensions.code of a query refused before execution because of its shape or estimated cost. */
export type LimitCode =
  | "QUERY_TOO_DEEP"
  | "TOO_MANY_ALIASES"
  | "TOO_MANY_TOKENS"
  | "TOO_MANY_DIRECTIVES"
  | "TOO_MANY_REPEATED_FIELDS"
  | "QUERY_TOO_COSTLY"
  | "BAD_USER_INPUT";

export interface LimitDetails {
  /** The limit's name in Config.limits, e.g. "maxDepth". */
  limit: string;
  max: number;
  /** The value the query reached (a lower bound for maxTokens: the parser stops at the limit). */
  found: number;
  [key: string]: unknown;
}

export class QueryLimitError extends GraphQLError {
  constructor(
    readonly code: LimitCode,
    message: string,
    readonly details: LimitDetails,
    nodes?: readonly ASTNode[],
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { nodes, extensions: { ...extensions, code, ...details } });
    this.name = "QueryLimitError";
  }
}

/** A field that started (or was still pending) after the operation's execution deadline. */
export class QueryTimeoutError extends GraphQLError {
  constructor(readonly timeoutMs: number) {
    super(`the operation ran past its execution budget of ${timeoutMs} ms and was cut; ask for less (smaller first/limit/depth)`, {
      extensions: { code: "QUERY_TIMEOUT", limit: "timeoutMs", max: timeoutMs },
    });
    this.name = "QueryTimeoutError";
  }
}
