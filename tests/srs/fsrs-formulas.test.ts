import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FSRSAlgorithm, S_MIN, generatorParameters } from "ts-fsrs";
import { fsrsFormulas } from "@/lib/srs/fsrs-formulas";
import { FsrsModel, NEW_FSRS_MEMORY, type FsrsMemory } from "@/lib/srs/fsrs";
import { desiredRetention, history, parameters } from "./support/fsrs-arbitraries";

const algorithmFor = (w: number[] | null, retention = 0.9) =>
  new FSRSAlgorithm({ request_retention: retention, w: w ?? undefined, enable_short_term: false, enable_fuzz: false });

// Memory states anywhere FSRS allows, including the clamps' edges.
const stability = fc.oneof(fc.double({ min: S_MIN, max: 36500, noNaN: true }), fc.constantFrom(S_MIN, 0.1, 1, 36500));
const difficulty = fc.oneof(fc.double({ min: 1, max: 10, noNaN: true }), fc.constantFrom(1, 10));
const recall = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1));
const days = fc.oneof(fc.integer({ min: 0, max: 36500 }), fc.constantFrom(0, 1));

describe("the inline FSRS engine returns exactly what ts-fsrs returns", () => {
  it("next_state, next_interval and forgetting_curve on random parameters and states", () => {
    fc.assert(
      fc.property(parameters, desiredRetention, stability, difficulty, recall, days, fc.integer({ min: 1, max: 4 }), (w, retention, s, d, r, t, g) => {
        const algorithm = algorithmFor(w, retention);
        const inline = fsrsFormulas(algorithm, "inline");
        const memory = { stability: s, difficulty: d };
        expect(inline.next_state(memory, t, g, r)).toEqual(algorithm.next_state(memory, t, g, r));
        expect(inline.next_state(memory, t, g)).toEqual(algorithm.next_state(memory, t, g));
        expect(inline.next_state(null, 0, g)).toEqual(algorithm.next_state(null, 0, g));
        expect(inline.next_interval(s, t)).toBe(algorithm.next_interval(s, t));
        expect(inline.forgetting_curve(t, s)).toBe(algorithm.forgetting_curve(t, s));
      }),
      { numRuns: 2000 },
    );
  });

  it("so FsrsModel gives the same schedules with either engine", () => {
    fc.assert(
      fc.property(parameters, desiredRetention, history, (w, retention, reviews) => {
        const settings = { desiredRetention: retention, parameters: w };
        const reference = new FsrsModel(settings, "ts-fsrs");
        const inline = new FsrsModel(settings, "inline");
        let a: FsrsMemory = { ...NEW_FSRS_MEMORY };
        let b: FsrsMemory = { ...NEW_FSRS_MEMORY };
        for (const [i, review] of reviews.entries()) {
          const gap = i === 0 ? 0 : review.gap;
          expect(inline.preview(b, gap)).toEqual(reference.preview(a, gap));
          a = reference.review(a, gap, review.rating).memory;
          b = inline.review(b, gap, review.rating).memory;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("refuses ts-fsrs configurations it does not mirror", () => {
    const shortTerm = new FSRSAlgorithm(generatorParameters({ enable_short_term: true }));
    const fuzzed = new FSRSAlgorithm(generatorParameters({ enable_short_term: false, enable_fuzz: true }));
    expect(() => fsrsFormulas(shortTerm, "inline")).toThrow(/long-term mode without fuzz/);
    expect(() => fsrsFormulas(fuzzed, "ts-fsrs")).toThrow(/long-term mode without fuzz/);
  });

  it("rejects invalid memory as ts-fsrs does", () => {
    const algorithm = algorithmFor(null);
    const inline = fsrsFormulas(algorithm, "inline");
    for (const [memory, t, g] of [
      [{ stability: 0.0001, difficulty: 5 }, 1, 3],
      [{ stability: 5, difficulty: 0.5 }, 1, 3],
      [{ stability: 5, difficulty: 5 }, -1, 3],
      [{ stability: 5, difficulty: 5 }, 1, 5],
    ] as const) {
      expect(() => algorithm.next_state(memory, t, g)).toThrow();
      expect(() => inline.next_state(memory, t, g)).toThrow();
    }
  });
});
