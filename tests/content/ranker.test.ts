// The ranker's training: a logistic regression fitted to the labels, exactly and the same way
// every time (its weights are committed, and the evaluation refits one per document).
import { describe, expect, it } from "vitest";
import { FEATURE_NAMES, Ranker, trainLogistic, vectorOf, type Features, type TrainingExample } from "@/lib/content";

function example(set: Partial<Features>, y: 0 | 1): TrainingExample {
  const f = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Features;
  return { x: vectorOf({ ...f, bias: 1, ...set } as Features), y };
}

/** Names are acceptable four times in five, phrases one time in five; nothing else says anything. */
function labels(): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (let i = 0; i < 50; i++) {
    out.push(example({ kind_name: 1, answer_words_1: i % 2 }, i % 5 === 0 ? 0 : 1));
    out.push(example({ kind_phrase: 1, answer_words_1: i % 2 }, i % 5 === 0 ? 1 : 0));
  }
  return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The gradient of the class-balanced, L2-penalised log loss (bias unpenalised) at `w`. */
function gradient(examples: TrainingExample[], w: number[], l2: number): number[] {
  const positives = examples.filter((e) => e.y === 1).length;
  const weightOf = (y: number) => (y === 1 ? examples.length / (2 * positives) : examples.length / (2 * (examples.length - positives)));
  const g = w.map(() => 0);
  for (const e of examples) {
    const p = sigmoid(e.x.reduce((s, v, i) => s + v * w[i], 0));
    e.x.forEach((v, i) => (g[i] += (p - e.y) * weightOf(e.y) * v));
  }
  return g.map((v, i) => v / examples.length + (i === 0 ? 0 : l2 * w[i]));
}

describe("ranker training", () => {
  it("learns what the labels say: a name scores above a phrase, and a feature that tells nothing weighs nothing", () => {
    const weights = trainLogistic(labels());
    const ranker = new Ranker({ features: [...FEATURE_NAMES], weights });
    const f = (set: Partial<Features>) => ({ ...Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])), bias: 1, ...set }) as Features;
    expect(ranker.probability(f({ kind_name: 1 }))).toBeGreaterThan(0.7);
    expect(ranker.probability(f({ kind_phrase: 1 }))).toBeLessThan(0.3);
    expect(Math.abs(weights[FEATURE_NAMES.indexOf("answer_words_1")])).toBeLessThan(1e-3);
    // a feature no example has
    expect(weights[FEATURE_NAMES.indexOf("date_minor")]).toBe(0);
  });

  it("reaches the optimum of its loss, also with a light penalty and a rare feature (where a fixed number of gradient steps stopped short)", () => {
    // three hedged claims, all rejected: a weight the loss wants large, reached slowly step by step
    const examples = [...labels(), ...[0, 1, 2].map(() => example({ kind_name: 1, hedge: 1 }, 0))];
    for (const l2 of [0.05, 0.0001]) {
      const weights = trainLogistic(examples, { l2 });
      // the committed weights are rounded to four decimals: the gradient is zero up to that
      for (const g of gradient(examples, weights, l2)) expect(Math.abs(g)).toBeLessThan(1e-3);
    }
  });

  it("is deterministic: the same labels give the same weights", () => {
    expect(trainLogistic(labels())).toEqual(trainLogistic(labels()));
  });
});
