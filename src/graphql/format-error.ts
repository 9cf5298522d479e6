// The edge of the API for errors: domain errors get their stable code; unknown ones are masked outside development.
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { DomainError } from "../domain";

export interface FormatErrorOptions {
  /** Hide internal messages and stacks (production). */
  mask: boolean;
  /** Called with every unexpected error, e.g. to log it with its stack. */
  onInternalError?: (error: unknown) => void;
}

export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...original.details },
      };
    }
    const code = formatted.extensions?.code;
    if (code && code !== "INTERNAL_SERVER_ERROR") return stripStack(formatted, options.mask);
    options.onInternalError?.(original);
    if (!options.mask) return formatted;
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

function stripStack(formatted: GraphQLFormattedError, mask: boolean): GraphQLFormattedError {
  if (!mask || !formatted.extensions?.stacktrace) return formatted;
  const { stacktrace: _stack, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
