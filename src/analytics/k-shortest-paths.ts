// The k shortest simple paths between two nodes (as distinct node sequences), by Yen's algorithm.
// Reference: Yen, J. Y. (1971). Finding the k shortest loopless paths in a network. Management Science 17(11).
// Each spur search is a bidirectional BFS bounded by the hops left, so the cost is O(k * maxLength) searches
// rather than the enumeration of all simple paths, which explodes around hub nodes.
import type { KnowledgeGraph } from "../domain";
import { bidirectionalBfs, hopKey } from "./bidirectional-bfs";
import { checkInteger, withDefaults } from "./option-checks";
import { requireNode } from "./require-node";
import { resolvePathOptions, toGraphPath, type GraphPath, type PathOptions } from "./shortest-path";

export interface KShortestPathsOptions extends PathOptions {
  /** How many paths, 1..50. */
  k?: number;
}

export const K_SHORTEST_PATHS_DEFAULTS = { k: 5 } as const;
export const K_SHORTEST_PATHS_MAX_K = 50;

/** Up to k loopless paths from `from` to `to`, shortest first (equal lengths in discovery order). */
export function kShortestPaths(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  options: KShortestPathsOptions = {},
): GraphPath[] {
  const fn = "kShortestPaths";
  const k = checkInteger(fn, "k", withDefaults(K_SHORTEST_PATHS_DEFAULTS, options).k, 1, K_SHORTEST_PATHS_MAX_K);
  const { maxLength, filter } = resolvePathOptions(fn, options);
  requireNode(graph, fn, from);
  requireNode(graph, fn, to);

  const first = bidirectionalBfs(graph, from, to, maxLength, { filter });
  if (!first) return [];
  const accepted: string[][] = [first];
  if (from === to) return [toGraphPath(graph, first, filter)];

  const seen = new Set<string>([first.join("\u0001")]);
  const candidates: string[][] = [];
  while (accepted.length < k) {
    const previous = accepted[accepted.length - 1];
    for (let i = 0; i + 1 < previous.length; i++) {
      const spur = previous[i];
      const rootPath = previous.slice(0, i + 1);
      const blockedHops = new Set<string>();
      for (const path of accepted) {
        if (path.length > i + 1 && samePrefix(path, rootPath)) blockedHops.add(hopKey(path[i], path[i + 1]));
      }
      const blockedNodes = new Set(rootPath.slice(0, i));
      const spurPath = bidirectionalBfs(graph, spur, to, maxLength - i, { filter, blockedNodes, blockedHops });
      if (!spurPath) continue;
      const candidate = [...rootPath.slice(0, i), ...spurPath];
      const id = candidate.join("\u0001");
      if (!seen.has(id)) {
        seen.add(id);
        candidates.push(candidate);
      }
    }
    if (candidates.length === 0) break;
    // Shortest candidate; ties keep discovery order (stable and deterministic).
    let best = 0;
    for (let j = 1; j < candidates.length; j++) if (candidates[j].length < candidates[best].length) best = j;
    accepted.push(candidates.splice(best, 1)[0]);
  }
  return accepted.map((nodes) => toGraphPath(graph, nodes, filter));
}

function samePrefix(path: readonly string[], prefix: readonly string[]): boolean {
  for (let j = 0; j < prefix.length; j++) if (path[j] !== prefix[j]) return false;
  return true;
}
