// Unweighted shortest path between two nodes, searching from both ends at once over edges walked in both
// directions; the side whose frontier has fewer edges to walk grows first (not the one with fewer nodes: a dozen
// hubs can hold more edges than a thousand papers), which keeps hub-heavy graphs cheap. Used by the path analytics.
import type { KnowledgeGraph } from "../domain";
import { edgePasses, type EdgeFilter } from "./edge-filter";

export interface SearchConstraints {
  filter: EdgeFilter;
  /** Nodes the path may not enter. */
  blockedNodes?: ReadonlySet<string>;
  /** Node pairs (see hopKey) the path may not step across. */
  blockedHops?: ReadonlySet<string>;
}

/** The key of an unordered node pair. */
export function hopKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The node sequence of one shortest path with at most maxLength hops, or null. */
export function bidirectionalBfs(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  maxLength: number,
  constraints: SearchConstraints,
): string[] | null {
  if (from === to) return [from];
  const forward = new Side(graph, from);
  const backward = new Side(graph, to);
  while (forward.frontier.length > 0 && backward.frontier.length > 0 && forward.depth + backward.depth < maxLength) {
    const [side, other] = forward.work <= backward.work ? [forward, backward] : [backward, forward];
    const meet = side.expand(graph, other, constraints);
    if (meet !== null) {
      const head = forward.pathTo(meet).reverse();
      const tail = backward.pathTo(meet);
      return [...head, ...tail.slice(1)];
    }
  }
  return null;
}

class Side {
  readonly parent = new Map<string, string | null>();
  readonly dist = new Map<string, number>();
  frontier: string[];
  depth = 0;

  /** Edges the next expansion walks: the frontier's total degree, kept as the frontier grows. */
  work: number;

  constructor(graph: KnowledgeGraph, start: string) {
    this.parent.set(start, null);
    this.dist.set(start, 0);
    this.frontier = [start];
    this.work = graph.degree(start);
  }

  /**
   * Grows one level; returns the first node reached that the other side has seen, or null. Every meeting node of
   * the first level where the sides meet gives the same (shortest) length: a node the other side reached earlier
   * than its last level would have met this side's frontier before, so the level stops at the first one.
   */
  expand(graph: KnowledgeGraph, other: Side, c: SearchConstraints): string | null {
    const next: string[] = [];
    let work = 0;
    let meet: string | null = null;
    const depth = this.depth + 1;
    for (const node of this.frontier) {
      const met = graph.someEdge(node, (_edge, attributes, source, target) => {
        const v = source === node ? target : source;
        if (v === node || this.parent.has(v) || !edgePasses(c.filter, attributes)) return false;
        if (c.blockedNodes?.has(v) || c.blockedHops?.has(hopKey(node, v))) return false;
        this.parent.set(v, node);
        this.dist.set(v, depth);
        next.push(v);
        work += graph.degree(v);
        if (!other.dist.has(v)) return false;
        meet = v;
        return true;
      });
      if (met) break;
    }
    this.frontier = next;
    this.work = work;
    this.depth = depth;
    return meet;
  }

  /** Nodes from `node` back to this side's start. */
  pathTo(node: string): string[] {
    const out: string[] = [];
    for (let n: string | null | undefined = node; n != null; n = this.parent.get(n)) out.push(n);
    return out;
  }
}
