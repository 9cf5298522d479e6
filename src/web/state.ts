// The explorer's state: the drawn graph (data) and what the user is looking at (selection, hover, filters, path).
import Graph from "graphology";
import type { EdgeType, NodeKind } from "../domain/kinds";
import type { EvidenceView, GraphNodeView } from "./api";

export const NODE_KINDS: readonly NodeKind[] = ["PAPER", "METHOD", "DATASET", "TASK", "CONCEPT"];
export const EDGE_TYPES: readonly EdgeType[] = ["PROPOSES", "USES", "COMPARES_WITH", "EVALUATES_ON", "INTRODUCES", "ADDRESSES", "MENTIONS"];

export type ColorMode = "KIND" | "COMMUNITY";

/** A drawn node: the server's GraphNode less its id (the graph key); `color` is the server's colour by kind. */
export type ViewNode = Omit<GraphNodeView, "id">;

/** `relation`, not `type`: sigma reads an edge's `type` attribute as the name of its drawing program. */
export interface ViewEdge {
  relation: EdgeType;
  weight: number;
  evidence?: EvidenceView[];
}

export type ViewGraph = Graph<ViewNode, ViewEdge>;

export interface PathView {
  from: string;
  to: string;
  nodes: Set<string>;
  edges: Set<string>;
}

export interface ExplorerState {
  graph: ViewGraph;
  selected: string | null;
  hovered: string | null;
  /** The node whose neighborhood is on screen (null for the overview): the root of exports. */
  root: string | null;
  hiddenKinds: Set<NodeKind>;
  hiddenRelations: Set<EdgeType>;
  colorBy: ColorMode;
  path: PathView | null;
  /** Kind -> the server's colour for it, learnt from the nodes received (legend, search dots). */
  kindColors: Map<string, string>;
  /** Community id -> label, for the legend. */
  communityLabels: Map<number, string>;
  /** A short line for the status bar ("Loading…", errors). */
  message: string;
}

type Listener = (state: ExplorerState) => void;

export interface Store {
  readonly state: ExplorerState;
  /** Applies a change and tells every listener (the view refreshes, the panels re-render). */
  update(change: (state: ExplorerState) => void): void;
  subscribe(listener: Listener): void;
}

export function createStore(): Store {
  const state: ExplorerState = {
    graph: new Graph<ViewNode, ViewEdge>({ multi: true, type: "directed" }),
    selected: null,
    hovered: null,
    root: null,
    hiddenKinds: new Set(),
    hiddenRelations: new Set(),
    colorBy: "KIND",
    path: null,
    kindColors: new Map(),
    communityLabels: new Map(),
    message: "",
  };
  const listeners: Listener[] = [];
  return {
    state,
    update(change) {
      change(state);
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.push(listener);
    },
  };
}

/** Whether a node is drawn under the current filters (the selected node and path ends always are). */
export function isNodeVisible(state: ExplorerState, node: string): boolean {
  if (node === state.selected || state.path?.nodes.has(node)) return true;
  return !state.hiddenKinds.has(state.graph.getNodeAttribute(node, "kind"));
}
