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

/** Batch gradient descent on the log loss with L2 (the bias is not penalised). Deterministic. */
export function trainLogistic(examples: TrainingExample[], options: { l2?: number; epochs?: number; rate?: number } = {}): number[] {
  const { l2 = 0.05, epochs = 800, rate = 0.5 } = options;
  const n = FEATURE_NAMES.length;
  const w = new Array<number>(n).fill(0);
  if (examples.length === 0) return w;
  const positives = examples.filter((e) => e.y === 1).length;
  // balanced classes: each class weighs as much in the loss
  const weightOf = (y: number) => (y === 1 ? examples.length / (2 * Math.max(1, positives)) : examples.length / (2 * Math.max(1, examples.length - positives)));
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Array<number>(n).fill(0);
    for (const e of examples) {
      let z = 0;
      for (let i = 0; i < n; i++) z += w[i] * e.x[i];
      const err = (sigmoid(z) - e.y) * weightOf(e.y);
      for (let i = 0; i < n; i++) grad[i] += err * e.x[i];
    }
    for (let i = 0; i < n; i++) {
      const reg = i === 0 ? 0 : l2 * w[i];
      w[i] -= rate * (grad[i] / examples.length + reg);
    }
  }
  return w.map((v) => Math.round(v * 1e4) / 1e4);
}
