// Scores of candidate papers accumulated in dense columns, numbered by a prebuilt ordinal map (the text index's
// documents) with unknown keys numbered after them: at 100k papers a query paper's hub entities bring tens of
// thousands of candidates, which maps and per-candidate objects made cost hundreds of milliseconds. The columns
// are kept from one search to the next (`reset`): allocating them per search was 1.7 MB of garbage each at 100k.
import { BinaryHeap } from "./max-heap";

export interface ScoredCandidate {
  key: string;
  structural: number;
  text: number;
  score: number;
}

export class CandidateScores {
  private readonly extraOrdinals = new Map<string, number>();
  private readonly extraKeys: string[] = [];
  private structural: Float64Array;
  private text: Float64Array;
  private seen: Uint8Array;
  /** Ordinals in the order they were first scored. */
  private readonly touched: number[] = [];

  constructor(
    private readonly keys: readonly string[],
    private readonly ordinals: ReadonlyMap<string, number> = new Map(),
  ) {
    this.structural = new Float64Array(keys.length);
    this.text = new Float64Array(keys.length);
    this.seen = new Uint8Array(keys.length);
  }

  /** Forgets every score (only the candidates scored are cleared), so one instance serves search after search. */
  reset(): void {
    for (const o of this.touched) {
      this.structural[o] = 0;
      this.text[o] = 0;
      this.seen[o] = 0;
    }
    this.touched.length = 0;
  }

  ordinal(key: string): number {
    const known = this.ordinals.get(key) ?? this.extraOrdinals.get(key);
    if (known !== undefined) return known;
    const ordinal = this.keys.length + this.extraKeys.length;
    this.extraOrdinals.set(key, ordinal);
    this.extraKeys.push(key);
    if (ordinal >= this.seen.length) this.grow(Math.max(16, 2 * this.seen.length));
    return ordinal;
  }

  addStructural(ordinal: number, weight: number): void {
    this.touch(ordinal);
    this.structural[ordinal] += weight;
  }

  addText(ordinal: number, cosine: number): void {
    this.touch(ordinal);
    this.text[ordinal] += cosine;
  }

  /** The `k` best candidates by `score(structural, text)`, best first; equal scores in key order. */
  top(k: number, score: (structural: number, text: number) => number): ScoredCandidate[] {
    // A bounded heap whose root is the worst candidate kept.
    const heap = new BinaryHeap<ScoredCandidate>((a, b) => a.score < b.score || (a.score === b.score && a.key > b.key));
    for (const o of this.touched) {
      const s = score(this.structural[o], this.text[o]);
      const worst = heap.peek();
      if (heap.size === k && !(s > worst!.score || (s === worst!.score && this.keyOf(o) < worst!.key))) continue;
      const candidate = { key: this.keyOf(o), structural: this.structural[o], text: this.text[o], score: s };
      if (heap.size < k) heap.push(candidate);
      else heap.replaceRoot(candidate);
    }
    return heap.toArray().sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  private keyOf(ordinal: number): string {
    return ordinal < this.keys.length ? this.keys[ordinal] : this.extraKeys[ordinal - this.keys.length];
  }

  private touch(ordinal: number): void {
    if (this.seen[ordinal]) return;
    this.seen[ordinal] = 1;
    this.touched.push(ordinal);
  }

  private grow(size: number): void {
    const grown = (a: Float64Array) => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.structural = grown(this.structural);
    this.text = grown(this.text);
    const seen = new Uint8Array(size);
    seen.set(this.seen);
    this.seen = seen;
  }
}
