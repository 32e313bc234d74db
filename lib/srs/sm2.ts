// SuperMemo-2 (Wozniak, 1987) as a pure function: one graded review in, the next scheduling
// state out. Owns the algorithm and its input validation; it knows nothing about clocks,
// time zones or storage (see lib/calendar/study-day.ts for turning intervalDays into a date).

export type Grade = 0 | 1 | 2 | 3 | 4 | 5;

export interface Sm2State {
  /** Consecutive correct reviews (grade >= 3) since the last failure. */
  repetitions: number;
  /** E-Factor; never below 1.3. Always a whole number of hundredths. */
  easeFactor: number;
  /** Days until the next review. */
  intervalDays: number;
}

export const NEW_CARD: Readonly<Sm2State> = Object.freeze({
  repetitions: 0,
  easeFactor: 2.5,
  intervalDays: 0,
});

export const MIN_EASE_FACTOR = 1.3;

// The ease factor is held as an integer number of hundredths: every SM-2 ease change
// (+0.10, 0, -0.14, -0.32, -0.54) is a multiple of 0.02, so integers keep it exact and
// ceil() never sees floating-point noise (10 × 1.4 must be 14, not 15).
const MIN_EASE_HUNDREDTHS = 130;
// Ease factors read back from a database Float may carry representation noise.
const EASE_TOLERANCE = 1e-9;

export function sm2(prev: Sm2State, grade: Grade): Sm2State {
  assertGrade(grade);
  const { repetitions, intervalDays } = prev;
  const ease = easeToHundredths(prev.easeFactor);
  if (!Number.isSafeInteger(repetitions) || repetitions < 0) {
    throw new RangeError(`repetitions must be a non-negative integer, got ${repetitions}`);
  }
  if (!Number.isSafeInteger(intervalDays) || intervalDays < 0) {
    throw new RangeError(`intervalDays must be a non-negative integer, got ${intervalDays}`);
  }
  // Only a never-reviewed card has interval 0; otherwise ceil(0 × ease) would keep it at 0 forever.
  if (repetitions > 0 && intervalDays === 0) {
    throw new RangeError("intervalDays must be at least 1 once repetitions > 0");
  }

  if (grade < 3) {
    // SM-2 restarts the repetition sequence but deliberately keeps the E-Factor.
    return { repetitions: 0, easeFactor: ease / 100, intervalDays: 1 };
  }

  let nextInterval: number;
  if (repetitions === 0) nextInterval = 1;
  else if (repetitions === 1) nextInterval = 6;
  else nextInterval = ceilDiv100(intervalDays * ease); // the ease *before* this review's update

  const q = 5 - grade;
  const nextEase = Math.max(MIN_EASE_HUNDREDTHS, ease + 10 - q * (8 + q * 2));
  return { repetitions: repetitions + 1, easeFactor: nextEase / 100, intervalDays: nextInterval };
}

/**
 * SM-2 repeats every item graded below 4 within the same session until it reaches 4.
 * Those re-drill answers only re-show the card: they must NOT be passed to sm2(), which is
 * called once per card per study day with the first grade given.
 */
export function needsRedrill(grade: Grade): boolean {
  assertGrade(grade);
  return grade < 4;
}

export function assertGrade(grade: unknown): asserts grade is Grade {
  if (typeof grade !== "number" || !Number.isInteger(grade) || grade < 0 || grade > 5) {
    throw new RangeError(`grade must be an integer from 0 to 5, got ${String(grade)}`);
  }
}

function easeToHundredths(easeFactor: number): number {
  if (!Number.isFinite(easeFactor)) {
    throw new RangeError(`easeFactor must be a finite number, got ${easeFactor}`);
  }
  const hundredths = Math.round(easeFactor * 100);
  if (!Number.isSafeInteger(hundredths) || Math.abs(easeFactor - hundredths / 100) > EASE_TOLERANCE) {
    throw new RangeError(`easeFactor must be a whole number of hundredths, got ${easeFactor}`);
  }
  if (hundredths < MIN_EASE_HUNDREDTHS) {
    throw new RangeError(`easeFactor must be at least ${MIN_EASE_FACTOR}, got ${easeFactor}`);
  }
  return hundredths;
}

// ceil(n / 100) without a floating-point division: % and the division of an exact
// multiple of 100 are both exact for safe integers.
function ceilDiv100(n: number): number {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError("next interval is too large to represent exactly");
  }
  const rest = n % 100;
  return (n - rest) / 100 + (rest > 0 ? 1 : 0);
}
