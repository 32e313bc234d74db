// Study days and study weeks as UTC half-open ranges [start, end), for grouping reviews in SQL.
// SQLite has no time-zone database, so the boundaries are computed here with lib/calendar
// (DST-correct, day starting at dayStartsAtHour) and handed to SQL as parameters; SQL then
// only compares instants, which is exact whatever the zone's offset (:30, :45, DST, ...).
import { addStudyDays, studyDayKey, studyDayKeyToStart } from "@/lib/calendar/study-day";

export type StudyCalendar = { timezone: string; dayStartsAtHour: number };

/** A named span of study time: one study day, or a run of them (a week). */
export type DayRange = { key: string; start: Date; end: Date };

/** `count` consecutive study days beginning with `firstKey`, oldest first. */
export function studyDayRanges(firstKey: string, count: number, calendar: StudyCalendar): readonly DayRange[] {
  return spans(firstKey, count, 1, calendar);
}

/** `count` consecutive 7-day spans beginning with the study day `firstKey`, oldest first. */
export function studyWeekRanges(firstKey: string, count: number, calendar: StudyCalendar): readonly DayRange[] {
  return spans(firstKey, count, 7, calendar);
}

/**
 * Spans already computed, by their arguments: a dashboard view asks for a year of days, and every
 * student of a time zone and day start asks for the same ones until the day changes (the time-zone
 * arithmetic was ~4 ms of each view). Frozen, since callers share them.
 */
const computed = new Map<string, readonly DayRange[]>();
const COMPUTED_CAPACITY = 256;

function spans(firstKey: string, count: number, length: number, calendar: StudyCalendar): readonly DayRange[] {
  const key = `${firstKey}|${count}|${length}|${calendar.timezone}|${calendar.dayStartsAtHour}`;
  let ranges = computed.get(key);
  if (!ranges) {
    ranges = computeSpans(firstKey, count, length, calendar);
    if (computed.size >= COMPUTED_CAPACITY) computed.delete(computed.keys().next().value!);
    computed.set(key, ranges);
  }
  return ranges;
}

function computeSpans(firstKey: string, count: number, length: number, { timezone, dayStartsAtHour }: StudyCalendar): readonly DayRange[] {
  // Each boundary is computed once and shared by the span ending and the span starting there,
  // so consecutive ranges tile time with no gap or overlap, even across offset changes.
  const boundaries: Date[] = [];
  for (let i = 0; i <= count; i++) {
    boundaries.push(studyDayKeyToStart(addStudyDays(firstKey, i * length), timezone, dayStartsAtHour));
  }
  return Object.freeze(boundaries.slice(0, -1).map((start, i) => Object.freeze({ key: addStudyDays(firstKey, i * length), start, end: boundaries[i + 1] })));
}

/** The study day `now` falls in, for a user. */
export function todayKey(now: Date, { timezone, dayStartsAtHour }: StudyCalendar): string {
  return studyDayKey(now, timezone, dayStartsAtHour);
}

/** 0 = Monday … 6 = Sunday, for a day key (a calendar date; no time zone involved). */
export function weekdayOf(dayKey: string): number {
  const [y, m, d] = dayKey.split("-").map(Number);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return (date.getUTCDay() + 6) % 7;
}

/** The Monday on or before a day key: weeks in the heatmap and the retention chart start on Mondays. */
export function mondayOnOrBefore(dayKey: string): string {
  return addStudyDays(dayKey, -weekdayOf(dayKey));
}
