// Full-text questions (search, text filters) after a restart: the index is completed in the background, and a
// question that arrives first waits for it, but not past its operation's execution budget, and goes on only with room
// left in that budget to be answered: else it is answered with SEARCH_INDEX_BUILDING ("try again in a few seconds")
// rather than the budget's "ask for less".
import { SearchIndexBuildingError } from "../domain";
import type { GraphQLContext } from "./context";

/** Kept back from the remaining budget, so that this error answers before the budget's own. */
const MARGIN_MS = 100;
/**
 * What a question that waited must still have of its budget to go on (or a quarter of the budget it had on arrival,
 * if less): a search takes up to a few hundred ms at 100k papers, and the index's completion can be followed by a
 * pause (the restart's full collection, about a second at that size). With less, the answer is SEARCH_INDEX_BUILDING,
 * which a client retries at once, rather than the budget's cut.
 */
export const ROOM_AFTER_WAIT_MS = 500;

/** Resolves once the store's full-text index is complete; rejects with SearchIndexBuildingError near the deadline. */
export async function searchable(ctx: GraphQLContext, field: string): Promise<void> {
  if (ctx.store.searchComplete) return;
  const remaining = ctx.budget?.remainingMs();
  if (remaining === undefined || !Number.isFinite(remaining)) return ctx.store.searchReady();
  let timer: NodeJS.Timeout | undefined;
  const giveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SearchIndexBuildingError(field)), Math.max(0, remaining - MARGIN_MS));
  });
  try {
    await Promise.race([ctx.store.searchReady(), giveUp]);
  } finally {
    clearTimeout(timer);
  }
  if ((ctx.budget?.remainingMs() ?? Infinity) < Math.min(ROOM_AFTER_WAIT_MS, remaining / 4)) throw new SearchIndexBuildingError(field);
}
