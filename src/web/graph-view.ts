// The drawing: sigma.js over the state's graph, with reducers that turn selection, hover, filters and path into display.
import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { isNodeVisible, type ExplorerState, type Store, type ViewEdge, type ViewNode } from "./state";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, EDGE_COLOR, FOCUS_EDGE_COLOR, PATH_EDGE_COLOR, communityColor, fade } from "./palette";

const PAPER_SCALE = 0.6;
const ENTITY_SCALE = 1.25;
const FEW_NODES = 40;
const FORCED_LABELS = 12;
const MAX_PAPER_LABEL = 40;

export interface GraphViewHandlers {
  onClickNode(node: string): void;
  onClickStage(): void;
}

/** The nodes to emphasise: the hovered node and its neighbours, else the path, else the selection and its neighbours. */
function focusSet(state: ExplorerState): Set<string> | null {
  const centre = state.hovered ?? (state.path ? null : state.selected);
  if (centre && state.graph.hasNode(centre)) return new Set([centre, ...state.graph.neighbors(centre)]);
  if (state.path) return state.path.nodes;
  return null;
}

export class GraphView {
  readonly sigma: Sigma<ViewNode, ViewEdge>;
  private focus: Set<string> | null = null;

  constructor(
    container: HTMLElement,
    private readonly store: Store,
    handlers: GraphViewHandlers,
  ) {
    const state = store.state;
    this.sigma = new Sigma<ViewNode, ViewEdge>(state.graph, container, {
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
      defaultEdgeColor: EDGE_COLOR,
      labelFont: "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      labelSize: 13,
      labelWeight: "500",
      labelColor: { color: "#1f2933" },
      labelDensity: 0.5,
      labelGridCellSize: 110,
      labelRenderedSizeThreshold: 5,
      zIndex: true,
      minCameraRatio: 0.05,
      maxCameraRatio: 4,
      allowInvalidContainer: true,
      stagePadding: 60,
    });
    this.sigma.on("enterNode", ({ node }) => {
      container.style.cursor = "pointer";
      store.update((s) => (s.hovered = node));
    });
    this.sigma.on("leaveNode", () => {
      container.style.cursor = "";
      store.update((s) => (s.hovered = null));
    });
    this.sigma.on("clickNode", ({ node }) => handlers.onClickNode(node));
    this.sigma.on("clickStage", () => handlers.onClickStage());
    store.subscribe(() => this.refresh());
    // The panel opening narrows the stage: sigma only watches the window, so it is told of the container's size.
    new ResizeObserver(() => {
      this.sigma.resize();
      this.sigma.refresh({ schedule: true });
    }).observe(container);
  }

  /** Re-applies the reducers (the graph's own changes are picked up by sigma's graph listeners). */
  refresh(): void {
    this.focus = focusSet(this.store.state);
    this.sigma.refresh({ skipIndexation: false, schedule: true });
  }

  private reduceNode(node: string, data: ViewNode): Partial<NodeDisplayData> {
    const state = this.store.state;
    const display: Partial<NodeDisplayData> = { ...data };
    display.color = state.colorBy === "COMMUNITY" ? communityColor(data.community) : data.color;
    // Papers are many and their titles long: drawn smaller than entities, and named only when in focus or few.
    if (data.kind === "PAPER") {
      display.size = data.size * PAPER_SCALE;
      if (state.graph.order > FEW_NODES && !this.focus?.has(node)) display.label = "";
    } else {
      display.size = data.size * ENTITY_SCALE;
    }
    if (!isNodeVisible(state, node)) return { ...display, hidden: true };
    const focus = this.focus;
    if (focus && !focus.has(node)) {
      // Hover dims the rest to grey; a selection or a path keeps the rest's hues, faded, for context.
      const color = state.hovered ? DIMMED_NODE_COLOR : fade(display.color ?? data.color, 0.6);
      return { ...display, color, label: "", zIndex: 0 };
    }
    if (focus) {
      display.zIndex = 1;
      // Names of a small neighbourhood are all shown; in a larger one sigma's label grid picks those that fit.
      display.forceLabel = focus.size <= FORCED_LABELS || node === state.selected || node === state.hovered;
    }
    if (node === state.selected || state.path?.from === node || state.path?.to === node) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 2;
      display.size = (display.size ?? data.size) * 1.4;
    }
    if (data.kind === "PAPER" && display.label && display.label.length > MAX_PAPER_LABEL) display.label = `${display.label.slice(0, MAX_PAPER_LABEL - 1)}…`;
    return display;
  }

  private reduceEdge(edge: string, data: ViewEdge): Partial<EdgeDisplayData> {
    const state = this.store.state;
    const graph = state.graph;
    const [source, target] = graph.extremities(edge);
    const hidden = state.hiddenRelations.has(data.relation) && !state.path?.edges.has(edge);
    if (hidden || !isNodeVisible(state, source) || !isNodeVisible(state, target)) return { hidden: true };
    const size = Math.min(3, 0.6 + data.weight * 0.6);
    if (state.path?.edges.has(edge) && !state.hovered) return { color: PATH_EDGE_COLOR, size: 3.5, zIndex: 2 };
    const focus = this.focus;
    if (!focus) return { color: EDGE_COLOR, size };
    if (focus.has(source) && focus.has(target)) {
      const centre = state.hovered ?? state.selected;
      const incident = centre === source || centre === target;
      return { color: incident || state.path ? FOCUS_EDGE_COLOR : EDGE_COLOR, size: incident ? size + 0.8 : size, zIndex: 1 };
    }
    return { color: DIMMED_EDGE_COLOR, size: 0.5, zIndex: 0 };
  }

  /** Moves the camera onto a node. */
  focusNode(node: string): void {
    const graph = this.store.state.graph;
    if (!graph.hasNode(node)) return;
    // Render first, so the normalisation covers nodes just added; the camera works in framed-graph coordinates.
    this.sigma.refresh();
    const { x, y } = graph.getNodeAttributes(node);
    const target = this.sigma.viewportToFramedGraph(this.sigma.graphToViewport({ x, y }));
    this.sigma.getCamera().animate({ x: target.x, y: target.y, ratio: Math.min(this.sigma.getCamera().ratio, 0.5) }, { duration: 400 });
  }

  resetCamera(): void {
    this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  /** The current drawing as a PNG data URL: sigma's layers composed on a white background, right after a render. */
  toPng(): string {
    this.sigma.refresh();
    const layers = this.sigma.getCanvases();
    const first = Object.values(layers)[0];
    const out = document.createElement("canvas");
    out.width = first.width;
    out.height = first.height;
    const ctx = out.getContext("2d")!;
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    for (const [name, canvas] of Object.entries(layers)) {
      if (name !== "mouse") ctx.drawImage(canvas, 0, 0);
    }
    return out.toDataURL("image/png");
  }
}
