// A search field with suggestions as you type (the `search` query), over papers and entities; keyboard friendly.
import { search, type SearchHitView } from "./api";
import { h } from "./dom";

export interface SearchBoxOptions {
  placeholder: string;
  onPick(hit: SearchHitView): void;
  /** Colour of a kind's dot in the suggestions. */
  kindColor(kind: string): string;
}

const DEBOUNCE_MS = 120;

export class SearchBox {
  readonly element: HTMLDivElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private hits: SearchHitView[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Answers to older keystrokes are dropped. */
  private sequence = 0;

  constructor(private readonly options: SearchBoxOptions) {
    this.input = h("input", { type: "search", class: "search-input", placeholder: options.placeholder, autocomplete: "off", spellcheck: "false", "aria-autocomplete": "list" });
    this.list = h("ul", { class: "suggestions", role: "listbox", hidden: true });
    this.element = h("div", { class: "search-box" }, this.input, this.list);
    this.input.addEventListener("input", () => this.schedule());
    this.input.addEventListener("keydown", (event) => this.onKey(event));
    this.input.addEventListener("focus", () => this.hits.length && this.show());
    this.input.addEventListener("blur", () => setTimeout(() => this.hide(), 150));
  }

  /** Shows a chosen value without searching. */
  setValue(text: string): void {
    this.input.value = text;
    this.hide();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.lookup(), DEBOUNCE_MS);
  }

  private async lookup(): Promise<void> {
    const query = this.input.value.trim();
    const sequence = ++this.sequence;
    if (query.length < 2) {
      this.render([]);
      return;
    }
    try {
      const hits = await search(query, 10);
      if (sequence === this.sequence) this.render(hits);
    } catch {
      if (sequence === this.sequence) this.render([]);
    }
  }

  private render(hits: SearchHitView[]): void {
    this.hits = hits;
    this.active = hits.length ? 0 : -1;
    this.list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          "li",
          {
            role: "option",
            class: i === this.active ? "suggestion active" : "suggestion",
            "data-node": hit.node.id,
            on: { mousedown: (event) => (event.preventDefault(), this.pick(i)) },
          },
          h("span", { class: "dot", style: `background:${this.options.kindColor(hit.kind)}` }),
          h("span", { class: "suggestion-label" }, hit.label),
          h("span", { class: "suggestion-kind" }, hit.kind.toLowerCase()),
        ),
      ),
    );
    if (hits.length) this.show();
    else this.hide();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!this.hits.length) return;
      event.preventDefault();
      this.active = (this.active + (event.key === "ArrowDown" ? 1 : this.hits.length - 1)) % this.hits.length;
      [...this.list.children].forEach((li, i) => li.classList.toggle("active", i === this.active));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (this.active >= 0) this.pick(this.active);
    } else if (event.key === "Escape") {
      this.hide();
    }
  }

  private pick(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.setValue(hit.label);
    this.options.onPick(hit);
  }

  private show(): void {
    this.list.hidden = false;
  }

  private hide(): void {
    this.list.hidden = true;
  }
}
