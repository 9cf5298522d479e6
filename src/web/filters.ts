// Filters by node kind and edge type, and the legend (kinds or communities, following the colour mode).
import { h } from "./dom";
import { communityColor } from "./palette";
import { EDGE_TYPES, NODE_KINDS, type ExplorerState, type Store } from "./state";

function kindCounts(state: ExplorerState): Map<string, number> {
  const counts = new Map<string, number>();
  state.graph.forEachNode((_, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
  return counts;
}

function relationCounts(state: ExplorerState): Map<string, number> {
  const counts = new Map<string, number>();
  state.graph.forEachEdge((_, a) => counts.set(a.relation, (counts.get(a.relation) ?? 0) + 1));
  return counts;
}

export function renderFilters(container: HTMLElement, store: Store): void {
  const state = store.state;
  const kinds = kindCounts(state);
  const relations = relationCounts(state);
  const kindRows = NODE_KINDS.map((kind) =>
    h(
      "label",
      { class: "filter-row" },
      h("input", {
        type: "checkbox",
        name: "kind",
        value: kind,
        checked: !state.hiddenKinds.has(kind),
        on: { change: (e) => store.update((s) => ((e.target as HTMLInputElement).checked ? s.hiddenKinds.delete(kind) : s.hiddenKinds.add(kind))) },
      }),
      h("span", { class: "dot", style: `background:${state.kindColors.get(kind) ?? "#999"}` }),
      h("span", { class: "filter-name" }, kind.toLowerCase()),
      h("span", { class: "count" }, String(kinds.get(kind) ?? 0)),
    ),
  );
  const relationRows = EDGE_TYPES.map((relation) =>
    h(
      "label",
      { class: "filter-row" },
      h("input", {
        type: "checkbox",
        name: "relation",
        value: relation,
        checked: !state.hiddenRelations.has(relation),
        on: { change: (e) => store.update((s) => ((e.target as HTMLInputElement).checked ? s.hiddenRelations.delete(relation) : s.hiddenRelations.add(relation))) },
      }),
      h("span", { class: "filter-name" }, relation.replace("_", " ").toLowerCase()),
      h("span", { class: "count" }, String(relations.get(relation) ?? 0)),
    ),
  );
  container.replaceChildren(h("h3", {}, "Node kinds"), ...kindRows, h("h3", {}, "Edge types"), ...relationRows);
}

export function renderLegend(container: HTMLElement, state: ExplorerState): void {
  if (state.colorBy === "KIND") {
    container.replaceChildren(
      ...NODE_KINDS.map((kind) => h("span", { class: "legend-item" }, h("span", { class: "dot", style: `background:${state.kindColors.get(kind) ?? "#999"}` }), kind.toLowerCase())),
      h("span", { class: "legend-note" }, "size: PageRank"),
    );
    return;
  }
  const present = new Set<number>();
  state.graph.forEachNode((_, a) => a.community !== null && present.add(a.community));
  const shown = [...present].sort((a, b) => a - b).slice(0, 8);
  container.replaceChildren(
    ...shown.map((id) =>
      h("span", { class: "legend-item", title: state.communityLabels.get(id) ?? `community ${id}` }, h("span", { class: "dot", style: `background:${communityColor(id)}` }), (state.communityLabels.get(id) ?? `community ${id}`).split(",").slice(0, 2).join(", ")),
    ),
    ...(present.size > shown.length ? [h("span", { class: "legend-note" }, `+${present.size - shown.length} more`)] : []),
  );
}
