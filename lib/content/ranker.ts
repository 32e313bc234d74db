// Owns the ranker: a logistic regression over the candidate features, P(acceptable). Its
// weights are learned from the committed labels (scripts/bank-train.ts) and shipped in
// ranker-weights.json; training is plain batch gradient descent with L2, deterministic.
import { FEATURE_NAMES, vectorOf, type Features } from "./features";
import weightsFile from "./ranker-weights.json";

export interface RankerWeights {
  features: string[];
  weights: number[];
  /** Training summary, for the README and the evaluation report. */
  trainedOn?: { labels: number; documents: number };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export class Ranker {
  private readonly w: number[];
  constructor(model: RankerWeights) {
    // features are matched by name, so adding a feature never silently shifts weights
    const byName = new Map(model.features.map((n, i) => [n, model.weights[i] ?? 0]));
    this.w = FEATURE_NAMES.map((n) => byName.get(n) ?? 0);
  }

  probability(f: Features): number {
    const x = vectorOf(f);
    let z = 0;
    for (let i = 0; i < x.length; i++) z += this.w[i] * x[i];
    return sigmoid(z);
  }

  static default(): Ranker {
    return new Ranker(weightsFile as RankerWeights);
  }
}

export interface TrainingExample {
  x: number[];
  y: 0 | 1;
}

/**
 * Fits the weights by Newton's method on the class-balanced log loss with L2 (the bias is not
 * penalised): a few dozen exact steps where gradient descent took hundreds of passes, and the same
 * weights for the same examples. The penalty stays 0.05: a lighter one (0.002) ranks candidates
 * better across documents but publishes no more acceptable questions once the threshold is
 * raised to publish as many, and did worse on the held-out round (lib/content/README.md, twenty-first session).
 */
export function trainLogistic(examples: TrainingExample[], options: { l2?: number; iterations?: number } = {}): number[] {
  const { l2 = 0.05, iterations = 50 } = options;
  const n = FEATURE_NAMES.length;
  const w = new Array<number>(n).fill(0);
  if (examples.length === 0) return w;
  const positives = examples.filter((e) => e.y === 1).length;
  // balanced classes: each class weighs as much in the loss
  const weightOf = (y: number) => (y === 1 ? examples.length / (2 * Math.max(1, positives)) : examples.length / (2 * Math.max(1, examples.length - positives)));
  for (let step = 0; step < iterations; step++) {
    const grad = new Array<number>(n).fill(0);
    const hessian = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (const e of examples) {
      let z = 0;
      for (let i = 0; i < n; i++) z += w[i] * e.x[i];
      const p = sigmoid(z);
      const c = weightOf(e.y);
      const err = (p - e.y) * c;
      const curvature = p * (1 - p) * c;
      for (let i = 0; i < n; i++) {
        const xi = e.x[i];
        if (xi === 0) continue;
        grad[i] += err * xi;
        const row = hessian[i];
        for (let j = 0; j <= i; j++) row[j] += curvature * xi * e.x[j];
      }
    }
    for (let i = 0; i < n; i++) {
      grad[i] = grad[i] / examples.length + (i === 0 ? 0 : l2 * w[i]);
      for (let j = 0; j <= i; j++) hessian[j][i] = hessian[i][j] /= examples.length;
      // a feature no example has still gets the penalty's curvature, so the system stays solvable
      hessian[i][i] += i === 0 ? 1e-9 : l2;
    }
    const delta = solveLinear(hessian, grad);
    let largest = 0;
    for (let i = 0; i < n; i++) {
      w[i] -= delta[i];
      largest = Math.max(largest, Math.abs(delta[i]));
    }
    if (largest < 1e-9) break;
  }
  return w.map((v) => Math.round(v * 1e4) / 1e4);
}

/** Gaussian elimination with partial pivoting: x with a·x = b (a is square and invertible). */
function solveLinear(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / m[col][col];
      if (f !== 0) for (let k = col; k <= n; k++) m[r][k] -= f * m[col][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
    x[r] = s / m[r][r];
  }
  return x;
}
