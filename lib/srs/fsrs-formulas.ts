// The FSRS-6 memory formulas the scheduler step needs (ts-fsrs's FSRSAlgorithm method names), in
// two interchangeable engines:
//   "ts-fsrs" — ts-fsrs's own FSRSAlgorithm: the reference, and what the app schedules with;
//   "inline"  — the same arithmetic written out over plain numbers, for the simulator's millions
//               of reviews (ts-fsrs reads its parameters through a Proxy on every call, about
//               ten times slower). tests/srs/fsrs-formulas.test.ts checks it returns exactly
//               (===) what ts-fsrs returns, on random parameters, states and ratings.
// Parameter handling (defaults, migration, clipping, the interval modifier) is always ts-fsrs's:
// the inline engine reads them from a configured FSRSAlgorithm. Long-term mode only.
import { FSRSAlgorithm, S_MIN, computeDecayFactor } from "ts-fsrs";

export type MemoryState = { difficulty: number; stability: number };

export interface FsrsFormulas {
  /** Memory after rating `g` (1–4) `t` days after the last review at recall `r` (null memory: a new card). */
  next_state(memory: MemoryState | null, t: number, g: number, r?: number): MemoryState;
  /** Days until recall falls to the desired retention, at least 1. */
  next_interval(stability: number, elapsedDays: number): number;
  /** Probability of recall `t` days after a review that left `stability`. */
  forgetting_curve(t: number, stability: number): number;
}

export type FsrsEngine = "ts-fsrs" | "inline";

export function fsrsFormulas(algorithm: FSRSAlgorithm, engine: FsrsEngine): FsrsFormulas {
  const { enable_short_term, enable_fuzz } = algorithm.parameters;
  if (enable_short_term || enable_fuzz) throw new RangeError("only FSRS's long-term mode without fuzz is supported");
  return engine === "ts-fsrs" ? algorithm : inlineFormulas(algorithm);
}

// Each line mirrors ts-fsrs 5.4.2 (FSRSAlgorithm), including the order of floating-point
// operations and the rounding to 8 decimals, so the results are identical, not just close.
function inlineFormulas(algorithm: FSRSAlgorithm): FsrsFormulas {
  const w = [...algorithm.parameters.w];
  const intervalModifier = algorithm.interval_modifier;
  const maximumInterval = algorithm.parameters.maximum_interval;
  const { decay, factor } = computeDecayFactor(w);
  const roundTo8 = (x: number) => Math.round(x * 100000000) / 100000000;
  const clamp = (x: number, min: number, max: number) => Math.min(Math.max(x, min), max);
  const initDifficulty = (g: number) => roundTo8(w[4] - Math.exp((g - 1) * w[5]) + 1);
  const initEasyDifficulty = initDifficulty(4);
  const expW8 = Math.exp(w[8]);
  const forgettingCurve = (t: number, s: number) => roundTo8(Math.pow(1 + (factor * t) / s, decay));

  return {
    forgetting_curve: forgettingCurve,
    next_interval(s) {
      return Math.min(Math.max(1, Math.round(s * intervalModifier)), maximumInterval);
    },
    next_state(memory, t, g, r) {
      const d = memory ? memory.difficulty : 0;
      const s = memory ? memory.stability : 0;
      if (t < 0) throw new RangeError(`Invalid delta_t "${t}"`);
      if (g < 0 || g > 4) throw new RangeError(`Invalid grade "${g}"`);
      if (d === 0 && s === 0) return { difficulty: clamp(initDifficulty(g), 1, 10), stability: Math.max(w[g - 1], 0.1) };
      if (g === 0) return { difficulty: d, stability: s };
      if (d < 1 || s < S_MIN) throw new RangeError(`Invalid memory state { difficulty: ${d}, stability: ${s} }`);
      const recall = typeof r === "number" ? r : forgettingCurve(t, s);
      let stability: number;
      if (g === 1) {
        const afterFail = roundTo8(clamp(w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - recall) * w[14]), S_MIN, 36500));
        stability = clamp(roundTo8(s / Math.exp(0)), S_MIN, afterFail); // w17·w18 count only in short-term mode
      } else {
        const hardPenalty = g === 2 ? w[15] : 1;
        const easyBonus = g === 4 ? w[16] : 1;
        stability = roundTo8(
          clamp(s * (1 + expW8 * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - recall) * w[10]) - 1) * hardPenalty * easyBonus), S_MIN, 36500),
        );
      }
      const nextD = d + roundTo8((-w[6] * (g - 3) * (10 - d)) / 9);
      const difficulty = clamp(roundTo8(w[7] * initEasyDifficulty + (1 - w[7]) * nextD), 1, 10);
      return { difficulty, stability };
    },
  };
}
