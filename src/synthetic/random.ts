// Seeded randomness for the corpus generator: a small PRNG, weighted and Zipf-distributed picks; no global state.

/** Mulberry32 (Tommy Ettinger, public domain): a fast 32-bit PRNG with floats in [0, 1). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

/**
 * Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s (Zipf), by binary search over the
 * cumulative weights: rank 0 is drawn most, the long tail rarely, as entity popularity is in the literature.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(readonly n: number, exponent: number) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) this.cumulative[i] = sum += 1 / Math.pow(i + 1, exponent);
  }

  sample(random: Random): number {
    const target = random.next() * this.cumulative[this.n - 1];
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A well-mixed 32-bit hash of an integer and a seed (for index-derived, order-independent choices). */
export function mix(value: number, seed: number): number {
  let h = (value ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
