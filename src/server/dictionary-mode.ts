// Apollo Server copies its per-request objects with object spreads followed by more properties:
// `execute({ ...requestContext, useLegacyIncremental })`, `{ ...result, errors }`, `{ ...response.http, body }`.
// In Node 20's V8, copying a fast-mode object that way keeps what the source refers to alive through young-
// generation collections until the next full one (measured with --trace-gc-nvp: a 10-line loop of
// `use({ ...ctx, flag: false })` promotes about 1% of everything it allocates; `{ ...ctx }`, `{ flag, ...ctx }`,
// Object.assign, and a dictionary-mode source promote nothing). In the server that was every request's context,
// result and response: about 650 KB promoted per scavenge at 10,000 req/s, which lengthened the scavenges and
// filled the old generation until a full collection (about a second of marking at 100k papers) held the thread.
// Turning those sources into dictionary-mode objects before Apollo copies them keeps them young.
import type { ApolloServerPlugin } from "@apollo/server";

const FIRST = "__papergraphDictionaryModeFirst";
const SECOND = "__papergraphDictionaryModeSecond";

/**
 * Turns a fast-mode object into a dictionary-mode one, leaving its properties as they were: V8 normalises an object
 * whose property other than the last added is deleted (deleting the last one only steps its hidden class back).
 */
export function toDictionaryMode<T extends object>(object: T): T {
  const o = object as Record<string, unknown>;
  o[FIRST] = undefined;
  o[SECOND] = undefined;
  delete o[FIRST];
  delete o[SECOND];
  return object;
}

/** The plugin that turns Apollo's request context and its response head into dictionary-mode objects. */
export function dictionaryModePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart(requestContext) {
      toDictionaryMode(requestContext);
      toDictionaryMode(requestContext.response.http);
    },
  };
}
