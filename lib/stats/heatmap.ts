// The calendar heatmap: reviews per study day over the last year, in whole Monday-first weeks
// so it lays out as a 7-row grid. Days are the user's study days (time zone, day-start hour).
import "server-only";
import { addStudyDays } from "@/lib/calendar/study-day";
import { mondayOnOrBefore, studyDayRanges, todayKey, type StudyCalendar } from "./day-ranges";
import { countReviewsPerRange, type DayCount } from "./reviews-per-day";
import { sumOfHistory } from "./history-memo";

export type Heatmap = {
  /** Oldest first, from a Monday up to and including today (365–371 days). */
  days: DayCount[];
  today: string;
  total: number;
  activeDays: number;
  busiest: DayCount | null;
};

/** The first day shown: the Monday on or before the same date a year ago. */
export function heatmapFirstDay(today: string): string {
  return mondayOnOrBefore(addStudyDays(today, -364));
}

export function summarizeHeatmap(days: DayCount[], today: string): Heatmap {
  let total = 0;
  let activeDays = 0;
  let busiest: DayCount | null = null;
  for (const day of days) {
    total += day.count;
    if (day.count > 0) activeDays++;
    if (day.count > 0 && (!busiest || day.count > busiest.count)) busiest = day;
  }
  return { days, today, total, activeDays, busiest };
}

/**
 * @param history the review history's fingerprint (history-memo.ts): with it, the year's counts
 *   are computed once per change of the history, not on every view
 */
export async function loadHeatmap(user: { id: string } & StudyCalendar, now: Date, history?: string): Promise<Heatmap> {
  const today = todayKey(now, user);
  const first = heatmapFirstDay(today);
  const length = daysBetween(first, today) + 1;
  const load = () => countReviewsPerRange(user.id, studyDayRanges(first, length, user));
  const days = history ? await sumOfHistory(user.id, history, `heatmap|${user.timezone}|${user.dayStartsAtHour}|${today}`, load) : await load();
  return summarizeHeatmap(days, today);
}

/** Whole days from one day key to a later one (calendar arithmetic, no time zone). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type MonthTotal = { month: string; reviews: number; activeDays: number };

/** The heatmap's text alternative: per calendar month of study days ("YYYY-MM"), oldest first. */
export function monthlyTotals(days: DayCount[]): MonthTotal[] {
  const months = new Map<string, MonthTotal>();
  for (const day of days) {
    const month = day.key.slice(0, 7);
    const total = months.get(month) ?? { month, reviews: 0, activeDays: 0 };
    total.reviews += day.count;
    if (day.count > 0) total.activeDays++;
    months.set(month, total);
  }
  return [...months.values()];
}
