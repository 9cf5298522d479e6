// What the user can do: open the overview, focus, select, expand, find a path, reset. Each action updates the state.
import * as api from "./api";
import type { GraphView } from "./graph-view";
import { mergeEdges, mergeNodes, mergeSubgraph } from "./merge-subgraph";
import type { Store } from "./state";

/** The overview: the most central entities, each with its strongest papers; bounded whatever the corpus size. */
export const OVERVIEW_ENTITIES = 36;
/** ...and the top few of each kind, so every kind shows (at most 36 + 4 x 3 entities). */
export const OVERVIEW_PER_KIND = 3;
export const OVERVIEW_PAPERS_PER_ENTITY = 10;
const OVERVIEW_BATCH = 20;
/** A focused node's view: two hops, best-first. */
const FOCUS_DEPTH = 2;
const FOCUS_LIMIT = 90;
const EXPAND_LIMIT = 40;

export interface SelectionListener {
  (details: api.NodeDetails, neighborhood: api.SubgraphView): void;
}

export class Explorer {
  private overview: api.SubgraphView[] | null = null;
  /** Answers to superseded selections are dropped. */
  private selection = 0;

  constructor(
    private readonly store: Store,
    private readonly view: GraphView,
    private readonly onSelected: SelectionListener,
    private readonly onCleared: () => void,
  ) {}

  private message(text: string): void {
    this.store.update((s) => (s.message = text));
  }

  private learnKindColors(nodes: readonly api.GraphNodeView[]): void {
    const colors = this.store.state.kindColors;
    for (const n of nodes) if (!colors.has(n.kind)) colors.set(n.kind, n.color);
  }

  private replaceGraph(subgraphs: readonly api.SubgraphView[], root: string | null): void {
    this.store.update((s) => {
      s.graph.clear();
      // Nodes first: an edge of one neighborhood may end at a node that another brings.
      for (const sub of subgraphs) mergeNodes(s.graph, sub.nodes);
      for (const sub of subgraphs) mergeEdges(s.graph, sub.edges);
      for (const sub of subgraphs) this.learnKindColors(sub.nodes);
      s.root = root;
      s.path = null;
      s.hovered = null;
    });
    this.view.resetCamera();
  }

  async loadOverview(): Promise<void> {
    this.message("Loading the overview…");
    if (!this.overview) {
      const ids = await api.topEntityIds(OVERVIEW_ENTITIES, OVERVIEW_PER_KIND);
      const batches: string[][] = [];
      for (let i = 0; i < ids.length; i += OVERVIEW_BATCH) batches.push(ids.slice(i, i + OVERVIEW_BATCH));
      this.overview = (await Promise.all(batches.map((b) => api.neighborhoods(b, OVERVIEW_PAPERS_PER_ENTITY)))).flat();
    }
    this.replaceGraph(this.overview, null);
    this.message("Overview: the most central entities of each kind and their strongest papers");
  }

  /** Shows a node's two-hop neighborhood in place of the current view, and selects it. */
  async focus(id: string): Promise<void> {
    this.message("Loading…");
    const sub = await api.neighborhood(id, FOCUS_DEPTH, FOCUS_LIMIT);
    this.replaceGraph([sub], id);
    await this.select(id, { moveCamera: false });
    if (sub.truncated) this.message(`Showing the ${sub.nodes.length} strongest of ${sub.nodes.length + sub.omittedNodes} nodes within ${FOCUS_DEPTH} hops`);
  }

  /** Selects a node: the panel shows it, its neighbours are emphasised; a node not drawn yet is added with its neighbours. */
  async select(id: string, options: { moveCamera?: boolean } = {}): Promise<void> {
    const ticket = ++this.selection;
    this.store.update((s) => {
      s.selected = id;
      s.message = "Loading…";
    });
    const { node, neighborhood } = await api.nodeDetails(id);
    if (ticket !== this.selection) return;
    if (!node) {
      this.store.update((s) => {
        s.selected = null;
        s.message = `No node "${id}"`;
      });
      return;
    }
    this.store.update((s) => {
      if (!s.graph.hasNode(id)) mergeSubgraph(s.graph, neighborhood);
      else mergeEdges(s.graph, neighborhood.edges);
      this.learnKindColors(neighborhood.nodes);
      s.message = "";
    });
    this.onSelected(node, neighborhood);
    if (options.moveCamera !== false) this.view.focusNode(id);
  }

  clearSelection(): void {
    this.selection++;
    this.store.update((s) => (s.selected = null));
    this.onCleared();
  }

  /** Adds a node's neighbours to the view. */
  async expand(id: string): Promise<number> {
    this.message("Expanding…");
    const sub = await api.neighborhood(id, 1, EXPAND_LIMIT);
    let added = 0;
    this.store.update((s) => {
      added = mergeSubgraph(s.graph, sub).addedNodes;
      this.learnKindColors(sub.nodes);
      s.message = added ? `Added ${added} node${added === 1 ? "" : "s"}` : "All its neighbours are already drawn";
    });
    return added;
  }

  async findPath(from: string, to: string): Promise<api.PathResult | null> {
    const path = await api.shortestPath(from, to);
    this.store.update((s) => {
      if (!path) {
        s.path = null;
        return;
      }
      mergeNodes(s.graph, path.nodes);
      mergeEdges(s.graph, path.hops.map((hop) => hop.edge));
      this.learnKindColors(path.nodes);
      s.path = { from, to, nodes: new Set(path.nodes.map((n) => n.id)), edges: new Set(path.hops.map((hop) => hop.edge.id)) };
    });
    return path;
  }

  clearPath(): void {
    this.store.update((s) => (s.path = null));
  }

  async loadCommunityLabels(): Promise<void> {
    if (this.store.state.communityLabels.size) return;
    const list = await api.communities(40);
    this.store.update((s) => list.forEach((c) => s.communityLabels.set(c.id, c.label)));
  }
}
