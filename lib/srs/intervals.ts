// What the study buttons show: the interval each answer would schedule, in a compact
// Anki-like form ("Good · 6d"). Presentation only; the scheduling itself is lib/srs/sm2.ts.

import { sm2, type Sm2State } from "./sm2";

export interface IntervalPreview {
  again: number;
  hard: number;
  good: number;
  easy: number;
}

/**
 * Days each button would schedule. In SM-2 the interval uses the ease factor from before
 * the review, so hard, good and easy always agree for a single review; they differ only in
 * how they move the ease factor for later reviews.
 */
export function previewIntervals(prev: Sm2State): IntervalPreview {
  return {
    again: sm2(prev, 1).intervalDays,
    hard: sm2(prev, 3).intervalDays,
    good: sm2(prev, 4).intervalDays,
    easy: sm2(prev, 5).intervalDays,
  };
}

// Anki's conventions: 30-day months, 365-day years, one decimal at most.
const DAYS_PER_MONTH = 30;
const DAYS_PER_YEAR = 365;

/** 0 → "0d", 6 → "6d", 45 → "1.5mo", 60 → "2mo", 438 → "1.2y". */
export function formatInterval(days: number): string {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`days must be a non-negative integer, got ${days}`);
  }
  if (days < DAYS_PER_MONTH) return `${days}d`;
  if (days < DAYS_PER_YEAR) return `${oneDecimal(days / DAYS_PER_MONTH)}mo`;
  return `${oneDecimal(days / DAYS_PER_YEAR)}y`;
}

function oneDecimal(x: number): string {
  return String(Math.round(x * 10) / 10);
}
