// The edge of the API for errors: domain errors and query limits get their stable code; unknown ones are masked in
// production (INTERNAL_SERVER_ERROR with the request id; the stack goes to the log only).
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { DomainError } from "../domain";
import { QueryLimitError } from "./limits/limit-error";

export interface FormatErrorOptions {
  /** Hide internal messages and stacks (production). */
  mask: boolean;
  /** Called with every unexpected error and its request id, e.g. to log it with its stack. */
  onInternalError?: (error: unknown, requestId?: string) => void;
}

// graphql-js 16 words it "more that N tokens"; accept the corrected spelling too.
const TOKEN_LIMIT = /Document contains more (?:that|than) (\d+) tokens/;

export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const { locations, path } = formatted;
    if (original instanceof DomainError) {
      return { message: original.message, locations, path, extensions: { code: original.code, ...original.details } };
    }
    // Limits reported by validation rules arrive wrapped in Apollo's ValidationError, whose code they override.
    const limit = original instanceof QueryLimitError ? original : (original as { originalError?: unknown } | undefined)?.originalError;
    if (limit instanceof QueryLimitError) {
      return { message: limit.message, locations, path, extensions: { code: limit.code, ...limit.details } };
    }
    const code = formatted.extensions?.code;
    if (code === "GRAPHQL_PARSE_FAILED") {
      const tokens = TOKEN_LIMIT.exec(formatted.message);
      if (tokens) {
        const max = Number(tokens[1]);
        return {
          message: `The document has more than ${max} tokens, the limit (maxTokens); parsing stopped.`,
          extensions: { code: "TOO_MANY_TOKENS", limit: "maxTokens", max, found: max + 1 },
        };
      }
    }
    if (code && code !== "INTERNAL_SERVER_ERROR") return withoutInternals(formatted, options.mask);
    // A request Apollo refused with a 4xx status but no code (e.g. a malformed extension) is the client's error.
    const status = (error as { extensions?: { http?: { status?: unknown } } } | undefined)?.extensions?.http?.status;
    if (typeof status === "number" && status >= 400 && status < 500) {
      return withoutInternals({ ...formatted, extensions: { ...formatted.extensions, code: "BAD_REQUEST" } }, options.mask);
    }
    const requestId = typeof formatted.extensions?.requestId === "string" ? formatted.extensions.requestId : undefined;
    options.onInternalError?.(original, requestId);
    if (!options.mask) return formatted;
    return {
      message: requestId ? `Internal server error (request ${requestId})` : "Internal server error",
      locations,
      path,
      extensions: { code: "INTERNAL_SERVER_ERROR", ...(requestId && { requestId }) },
    };
  };
}

function withoutInternals(formatted: GraphQLFormattedError, mask: boolean): GraphQLFormattedError {
  if (!formatted.extensions?.requestId && !(mask && formatted.extensions?.stacktrace)) return formatted;
  const { stacktrace, requestId: _id, ...extensions } = formatted.extensions;
  return { ...formatted, extensions: mask ? extensions : { ...extensions, ...(stacktrace !== undefined && { stacktrace }) } };
}
