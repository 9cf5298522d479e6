// Which edges a traversal may walk: by type and by minimum weight.
import type { EdgeAttributes, EdgeType } from "../domain";

export interface EdgeFilter {
  edgeTypes?: ReadonlySet<EdgeType>;
  minWeight: number;
}

export function edgePasses(filter: EdgeFilter, attributes: EdgeAttributes): boolean {
  if (filter.edgeTypes && !filter.edgeTypes.has(attributes.type)) return false;
  return attributes.weight >= filter.minWeight;
}
