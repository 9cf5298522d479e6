// The side panel: what the selected node is, its papers and related entities, and the evidence sentences behind its edges.
import type { EvidenceView, GraphEdgeView, NodeDetails, SubgraphView } from "./api";
import { h } from "./dom";

export interface PanelActions {
  select(id: string): void;
  expand(id: string): void;
  pathFrom(id: string, label: string): void;
  pathTo(id: string, label: string): void;
  kindColor(kind: string): string;
}

const MAX_EVIDENCE_EDGES = 30;
const MAX_SENTENCES_PER_EDGE = 2;

function nodeLink(id: string, label: string, actions: PanelActions, kind?: string): HTMLElement {
  return h(
    "a",
    { href: `#node=${encodeURIComponent(id)}`, class: "node-link", "data-node": id, on: { click: (e) => (e.preventDefault(), actions.select(id)) } },
    kind ? h("span", { class: "dot", style: `background:${actions.kindColor(kind)}` }) : null,
    label,
  );
}

/** The sentence with the mention marked: text.slice(start, end) is the entity's surface form. */
export function highlightedSentence(evidence: EvidenceView): HTMLElement {
  const { text, start, end } = evidence;
  const valid = start >= 0 && end <= text.length && start < end;
  if (!valid) return h("blockquote", { class: "sentence" }, text);
  return h("blockquote", { class: "sentence" }, text.slice(0, start), h("mark", {}, text.slice(start, end)), text.slice(end));
}

function section(title: string, ...content: (Node | null)[]): HTMLElement {
  return h("section", { class: "panel-section" }, h("h3", {}, title), ...content);
}

function evidenceSection(id: string, neighborhood: SubgraphView, actions: PanelActions): HTMLElement | null {
  const labels = new Map(neighborhood.nodes.map((n) => [n.id, n]));
  const edges = neighborhood.edges
    .filter((e): e is GraphEdgeView & { evidence: EvidenceView[] } => (e.source === id || e.target === id) && !!e.evidence?.length)
    .sort((a, b) => b.weight - a.weight);
  if (!edges.length) return null;
  const sentences = edges.reduce((n, e) => n + e.evidence.length, 0);
  const items = edges.slice(0, MAX_EVIDENCE_EDGES).map((edge) => {
    const other = edge.source === id ? edge.target : edge.source;
    const node = labels.get(other);
    const seen = new Set<string>();
    const unique = edge.evidence.filter((ev) => {
      const key = `${ev.text}|${ev.start}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
    return h(
      "li",
      { class: "evidence-item" },
      h("div", { class: "evidence-head" }, h("span", { class: `relation relation-${edge.type.toLowerCase()}` }, edge.type.replace("_", " ").toLowerCase()), nodeLink(other, node?.label ?? other, actions, node?.kind)),
      ...unique.slice(0, MAX_SENTENCES_PER_EDGE).map(highlightedSentence),
    );
  });
  return section(`Evidence · ${sentences} sentence${sentences === 1 ? "" : "s"}`, h("ul", { class: "evidence-list" }, ...items));
}

export function renderPanel(container: HTMLElement, details: NodeDetails, neighborhood: SubgraphView, actions: PanelActions): void {
  const isPaper = details.__typename === "Paper";
  const kind = isPaper ? "PAPER" : (details.kind ?? "CONCEPT");
  const title = (isPaper ? details.title : details.name) ?? details.id;
  const header = h(
    "header",
    { class: "panel-header" },
    h("span", { class: "kind-badge", style: `background:${actions.kindColor(kind)}` }, kind.toLowerCase()),
    h("h2", { class: "panel-title" }, title),
  );
  const buttons = h(
    "div",
    { class: "panel-actions" },
    h("button", { type: "button", id: "expand-button", title: "Add this node's neighbours to the view", on: { click: () => actions.expand(details.id) } }, "Expand"),
    h("button", { type: "button", title: "Start a shortest path here", on: { click: () => actions.pathFrom(details.id, title) } }, "Path from"),
    h("button", { type: "button", title: "End a shortest path here", on: { click: () => actions.pathTo(details.id, title) } }, "Path to"),
  );
  const facts = h(
    "dl",
    { class: "facts" },
    !isPaper && details.paperCount !== undefined ? [h("dt", {}, "Papers"), h("dd", {}, String(details.paperCount))] : null,
    [h("dt", {}, "PageRank"), h("dd", {}, details.centrality.pagerank.toFixed(4))],
    [h("dt", {}, "Degree"), h("dd", {}, String(details.centrality.degree))],
    details.community ? [h("dt", {}, "Community"), h("dd", {}, details.community.label)] : null,
    isPaper && details.published ? [h("dt", {}, "Published"), h("dd", {}, details.published)] : null,
  );
  const parts: (HTMLElement | null)[] = [header, buttons, facts];
  if (!isPaper && details.aliases?.length) {
    parts.push(section("Also called", h("div", { class: "chips" }, ...details.aliases.map((a) => h("span", { class: "chip" }, a)))));
  }
  if (isPaper) {
    if (details.authors?.length) parts.push(h("p", { class: "authors" }, details.authors.join(", ")));
    const links = [details.url, ...(details.codeUrls ?? [])].filter((u): u is string => !!u && /^https?:\/\//.test(u));
    if (links.length) {
      parts.push(h("p", { class: "external" }, ...links.map((u, i) => h("a", { href: u, target: "_blank", rel: "noopener noreferrer" }, i === 0 && u === details.url ? "paper ↗" : "code ↗"))));
    }
    if (details.abstract) parts.push(h("details", { class: "abstract" }, h("summary", {}, "Abstract"), h("p", {}, details.abstract)));
  } else if (details.papers) {
    const more = details.papers.totalCount - details.papers.nodes.length;
    parts.push(
      section(
        `Papers · ${details.papers.totalCount}`,
        h("ul", { class: "paper-list" }, ...details.papers.nodes.map((p) => h("li", {}, nodeLink(p.id, p.title ?? p.id, actions, "PAPER")))),
        more > 0 ? h("p", { class: "muted" }, `and ${more} more`) : null,
      ),
    );
  }
  const evidence = evidenceSection(details.id, neighborhood, actions);
  if (!isPaper && details.relatedEntities?.length) {
    parts.push(
      section(
        "Related entities",
        h("div", { class: "chips" }, ...details.relatedEntities.map((r) => nodeLink(r.entity.id, r.entity.name ?? r.entity.id, actions, r.entity.kind))),
      ),
    );
  }
  if (isPaper && details.relatedPapers?.length) {
    parts.push(section("Related papers", h("ul", { class: "paper-list" }, ...details.relatedPapers.map((r) => h("li", {}, nodeLink(r.paper.id, r.paper.title ?? r.paper.id, actions, "PAPER"))))));
  }
  parts.push(evidence ?? section("Evidence", h("p", { class: "muted" }, "No evidence sentences for this node's edges.")));
  container.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  container.scrollTop = 0;
}
