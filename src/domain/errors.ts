// The domain's error family: stable codes inside, mapped to GraphQL extensions.code at the edge.

export type ErrorCode = "NOT_FOUND" | "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "SEARCH_INDEX_BUILDING" | "INTERNAL_SERVER_ERROR";

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("NOT_FOUND", message, details);
  }
}

export class InvalidInputError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("BAD_USER_INPUT", message, details);
  }
}

/**
 * A full-text question (search, a text filter) asked while the index is still being built, after a restart from the
 * graph cache, that would have waited past the operation's execution budget: the client should ask again shortly.
 */
export class SearchIndexBuildingError extends DomainError {
  constructor(field: string) {
    super(
      "SEARCH_INDEX_BUILDING",
      `${field}: the full-text index is still being built (the server restarted and indexes the graph in the background); try again in a few seconds`,
      { retryable: true },
    );
  }
}

/** For exhaustive switches: adding a kind makes every switch that forgot it a compile error. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
