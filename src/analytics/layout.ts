// Node positions by ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian 2014), on the undirected projection.
// Starting positions decide how many iterations a large graph needs, so they are chosen with care, in order:
// a previous layout (a refresh after a small change only needs a few iterations), else the node's community
// (community centres laid out first on the small quotient graph, members scattered around them), else a hash of
// the key. All are deterministic for a given seed.
import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { KnowledgeGraph } from "../domain";
import { checkInteger, withDefaults } from "./option-checks";
import { hashString } from "./random";
import { undirectedProjection, type ProjectedGraph } from "./undirected-projection";

export interface Position {
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** ForceAtlas2 iterations, 0..10000; default scales down with graph size (see defaultIterations). */
  iterations?: number;
  seed?: number;
  /** A weighted projection already built (computeAnalytics shares one); the layout writes x/y on its nodes. */
  projection?: ProjectedGraph;
  /** Community of each node, to start members of a community together. */
  community?: ReadonlyMap<string, number>;
  /** Positions to start from (e.g. the previous layout); nodes missing here start from their community or hash. */
  initial?: ReadonlyMap<string, Position>;
}

export const LAYOUT_DEFAULTS = { seed: 42 } as const;

/**
 * Enough iterations for small graphs to settle, fewer on large ones where each costs O(n log n + m) (about 4 s on
 * one core at 100k papers, 440k nodes): beyond 250k nodes none, and the positions are the community-seeded ones
 * (community centres laid out on the quotient graph, members scattered around them).
 */
export function defaultIterations(order: number): number {
  if (order <= 1_000) return 300;
  if (order <= 5_000) return 100;
  if (order <= 20_000) return 50;
  if (order <= 100_000) return 20;
  if (order <= 250_000) return 5;
  return 0;
}

export function layout(graph: KnowledgeGraph, options: LayoutOptions = {}): Map<string, Position> {
  const fn = "layout";
  const projection = options.projection ?? undirectedProjection(graph, { weighted: true });
  const o = withDefaults({ ...LAYOUT_DEFAULTS, iterations: defaultIterations(projection.order) }, options);
  const iterations = checkInteger(fn, "iterations", o.iterations, 0, 10_000);
  const seed = checkInteger(fn, "seed", o.seed, 0, 2 ** 32 - 1);

  const spread = 10 * Math.sqrt(Math.max(1, projection.order));
  const centres = options.community ? communityCentres(projection, options.community, spread, seed) : undefined;
  const initial = new Map<string, Position>();
  projection.forEachNode((node) => {
    const previous = options.initial?.get(node);
    if (previous && Number.isFinite(previous.x) && Number.isFinite(previous.y)) {
      initial.set(node, { x: previous.x, y: previous.y });
      return;
    }
    const centre = centres?.get(options.community!.get(node)!);
    const radius = centre ? centre.radius : spread;
    const jitter = hashPosition(node, seed, radius);
    initial.set(node, centre ? { x: centre.x + jitter.x, y: centre.y + jitter.y } : jitter);
  });

  const positions = new Map(initial);
  if (iterations > 0 && projection.order > 1) {
    // ForceAtlas2 reads its starting x/y from node attributes: they are written on the projection itself (a copy
    // of a 100k-paper projection costs about as much memory as the projection).
    projection.forEachNode((node, a) => {
      const p = initial.get(node)!;
      (a as { x?: number }).x = p.x;
      (a as { y?: number }).y = p.y;
    });
    const settings = forceAtlas2.inferSettings(projection);
    const result = forceAtlas2(projection, { iterations, settings, getEdgeWeight: "weight" });
    for (const [node, p] of Object.entries(result)) {
      if (Number.isFinite(p.x) && Number.isFinite(p.y)) positions.set(node, { x: p.x, y: p.y });
    }
  }
  return new Map(graph.mapNodes((node) => [node, positions.get(node) ?? hashPosition(node, seed, spread)]));
}

/** A point in the square [-r, r]^2 determined by the key and seed. */
function hashPosition(node: string, seed: number, r: number): Position {
  return {
    x: (hashString(node, seed) / 2 ** 32 - 0.5) * 2 * r,
    y: (hashString(node, (seed ^ 0x9e3779b9) >>> 0) / 2 ** 32 - 0.5) * 2 * r,
  };
}

/**
 * Centres of communities from a ForceAtlas2 layout of the quotient graph (one node per community, edges weighted
 * by the links between them), scaled to the whole layout's extent; each with a radius growing with its size.
 */
function communityCentres(
  projection: ProjectedGraph,
  community: ReadonlyMap<string, number>,
  spread: number,
  seed: number,
): Map<number, Position & { radius: number }> {
  const quotient = new UndirectedGraph<{ x: number; y: number; size: number }, { weight: number }>();
  projection.forEachNode((node) => {
    const c = String(community.get(node) ?? -1);
    if (!quotient.hasNode(c)) quotient.addNode(c, { ...hashPosition(c, seed, 100), size: 0 });
    quotient.updateNodeAttribute(c, "size", (s) => (s ?? 0) + 1);
  });
  projection.forEachEdge((_e, { weight }, s, t) => {
    const cs = String(community.get(s) ?? -1);
    const ct = String(community.get(t) ?? -1);
    if (cs !== ct) quotient.updateUndirectedEdge(cs, ct, (a) => ({ weight: (a.weight ?? 0) + weight }));
  });
  const raw =
    quotient.order > 1 && quotient.size > 0
      ? forceAtlas2(quotient, { iterations: 200, settings: forceAtlas2.inferSettings(quotient), getEdgeWeight: "weight" })
      : Object.fromEntries(quotient.mapNodes((c, a) => [c, { x: a.x, y: a.y }]));
  let extent = 0;
  for (const p of Object.values(raw)) extent = Math.max(extent, Math.abs(p.x), Math.abs(p.y));
  const scale = extent > 0 ? spread / extent : 1;
  const total = Math.max(1, projection.order);
  const out = new Map<number, Position & { radius: number }>();
  quotient.forEachNode((c, a) => {
    const p = raw[c];
    out.set(Number(c), { x: p.x * scale, y: p.y * scale, radius: spread * Math.sqrt(a.size / total) });
  });
  return out;
}
