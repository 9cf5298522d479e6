// The explorer page's entry: builds the layout's parts, wires them to the state and actions, restores the deep link.
import "./styles.css";
import { exportUrl } from "./api";
import { byId, h } from "./dom";
import { Explorer } from "./explorer";
import { renderFilters, renderLegend } from "./filters";
import { GraphView } from "./graph-view";
import { renderPanel } from "./panel";
import { PathTool } from "./path-tool";
import { SearchBox } from "./search-box";
import { createStore, isNodeVisible, type ColorMode } from "./state";

const NODE_HASH = /^#node=(.+)$/;

function hashNode(): string | null {
  const match = NODE_HASH.exec(location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function setHashNode(id: string | null): void {
  const hash = id ? `#node=${encodeURIComponent(id)}` : "";
  if (location.hash !== hash) history.pushState(null, "", hash || location.pathname + location.search);
}

function download(href: string, filename: string): void {
  const a = h("a", { href, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
}

async function main(): Promise<void> {
  const store = createStore();
  const state = store.state;
  const kindColor = (kind: string) => state.kindColors.get(kind) ?? "#9aa5b1";
  const panel = byId("panel");
  const panelBody = byId("panel-body");
  const status = byId("status");

  const report = (error: unknown) => store.update((s) => (s.message = `Error: ${(error as Error).message}`));
  const act = (promise: Promise<unknown>) => void promise.catch(report);

  const view = new GraphView(byId("graph"), store, {
    onClickNode: (node) => select(node, false),
    onClickStage: () => {
      if (state.selected) explorer.clearSelection();
    },
  });
  const explorer = new Explorer(
    store,
    view,
    (details, neighborhood) => {
      renderPanel(panelBody, details, neighborhood, {
        select: (id) => select(id, true),
        expand: (id) => act(explorer.expand(id)),
        pathFrom: (id, label) => pathTool.setFrom(id, label),
        pathTo: (id, label) => pathTool.setTo(id, label),
        kindColor,
      });
      panel.classList.add("open");
    },
    () => {
      panel.classList.remove("open");
      setHashNode(null);
    },
  );

  function select(id: string, moveCamera: boolean): void {
    setHashNode(id);
    act(explorer.select(id, { moveCamera }));
  }

  const search = new SearchBox({
    placeholder: "Search papers, methods, datasets, tasks, concepts…",
    kindColor,
    onPick: (hit) => {
      setHashNode(hit.node.id);
      act(explorer.focus(hit.node.id));
    },
  });
  search.element.id = "search";
  byId("search-slot").replaceWith(search.element);

  const pathTool = new PathTool({
    findPath: (from, to) => explorer.findPath(from, to),
    clearPath: () => explorer.clearPath(),
    select: (id) => select(id, true),
    kindColor,
  });
  byId("path-slot").replaceWith(pathTool.element);

  byId("reset-view").addEventListener("click", () => {
    explorer.clearSelection();
    search.setValue("");
    store.update((s) => {
      s.hiddenKinds.clear();
      s.hiddenRelations.clear();
    });
    act(explorer.loadOverview());
  });
  byId("close-panel").addEventListener("click", () => explorer.clearSelection());
  for (const input of document.querySelectorAll<HTMLInputElement>("input[name=color-by]")) {
    input.addEventListener("change", () => {
      const mode = input.value as ColorMode;
      store.update((s) => (s.colorBy = mode));
      if (mode === "COMMUNITY") act(explorer.loadCommunityLabels());
    });
  }
  byId("export-png").addEventListener("click", () => download(view.toPng(), "papergraph-view.png"));
  byId("export-gexf").addEventListener("click", () => download(exportUrl("gexf", state.selected ?? state.root, 2), "papergraph.gexf"));
  byId("export-json").addEventListener("click", () => download(exportUrl("graphology", state.selected ?? state.root, 2), "papergraph-graphology.json"));
  byId("export-view").addEventListener("click", () => {
    // The drawn graph as it is, in graphology's format; the relation goes back under `type`, as in the server's exports.
    const data = state.graph.export();
    const edges = data.edges.map(({ attributes, ...edge }) => {
      const { relation, ...rest } = attributes ?? {};
      return { ...edge, attributes: { ...rest, type: relation } };
    });
    const url = URL.createObjectURL(new Blob([JSON.stringify({ ...data, edges })], { type: "application/json" }));
    download(url, "papergraph-view.json");
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  byId("zoom-in").addEventListener("click", () => view.sigma.getCamera().animatedZoom({ duration: 200 }));
  byId("zoom-out").addEventListener("click", () => view.sigma.getCamera().animatedUnzoom({ duration: 200 }));
  byId("zoom-fit").addEventListener("click", () => view.resetCamera());

  const filters = byId("filters");
  const legend = byId("legend");
  const exportScope = byId("export-scope");
  let drawnKey = "";
  store.subscribe((s) => {
    let visible = 0;
    s.graph.forEachNode((node) => void (isNodeVisible(s, node) && visible++));
    status.dataset.nodes = String(s.graph.order);
    status.dataset.edges = String(s.graph.size);
    status.dataset.visible = String(visible);
    status.textContent = `${s.graph.order} nodes · ${s.graph.size} edges${s.message ? ` — ${s.message}` : ""}`;
    status.classList.toggle("error", s.message.startsWith("Error"));
    // Filters and legend change with the drawn graph and the modes, not with hover: re-render only then.
    const key = [s.graph.order, s.graph.size, [...s.hiddenKinds], [...s.hiddenRelations], s.kindColors.size, s.colorBy, s.communityLabels.size].join("|");
    if (key !== drawnKey) {
      drawnKey = key;
      renderFilters(filters, store);
      renderLegend(legend, s);
    }
    const root = s.selected ?? s.root;
    exportScope.textContent = root ? `the neighborhood of ${s.graph.hasNode(root) ? s.graph.getNodeAttribute(root, "label") : root}` : "the whole graph";
  });

  window.addEventListener("popstate", () => {
    const id = hashNode();
    if (id && id !== state.selected) act(explorer.select(id, { moveCamera: true }));
    else if (!id && state.selected) explorer.clearSelection();
  });

  const linked = hashNode();
  try {
    if (linked) await explorer.focus(linked);
    else await explorer.loadOverview();
  } catch (error) {
    // A stale deep link still opens on the overview, with the reason in the status bar.
    if (linked) await explorer.loadOverview().catch(() => undefined);
    report(error);
  }
  document.body.dataset.ready = "true";
}

void main();
