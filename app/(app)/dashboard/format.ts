// How the dashboard writes days, shares and durations. Day keys are calendar dates already in
// the student's zone, so they are formatted as UTC dates: server and browser print the same.

const DAY = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "short", month: "short", day: "numeric" });
const DAY_WITH_YEAR = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "short", month: "short", day: "numeric", year: "numeric" });
const SHORT_DAY = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric" });
const MONTH = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short" });
const MONTH_YEAR = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "long", year: "numeric" });

const asDate = (dayKey: string) => new Date(`${dayKey}T00:00:00Z`);

/** "Mon, Nov 23" */
export const formatDay = (dayKey: string) => DAY.format(asDate(dayKey));
/** "Mon, Nov 23, 2026" */
export const formatDayWithYear = (dayKey: string) => DAY_WITH_YEAR.format(asDate(dayKey));
/** "Nov 23" */
export const formatShortDay = (dayKey: string) => SHORT_DAY.format(asDate(dayKey));
/** "Nov" */
export const formatMonth = (dayKey: string) => MONTH.format(asDate(dayKey));
/** "November 2026" */
export const formatMonthYear = (dayKey: string) => MONTH_YEAR.format(asDate(dayKey));

/** "Today", "Yesterday" or the date, for a day relative to the student's today. */
export function formatRelativeDay(dayKey: string, today: string): string {
  const days = Math.round((asDate(today).getTime() - asDate(dayKey).getTime()) / 86_400_000);
  if (days === 0) return "Today";
  if (days === 1) return "Yesterday";
  return formatDay(dayKey);
}

/** 0.834 → "83%"; no data → "—". */
export function formatPercent(rate: number | null): string {
  return rate === null ? "—" : `${Math.round(rate * 100)}%`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}

/** 95_000 ms → "2 min"; under a minute → "45 s". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
