// Stable paper ids: the source's id when given, else a slug of the normalised title; duplicates get -2, -3, ...
import { slugify } from "../domain";

/**
 * Allocates ids in reading order. Suffixes depend only on the order of records in the input, so reading the
 * same file twice yields the same ids (the graph's idempotent merge relies on that).
 */
export class PaperIdAllocator {
  private readonly used = new Set<string>();

  /** Returns the id to use and whether it had to be changed to stay unique. */
  allocate(title: string, givenId?: string): { id: string; renamed: boolean } {
    const base = givenId?.trim() || slugify(title);
    if (!this.used.has(base)) {
      this.used.add(base);
      return { id: base, renamed: false };
    }
    let n = 2;
    while (this.used.has(`${base}-${n}`)) n++;
    const id = `${base}-${n}`;
    this.used.add(id);
    return { id, renamed: true };
  }
}
