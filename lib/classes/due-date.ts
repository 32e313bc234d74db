// Assignment due dates. An instructor picks a calendar date; the assignment is due at the end
// of that date in the instructor's time zone (23:59:59.999 local), stored as a UTC instant.
// Calendar midnight rather than the 4 a.m. study-day boundary: a deadline is read as a date.
import { addStudyDays, isValidTimezone, studyDayKey, studyDayKeyToStart } from "@/lib/calendar/study-day";

const CALENDAR_DAY_START_HOUR = 0;

/** The last millisecond of `dateKey` ("YYYY-MM-DD") in `timezone`. Throws RangeError on a bad date or zone. */
export function dueAtForDate(dateKey: string, timezone: string): Date {
  const nextDayStart = studyDayKeyToStart(addStudyDays(dateKey, 1), timezone, CALENDAR_DAY_START_HOUR);
  return new Date(nextDayStart.getTime() - 1);
}

/** The calendar date a due instant falls on in `timezone` (the date the instructor picked). */
export function dueDateKey(dueAt: Date, timezone: string): string {
  return studyDayKey(dueAt, timezone, CALENDAR_DAY_START_HOUR);
}

/** Today's calendar date in `timezone`, for refusing due dates in the past. */
export function calendarDateKey(now: Date, timezone: string): string {
  return studyDayKey(now, safeTimezone(timezone), CALENDAR_DAY_START_HOUR);
}

export function safeTimezone(timezone: string): string {
  return isValidTimezone(timezone) ? timezone : "UTC";
}

export function isOverdue(dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && now.getTime() > dueAt.getTime();
}
