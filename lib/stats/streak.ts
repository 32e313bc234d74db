// The study streak: consecutive study days with at least one review, ending today — or ending
// yesterday while today has no review yet, since the streak is not broken until today ends.
import "server-only";
import { addStudyDays } from "@/lib/calendar/study-day";
import { studyDayRanges, todayKey, type StudyCalendar } from "./day-ranges";
import { countReviewsPerRange, reviewedBefore, type DayCount } from "./reviews-per-day";

export type Streak = { days: number; studiedToday: boolean };

/** How many of the last entries are active, counting back from the end. */
export function trailingActiveDays(days: DayCount[]): number {
  let run = 0;
  for (let i = days.length - 1; i >= 0 && days[i].count > 0; i--) run++;
  return run;
}

/** The streak within a window of days ending today (oldest first). */
export function streakWithin(daysEndingToday: DayCount[]): Streak & { reachesWindowStart: boolean } {
  const studiedToday = (daysEndingToday.at(-1)?.count ?? 0) > 0;
  const counted = studiedToday ? daysEndingToday : daysEndingToday.slice(0, -1);
  const days = trailingActiveDays(counted);
  return { days, studiedToday, reachesWindowStart: counted.length > 0 && days === counted.length };
}

const LOOKBACK_DAYS = 365;

/**
 * `recentDays` may be passed when the caller already has per-day counts ending today (the
 * heatmap's), to save a query. A streak longer than that window is followed back a year at a time.
 */
export async function loadStreak(user: { id: string } & StudyCalendar, now: Date, recentDays?: DayCount[]): Promise<Streak> {
  const today = todayKey(now, user);
  const window = recentDays ?? (await countReviewsPerRange(user.id, studyDayRanges(addStudyDays(today, -(LOOKBACK_DAYS - 1)), LOOKBACK_DAYS, user)));
  if (window.at(-1)?.key !== today) throw new RangeError("recentDays must end with today");
  const { days, studiedToday, reachesWindowStart } = streakWithin(window);
  let total = days;
  let firstKey = window[0].key;
  // A streak as old as the window usually is the whole history: one index seek says so, where
  // following it back would count another year of days.
  let more = reachesWindowStart && (await reviewedBefore(user.id, studyDayRanges(firstKey, 1, user)[0].start));
  while (more) {
    firstKey = addStudyDays(firstKey, -LOOKBACK_DAYS);
    const earlier = await countReviewsPerRange(user.id, studyDayRanges(firstKey, LOOKBACK_DAYS, user));
    const run = trailingActiveDays(earlier);
    total += run;
    more = run === earlier.length;
  }
  return { days: total, studiedToday };
}
