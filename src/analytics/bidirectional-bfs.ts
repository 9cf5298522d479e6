// Unweighted shortest path between two nodes, searching from both ends at once over edges walked in both
// directions; the side whose frontier has fewer edges to walk grows first (not the one with fewer nodes: a dozen
// hubs can hold more edges than a thousand papers), which keeps hub-heavy graphs cheap. Used by the path analytics.
// It walks the graph's adjacency columns (adjacency.ts) with reused per-node marks, allocating little per search.
import type { KnowledgeGraph } from "../domain";
import { adjacencyOf, derivedFrom, NodeMarks, type Adjacency } from "../graph/adjacency";
import { entryFilter, entryPasses, type EdgeFilter, type EntryFilter } from "./edge-filter";

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
  const adjacency = adjacencyOf(graph);
  const scratch = scratchFor(adjacency);
  const blocked = scratch.blocked;
  for (const node of constraints.blockedNodes ?? []) {
    const i = adjacency.index.get(node);
    if (i !== undefined) blocked.add(i);
  }
  const search: SearchState = { adjacency, constraints, filter: entryFilter(constraints.filter), blocked, checkHops: (constraints.blockedHops?.size ?? 0) > 0 };
  const forward = new Side(scratch.forward, adjacency, adjacency.index.get(from)!);
  const backward = new Side(scratch.backward, adjacency, adjacency.index.get(to)!);
  while (forward.frontier.length > 0 && backward.frontier.length > 0 && forward.depth + backward.depth < maxLength) {
    const [side, other] = forward.work <= backward.work ? [forward, backward] : [backward, forward];
    const meet = side.expand(search, other);
    if (meet >= 0) {
      const head = forward.pathTo(meet).reverse();
      const tail = backward.pathTo(meet);
      return [...head, ...tail.slice(1)].map((node) => adjacency.keys[node]);
    }
  }
  return null;
}

interface SearchState {
  adjacency: Adjacency;
  constraints: SearchConstraints;
  /** constraints.filter, read against adjacency entries. */
  filter: EntryFilter;
  /** The blocked nodes, marked. */
  blocked: NodeMarks;
  checkHops: boolean;
}

/** One side's reusable columns: which nodes it reached, and through which parent. */
interface SideColumns {
  reached: NodeMarks;
  parent: Int32Array;
}

interface Scratch {
  forward: SideColumns;
  backward: SideColumns;
  blocked: NodeMarks;
}

function scratchFor(adjacency: Adjacency): Scratch {
  const scratch = derivedFrom(adjacency, "shortest-path scratch", undefined, (): Scratch => {
    const n = adjacency.keys.length;
    const side = (): SideColumns => ({ reached: new NodeMarks(n), parent: new Int32Array(n) });
    return { forward: side(), backward: side(), blocked: new NodeMarks(n) };
  });
  scratch.forward.reached.reset();
  scratch.backward.reached.reset();
  scratch.blocked.reset();
  return scratch;
}

class Side {
  frontier: number[];
  depth = 0;

  /** Edges the next expansion walks: the frontier's total degree, kept as the frontier grows. */
  work: number;

  constructor(
    private readonly columns: SideColumns,
    adjacency: Adjacency,
    start: number,
  ) {
    columns.reached.add(start);
    columns.parent[start] = -1;
    this.frontier = [start];
    this.work = adjacency.offset[start + 1] - adjacency.offset[start];
  }

  has(node: number): boolean {
    return this.columns.reached.has(node);
  }

  /**
   * Grows one level; returns the first node reached that the other side has seen, or -1. Every meeting node of
   * the first level where the sides meet gives the same (shortest) length: a node the other side reached earlier
   * than its last level would have met this side's frontier before, so the level stops at the first one.
   */
  expand(search: SearchState, other: Side): number {
    const { adjacency, constraints, filter, blocked, checkHops } = search;
    const { offset, other: far, keys } = adjacency;
    const { reached, parent } = this.columns;
    const next: number[] = [];
    let work = 0;
    const depth = this.depth + 1;
    let meet = -1;
    for (const node of this.frontier) {
      for (let j = offset[node]; j < offset[node + 1]; j++) {
        const v = far[j];
        if (v === node || reached.has(v)) continue;
        if (!entryPasses(adjacency, filter, j)) continue;
        if (blocked.has(v) || (checkHops && constraints.blockedHops!.has(hopKey(keys[node], keys[v])))) continue;
        reached.add(v);
        parent[v] = node;
        next.push(v);
        work += offset[v + 1] - offset[v];
        if (other.has(v)) {
          meet = v;
          break;
        }
      }
      if (meet >= 0) break;
    }
    this.frontier = next;
    this.work = work;
    this.depth = depth;
    return meet;
  }

  /** Nodes from `node` back to this side's start. */
  pathTo(node: number): number[] {
    const out: number[] = [];
    for (let n = node; n >= 0; n = this.columns.parent[n]) out.push(n);
    return out;
  }
}
