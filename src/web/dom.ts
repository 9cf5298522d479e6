// A tiny element builder: text always goes through textContent, so server strings never become markup.
type Child = Node | string | null | undefined | false;
type Handlers = Record<string, (event: Event) => void>;
type Props = { on?: Handlers; [attribute: string]: string | number | boolean | undefined | Handlers };

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "on" || value === undefined || value === false || typeof value === "object") continue;
    if (key === "class") element.className = String(value);
    else element.setAttribute(key, value === true ? "" : String(value));
  }
  for (const [event, handler] of Object.entries(props.on ?? {})) element.addEventListener(event, handler);
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explorer: the page has no #${id}`);
  return element as T;
}
