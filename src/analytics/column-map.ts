// A read-only map from node keys to values held in typed columns: what a restored analytics snapshot serves its
// per-node figures from. At 100k papers the snapshot's four maps held 1.6M entries, 400k position objects and 1.2M
// boxed numbers, which cost a third of a second to rebuild at each restart and a tenth of every full collection's
// marking afterwards; columns over one shared key index hold the same in a few flat arrays.

export class ColumnMap<V> implements ReadonlyMap<string, V> {
  readonly size: number;

  /**
   * `index` maps each key to its position in `order`; `read(i)` is the value at position i, undefined when the
   * node has none (then the map has no entry for it).
   */
  constructor(
    private readonly order: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
    private readonly read: (i: number) => V | undefined,
  ) {
    let size = 0;
    for (let i = 0; i < order.length; i++) if (read(i) !== undefined) size++;
    this.size = size;
  }

  get(key: string): V | undefined {
    const i = this.index.get(key);
    return i === undefined ? undefined : this.read(i);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.order.length; i++) {
      const value = this.read(i);
      if (value !== undefined) yield [this.order[i], value];
    }
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
