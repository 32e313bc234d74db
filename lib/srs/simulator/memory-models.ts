// The simulated learners' true memory, two ways, so that no scheduler is judged only on its own
// assumptions:
//   fsrs-curve  — FSRS-6's own model (ts-fsrs's state updates and power forgetting curve), with
//                 each student's parameters scaled by their ability and each card's difficulty
//                 shifted by how hard it is. FSRS's scheduler still uses the default parameters,
//                 so it knows the shape of memory but not the student.
//   exponential — not FSRS: recall = exp(−t / h) with a memory strength h in days. A first
//                 sighting sets h = 3 days × ability ÷ difficulty (twice that if answered right);
//                 a success multiplies h by 1 + 3.8 × √(ability ÷ difficulty) × √(1 − recall), so
//                 harder retrievals strengthen more (the spacing effect); a failure keeps 30% of h
//                 (never below the first-sighting strength), the same-day re-drill relearning it.
import { FSRSAlgorithm, computeDecayFactor, default_w } from "ts-fsrs";
import { FSRS_RATING_OF_BUTTON, type ReviewButton } from "../buttons";
import { fsrsFormulas } from "../fsrs-formulas";
import type { Student } from "./learners";

/** One student's memory of every card of the deck, indexed by card. */
export interface LearnerMemory {
  /** The first sighting, answered with `button`. */
  learn(card: number, button: ReviewButton): void;
  /** Probability of recall `elapsedDays` after the card was last answered. */
  recall(card: number, elapsedDays: number): number;
  /** A later answer, given after `elapsedDays` when recall was `recall`. */
  review(card: number, elapsedDays: number, recall: number, button: ReviewButton): void;
}

export type MemoryModel = {
  id: "fsrs-curve" | "exponential";
  name: string;
  forStudent(student: Student, deck: Float64Array): LearnerMemory;
};

export const FSRS_CURVE_MODEL: MemoryModel = {
  id: "fsrs-curve",
  name: "FSRS-6 forgetting curve",
  forStudent({ ability }, deck) {
    const w = [...default_w];
    for (let i = 0; i < 4; i++) w[i] *= ability; // first-review stabilities
    w[8] += Math.log(ability); // growth of stability on success (e^w8)
    w[11] *= ability; // stability left after a lapse
    const algorithm = new FSRSAlgorithm({ w, enable_short_term: false });
    const formulas = fsrsFormulas(algorithm, "inline");
    const { decay, factor } = computeDecayFactor(algorithm.parameters.w);
    const stability = new Float64Array(deck.length);
    const difficulty = new Float64Array(deck.length);
    const set = (card: number, next: { stability: number; difficulty: number }) => {
      stability[card] = next.stability;
      difficulty[card] = next.difficulty;
    };
    return {
      learn(card, button) {
        const first = formulas.next_state(null, 0, FSRS_RATING_OF_BUTTON[button]);
        set(card, { stability: first.stability, difficulty: Math.min(10, Math.max(1, first.difficulty + 2 * Math.log(deck[card]))) });
      },
      recall: (card, elapsedDays) => Math.pow(1 + (factor * elapsedDays) / stability[card], decay),
      review(card, elapsedDays, recall, button) {
        set(card, formulas.next_state({ stability: stability[card], difficulty: difficulty[card] }, elapsedDays, FSRS_RATING_OF_BUTTON[button], recall));
      },
    };
  },
};

const FIRST_STRENGTH_DAYS = 3;
const SUCCESS_GAIN = 3.8;
const KEPT_AFTER_LAPSE = 0.3;

export const EXPONENTIAL_MODEL: MemoryModel = {
  id: "exponential",
  name: "Exponential forgetting (not FSRS)",
  forStudent({ ability }, deck) {
    const strength = new Float64Array(deck.length);
    const learnerFit = (card: number) => ability / deck[card];
    return {
      learn(card, button) {
        strength[card] = FIRST_STRENGTH_DAYS * learnerFit(card) * (button === "again" ? 1 : 2);
      },
      recall: (card, elapsedDays) => Math.exp(-elapsedDays / strength[card]),
      review(card, _elapsedDays, recall, button) {
        strength[card] =
          button === "again"
            ? Math.max(FIRST_STRENGTH_DAYS * learnerFit(card), strength[card] * KEPT_AFTER_LAPSE)
            : strength[card] * (1 + SUCCESS_GAIN * Math.sqrt(learnerFit(card)) * Math.sqrt(1 - recall));
      },
    };
  },
};

export const MEMORY_MODELS: readonly MemoryModel[] = [FSRS_CURVE_MODEL, EXPONENTIAL_MODEL];
