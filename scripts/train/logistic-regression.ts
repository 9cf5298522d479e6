// L2-regularised logistic regression fitted by Newton's method (IRLS), with chosen weights held non-negative by an
// active set: a weight that a step would take below zero is fixed at zero and the others are refitted.

export interface FitOptions {
  /** L2 penalty on every weight but the bias (index 0), added to the summed log-loss. */
  l2: number;
  /** Indices of weights kept >= 0. */
  nonNegative?: readonly number[];
  iterations?: number;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Solves a x = b for a symmetric positive definite a (Cholesky); a and b are overwritten. */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  for (let j = 0; j < n; j++) {
    let d = a[j][j];
    for (let k = 0; k < j; k++) d -= a[j][k] * a[j][k];
    const root = Math.sqrt(Math.max(d, 1e-12));
    a[j][j] = root;
    for (let i = j + 1; i < n; i++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= a[i][k] * a[j][k];
      a[i][j] = s / root;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= a[i][k] * y[k];
    y[i] = s / a[i][i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= a[k][i] * x[k];
    x[i] = s / a[i][i];
  }
  return x;
}

/** The weights minimising the penalised log-loss of labels `y` (0/1) given feature rows `x` (x[i][0] = 1, the bias). */
export function fitLogistic(x: Float64Array[], y: number[], options: FitOptions): Float64Array {
  const d = x[0]?.length ?? 0;
  const w = new Float64Array(d);
  const fixed = new Set<number>();
  const iterations = options.iterations ?? 50;
  for (let iteration = 0; iteration < iterations; iteration++) {
    const free = [...Array(d).keys()].filter((j) => !fixed.has(j));
    const grad = new Float64Array(free.length);
    const hess = free.map(() => new Float64Array(free.length));
    for (let i = 0; i < x.length; i++) {
      const row = x[i];
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j] * row[j];
      const p = sigmoid(z);
      const r = p - y[i];
      const s = p * (1 - p);
      for (let a = 0; a < free.length; a++) {
        const va = row[free[a]];
        if (va === 0) continue;
        grad[a] += r * va;
        const ha = hess[a];
        for (let b = 0; b <= a; b++) ha[b] += s * va * row[free[b]];
      }
    }
    for (let a = 0; a < free.length; a++) {
      if (free[a] !== 0) {
        grad[a] += options.l2 * w[free[a]];
        hess[a][a] += options.l2;
      }
      hess[a][a] += 1e-9;
      for (let b = 0; b < a; b++) hess[b][a] = hess[a][b];
    }
    const step = solve(hess, grad);
    let change = 0;
    let blocked = false;
    for (let a = 0; a < free.length; a++) {
      const j = free[a];
      let next = w[j] - step[a];
      if (options.nonNegative?.includes(j) && next < 0) {
        next = 0;
        fixed.add(j);
        blocked = true;
      }
      change = Math.max(change, Math.abs(next - w[j]));
      w[j] = next;
    }
    if (!blocked && change < 1e-7) break;
  }
  return w;
}
