// The confidence argument of traversals (neighborhood, paths): which extracted links they may walk.
import { DEFAULT_MIN_CONFIDENCE } from "../../domain";
import { DEFAULT_CONFIDENCE_VIEW, type ConfidenceFloor } from "../../analytics";

export const TRAVERSAL_CONFIDENCE_DESCRIPTION = `Walk only links at least this confident (0..1). Default: the view of the entity lists — typed links from ${DEFAULT_MIN_CONFIDENCE}, a paper's concept links all. Pass 0 to walk every extracted link.`;

/** The floor a traversal applies: the argument for every relation (checked by the traversal), or each relation's default. */
export function traversalConfidence(minConfidence: number | undefined | null): ConfidenceFloor {
  return minConfidence ?? DEFAULT_CONFIDENCE_VIEW;
}
