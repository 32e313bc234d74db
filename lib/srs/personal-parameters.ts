// Personal FSRS parameters: fitted to one user's own review history by the FSRS optimizer
// (fsrs-rs, packaged as @open-spaced-repetition/binding, a prebuilt native module). The optimizer
// is an optionalDependency loaded by dynamic import: where it is missing or fails to load, and
// while a user has too little history, FSRS keeps its default parameters and the result says why.
//
// The binding is pinned to 0.1.2, the newest version whose platform packages all exist in the
// registry: with 0.5.0 (linux-x64 only) the lockfile misses the other platforms' packages and
// `npm ci` refuses it as out of sync, on every platform. 0.1.2 already fits FSRS-6 (21 parameters).
import type { ComputeParametersOptions, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { FSRS_RATING_OF_BUTTON, buttonOfSm2Grade } from "./buttons";
import { FSRS_PARAMETER_COUNT } from "./fsrs";
import { schedulingReviews, studyDayNumber, type HistoryEntry, type StudyCalendar } from "./scheduler";

/**
 * Reviews of cards already seen (each one a training example) needed before fitting: below this
 * the defaults, fitted on hundreds of millions of reviews, predict a user's memory better.
 */
export const MIN_REVIEWS_FOR_FIT = 400;

/** The part of the binding used here. */
export type FsrsOptimizer = {
  FSRSBindingItem: new (reviews: FSRSBindingReview[]) => FSRSBindingItem;
  FSRSBindingReview: new (rating: number, deltaT: number) => FSRSBindingReview;
  computeParameters(trainSet: FSRSBindingItem[], options?: ComputeParametersOptions): Promise<number[]>;
};

export type FitResult =
  | { source: "fitted"; parameters: number[]; reviews: number }
  | { source: "default"; parameters: null; reviews: number; reason: string };

export type FitOptions = {
  /** How to load the optimizer; tests replace it. */
  loadOptimizer?: () => Promise<FsrsOptimizer>;
  minReviews?: number;
};

const loadBinding = async (): Promise<FsrsOptimizer> => import("@open-spaced-repetition/binding");

/**
 * Fits FSRS-6 parameters to a user's history: one list of ReviewLog rows per card (any order,
 * any kinds: only NEW and REVIEW count, as for scheduling). Elapsed time is counted in the
 * user's study days, as the scheduler counts it.
 */
export async function fitParameters(histories: readonly (readonly HistoryEntry[])[], calendar: StudyCalendar, options: FitOptions = {}): Promise<FitResult> {
  const { loadOptimizer = loadBinding, minReviews = MIN_REVIEWS_FOR_FIT } = options;
  if (!Array.isArray(histories)) throw new RangeError("histories must be an array with one review list per card");
  const cards = histories.map((history) =>
    schedulingReviews(history).map((review) => ({
      rating: FSRS_RATING_OF_BUTTON[buttonOfSm2Grade(review.grade)],
      day: studyDayNumber(review.reviewedAt, calendar),
    })),
  );
  const reviews = cards.reduce((sum, card) => sum + Math.max(0, card.length - 1), 0);
  if (reviews < minReviews) {
    return { source: "default", parameters: null, reviews, reason: `needs ${minReviews} reviews of cards already seen, has ${reviews}` };
  }

  let optimizer: FsrsOptimizer;
  try {
    optimizer = await loadOptimizer();
  } catch (error) {
    return { source: "default", parameters: null, reviews, reason: `the FSRS optimizer is not available here (${firstLine(error)})` };
  }
  try {
    // fsrs-rs's training format: for every review after a card's first, the card's history up
    // to and including it, with days since the previous review (0 for the first).
    const items: FSRSBindingItem[] = [];
    for (const card of cards) {
      const sequence = card.map((review, i) => new optimizer.FSRSBindingReview(review.rating, i === 0 ? 0 : review.day - card[i - 1].day));
      for (let i = 1; i < sequence.length; i++) items.push(new optimizer.FSRSBindingItem(sequence.slice(0, i + 1)));
    }
    // Long-term only, as the scheduler runs (same-day re-drills are not scheduling reviews).
    const parameters = await optimizer.computeParameters(items, { enableShortTerm: false, numRelearningSteps: 0 });
    if (!Array.isArray(parameters) || parameters.length !== FSRS_PARAMETER_COUNT || !parameters.every(Number.isFinite)) {
      return { source: "default", parameters: null, reviews, reason: "the optimizer returned something other than 21 FSRS-6 parameters" };
    }
    return { source: "fitted", parameters: [...parameters], reviews };
  } catch (error) {
    return { source: "default", parameters: null, reviews, reason: `the optimizer failed (${firstLine(error)})` };
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}
