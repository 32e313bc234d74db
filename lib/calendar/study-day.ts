// "Today" for a user: which study day an instant belongs to, when study days begin and end,
// and when a card scheduled N days out becomes due. Instants are UTC Dates; a study day is
// named by its local calendar date ("YYYY-MM-DD") in the user's IANA time zone and begins
// at dayStartsAtHour local time (4 a.m. by default, as in Anki), so 03:59 belongs to the
// previous day. Days may be 23 or 25 hours long (or stranger) across offset changes.

import { TZDate, tzOffset } from "@date-fns/tz";

export const DEFAULT_DAY_STARTS_AT_HOUR = 4;

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Constructing an Intl.DateTimeFormat is slow relative to everything else here.
const knownTimezones = new Set<string>();

export function isValidTimezone(tz: string): boolean {
  if (typeof tz !== "string" || tz === "") return false;
  if (knownTimezones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
  } catch {
    return false;
  }
  knownTimezones.add(tz);
  return true;
}

/** The "YYYY-MM-DD" study day that `instant` falls in. */
export function studyDayKey(instant: Date, timezone: string, dayStartsAtHour: number): string {
  const t = instantMs(instant);
  assertTimezone(timezone);
  assertHour(dayStartsAtHour);
  const local = new TZDate(t, timezone);
  let key = formatKey(local.getFullYear(), local.getMonth() + 1, local.getDate());
  if (local.getHours() < dayStartsAtHour) key = addStudyDays(key, -1);
  // Study days are contiguous intervals [start, next start). Reading the wall clock alone
  // disagrees with that only where clocks fall back across the day-start hour, so that the
  // local hour dips below it again after the day has begun.
  if (t >= startMs(addStudyDays(key, 1), timezone, dayStartsAtHour)) key = addStudyDays(key, 1);
  return key;
}

/** The UTC instant at which the study day containing `instant` began. */
export function studyDayStart(instant: Date, timezone: string, dayStartsAtHour: number): Date {
  return studyDayKeyToStart(studyDayKey(instant, timezone, dayStartsAtHour), timezone, dayStartsAtHour);
}

/** The UTC instant at which the study day containing `instant` ends (the next one's start, exclusive). */
export function studyDayEnd(instant: Date, timezone: string, dayStartsAtHour: number): Date {
  const key = studyDayKey(instant, timezone, dayStartsAtHour);
  return studyDayKeyToStart(addStudyDays(key, 1), timezone, dayStartsAtHour);
}

/** Calendar arithmetic on day keys; independent of any time zone. */
export function addStudyDays(dayKey: string, n: number): string {
  const [y, m, d] = parseKey(dayKey);
  if (!Number.isSafeInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
  const date = utcCalendarDate(y, m, d + n);
  return formatKey(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * The first instant whose local wall clock reads dayKey at dayStartsAtHour:00 or later.
 * When that hour is skipped (clocks spring forward over it) the day starts when the clocks
 * jump; when it occurs twice (clocks fall back) the day starts at its first occurrence.
 */
export function studyDayKeyToStart(dayKey: string, timezone: string, dayStartsAtHour: number): Date {
  parseKey(dayKey);
  assertTimezone(timezone);
  assertHour(dayStartsAtHour);
  return new Date(startMs(dayKey, timezone, dayStartsAtHour));
}

/**
 * When a card reviewed at `reviewedAt` with an interval of `intervalDays` becomes due: the
 * start of the study day `intervalDays` after the review's study day, so a card reviewed
 * at 23:00 with interval 1 is due from the next day's start (4 a.m.), not 23:00 tomorrow.
 * An interval of 0 means due from the start of the review's own study day.
 */
export function nextDueAt(reviewedAt: Date, intervalDays: number, timezone: string, dayStartsAtHour: number): Date {
  if (!Number.isSafeInteger(intervalDays) || intervalDays < 0) {
    throw new RangeError(`intervalDays must be a non-negative integer, got ${intervalDays}`);
  }
  const key = studyDayKey(reviewedAt, timezone, dayStartsAtHour);
  return studyDayKeyToStart(addStudyDays(key, intervalDays), timezone, dayStartsAtHour);
}

// TZDate's own wall-clock → instant constructor resolves a repeated (fall-back) hour
// differently depending on the host machine's time zone, so the inverse is taken here:
// an instant reading wall time W satisfies t = W − offset, for one of the offsets the zone
// uses around W, checked against the library's instant → offset mapping.
// A day's start depends only on (zone, hour, day), and the dashboard asks for a year of them on
// every view: remembered, up to a bound that holds years of days for many zones.
const startCache = new Map<string, number>();
const START_CACHE_LIMIT = 50_000;

function startMs(dayKey: string, timezone: string, hour: number): number {
  const cacheKey = `${timezone}|${hour}|${dayKey}`;
  const cached = startCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const start = computeStartMs(dayKey, timezone, hour);
  if (startCache.size >= START_CACHE_LIMIT) startCache.clear();
  startCache.set(cacheKey, start);
  return start;
}

function computeStartMs(dayKey: string, timezone: string, hour: number): number {
  const [y, m, d] = parseKey(dayKey);
  const target = utcCalendarDate(y, m, d).getTime() + hour * HOUR_MS; // wall clock, encoded as UTC
  const wallAt = (t: number) => t + tzOffset(timezone, new Date(t)) * MINUTE_MS;
  // Zones change offset at most once within a couple of days of any moment.
  const offsetsNearby = [tzOffset(timezone, new Date(target - DAY_MS)), tzOffset(timezone, new Date(target + DAY_MS))];
  const exact = offsetsNearby.map((o) => target - o * MINUTE_MS).filter((t) => wallAt(t) === target);
  if (exact.length > 0) {
    const start = Math.min(...exact);
    if (!Number.isFinite(start)) throw new RangeError(`${dayKey} is outside the supported date range`);
    return start;
  }
  // The hour was skipped: find the jump, the first instant whose wall clock passes target.
  let lo = target - Math.max(...offsetsNearby) * MINUTE_MS; // wall clock still before target
  let hi = target - Math.min(...offsetsNearby) * MINUTE_MS; // wall clock already past target
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw new RangeError(`${dayKey} is outside the supported date range`);
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (wallAt(mid) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

function parseKey(dayKey: string): [number, number, number] {
  const match = typeof dayKey === "string" ? DAY_KEY.exec(dayKey) : null;
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = utcCalendarDate(y, m, d);
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return [y, m, d];
  }
  throw new RangeError(`day key must be a real calendar date "YYYY-MM-DD", got ${JSON.stringify(dayKey)}`);
}

function formatKey(y: number, m: number, d: number): string {
  if (!(y >= 0 && y <= 9999)) throw new RangeError(`year ${y} is outside the supported range 0000–9999`);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
function utcCalendarDate(y: number, m: number, d: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date;
}

function instantMs(instant: Date): number {
  const t = instant instanceof Date ? instant.getTime() : NaN;
  if (!Number.isFinite(t)) throw new RangeError(`instant must be a valid Date, got ${String(instant)}`);
  return t;
}

function assertTimezone(timezone: string): void {
  if (!isValidTimezone(timezone)) throw new RangeError(`unknown time zone ${JSON.stringify(timezone)}`);
}

function assertHour(hour: number): void {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new RangeError(`dayStartsAtHour must be an integer from 0 to 23, got ${hour}`);
  }
}
