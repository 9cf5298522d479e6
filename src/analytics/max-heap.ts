// Binary heaps: a generic one ordered by a `before` relation (the root comes before every other item), and the
// max-heap on (priority, then key ascending) the best-first searches use, so their choices are deterministic on ties.

export class BinaryHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  /** The root: the item that comes before all others. */
  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) this.replaceRoot(last);
    return top;
  }

  /** Puts `item` in place of the root (the heap must not be empty). */
  replaceRoot(item: T): void {
    const items = this.items;
    items[0] = item;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < items.length && this.before(items[l], items[best])) best = l;
      if (r < items.length && this.before(items[r], items[best])) best = r;
      if (best === i) break;
      [items[i], items[best]] = [items[best], items[i]];
      i = best;
    }
  }

  /** The items, in no particular order. */
  toArray(): T[] {
    return [...this.items];
  }
}

interface HeapItem {
  key: string;
  priority: number;
}

export class MaxHeap {
  private readonly heap = new BinaryHeap<HeapItem>((a, b) => a.priority > b.priority || (a.priority === b.priority && a.key < b.key));

  get size(): number {
    return this.heap.size;
  }

  push(key: string, priority: number): void {
    this.heap.push({ key, priority });
  }

  pop(): HeapItem | undefined {
    return this.heap.pop();
  }
}

/**
 * A max-heap of node indexes by priority, ties broken by node key ascending (as MaxHeap), kept in flat arrays that
 * are reused from one search to the next.
 */
export class IndexMaxHeap {
  private readonly nodes: number[] = [];
  private readonly priorities: number[] = [];
  /** The priority of the node the last `pop` returned. */
  poppedPriority = 0;

  constructor(private readonly keys: readonly string[]) {}

  get size(): number {
    return this.nodes.length;
  }

  clear(): void {
    this.nodes.length = 0;
    this.priorities.length = 0;
  }

  private before(i: number, j: number): boolean {
    const a = this.priorities[i];
    const b = this.priorities[j];
    return a > b || (a === b && this.keys[this.nodes[i]] < this.keys[this.nodes[j]]);
  }

  private swap(i: number, j: number): void {
    const n = this.nodes[i];
    this.nodes[i] = this.nodes[j];
    this.nodes[j] = n;
    const p = this.priorities[i];
    this.priorities[i] = this.priorities[j];
    this.priorities[j] = p;
  }

  push(node: number, priority: number): void {
    this.nodes.push(node);
    this.priorities.push(priority);
    let i = this.nodes.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes and returns the first node (the heap must not be empty); its priority is left in `poppedPriority`. */
  pop(): number {
    const top = this.nodes[0];
    this.poppedPriority = this.priorities[0];
    const lastNode = this.nodes.pop()!;
    const lastPriority = this.priorities.pop()!;
    const size = this.nodes.length;
    if (size > 0) {
      this.nodes[0] = lastNode;
      this.priorities[0] = lastPriority;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < size && this.before(l, best)) best = l;
        if (r < size && this.before(r, best)) best = r;
        if (best === i) break;
        this.swap(i, best);
        i = best;
      }
    }
    return top;
  }
}
