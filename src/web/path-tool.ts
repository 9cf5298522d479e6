// The shortest-path tool: pick two nodes (search or the panel's buttons), draw the path and explain each hop.
import type { PathResult } from "./api";
import { h } from "./dom";
import { highlightedSentence } from "./panel";
import { SearchBox } from "./search-box";

export interface PathToolActions {
  findPath(from: string, to: string): Promise<PathResult | null>;
  clearPath(): void;
  select(id: string): void;
  kindColor(kind: string): string;
}

export class PathTool {
  readonly element: HTMLElement;
  private from: string | null = null;
  private to: string | null = null;
  private readonly fromBox: SearchBox;
  private readonly toBox: SearchBox;
  private readonly result: HTMLElement;
  private readonly findButton: HTMLButtonElement;

  constructor(private readonly actions: PathToolActions) {
    this.fromBox = new SearchBox({ placeholder: "From…", kindColor: actions.kindColor, onPick: (hit) => this.setFrom(hit.node.id, hit.label) });
    this.toBox = new SearchBox({ placeholder: "To…", kindColor: actions.kindColor, onPick: (hit) => this.setTo(hit.node.id, hit.label) });
    this.findButton = h("button", { type: "button", id: "path-find", class: "primary", disabled: true, on: { click: () => void this.run() } }, "Find path");
    const clear = h("button", { type: "button", id: "path-clear", on: { click: () => this.clear() } }, "Clear");
    this.result = h("div", { class: "path-result", id: "path-result" });
    this.element = h("div", { class: "path-tool" }, this.fromBox.element, this.toBox.element, h("div", { class: "row" }, this.findButton, clear), this.result);
  }

  setFrom(id: string, label: string): void {
    this.from = id;
    this.fromBox.setValue(label);
    this.update();
  }

  setTo(id: string, label: string): void {
    this.to = id;
    this.toBox.setValue(label);
    this.update();
  }

  private update(): void {
    this.findButton.disabled = !(this.from && this.to && this.from !== this.to);
  }

  private clear(): void {
    this.from = this.to = null;
    this.fromBox.setValue("");
    this.toBox.setValue("");
    this.result.replaceChildren();
    this.update();
    this.actions.clearPath();
  }

  private async run(): Promise<void> {
    if (!this.from || !this.to) return;
    this.result.replaceChildren(h("p", { class: "muted" }, "Searching…"));
    try {
      const path = await this.actions.findPath(this.from, this.to);
      if (!path) {
        this.result.replaceChildren(h("p", { class: "muted" }, "No path within 6 hops."));
        return;
      }
      const labels = new Map(path.nodes.map((n) => [n.id, n]));
      const link = (id: string) => {
        const node = labels.get(id);
        return h(
          "a",
          { href: `#node=${encodeURIComponent(id)}`, class: "node-link", on: { click: (e) => (e.preventDefault(), this.actions.select(id)) } },
          node ? h("span", { class: "dot", style: `background:${this.actions.kindColor(node.kind)}` }) : null,
          node?.label ?? id,
        );
      };
      this.result.replaceChildren(
        h("p", { class: "path-summary" }, `${path.length} hop${path.length === 1 ? "" : "s"}`),
        h(
          "ol",
          { class: "hops" },
          ...path.hops.map((hop) =>
            h(
              "li",
              { class: "hop" },
              h("div", { class: "hop-ends" }, link(hop.from.id), h("span", { class: "relation" }, hop.edge.type.replace("_", " ").toLowerCase()), link(hop.to.id)),
              h("p", { class: "hop-explanation" }, hop.explanation),
              hop.edge.evidence?.[0] ? highlightedSentence(hop.edge.evidence[0]) : null,
            ),
          ),
        ),
      );
    } catch (error) {
      this.result.replaceChildren(h("p", { class: "error" }, (error as Error).message));
    }
  }
}
