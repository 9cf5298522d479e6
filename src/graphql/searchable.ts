// Full-text questions (search, text filters) after a restart: the index is completed in the background, and a
// question that arrives first waits for it, but not past its operation's execution budget: then it is answered with
// SEARCH_INDEX_BUILDING ("try again in a few seconds") rather than the budget's "ask for less".
import { SearchIndexBuildingError } from "../domain";
import type { GraphQLContext } from "./context";

/** Kept back from the remaining budget, so that this error answers before the budget's own. */
const MARGIN_MS = 100;

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
}
