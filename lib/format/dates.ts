// Owns how Recall writes dates: in the reader's locale (lib/format/locale) and, for instants, in
// their own time zone. Day keys ("2026-11-30") are already calendar days in the reader's zone,
// so they are written as UTC dates: server and browser print the same. Pure and client-safe.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl.DateTimeFormat is slow next to using one: one per locale and style. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(locale, options)));
  return found;
}

export type Reader = { locale: string; timezone: string };

/** An instant as a date ("30 Nov 2026"), or with the time too; `empty` when there is none. */
export function formatInstant(date: Date | null, { locale, timezone }: Reader, { withTime = false, empty = "—" } = {}): string {
  if (!date) return empty;
  return formatter(locale, { timeZone: timezone, dateStyle: "medium", ...(withTime ? { timeStyle: "short" } : {}) }).format(date);
}

const DAY_STYLES = {
  /** "Mon, Nov 23" */
  day: { weekday: "short", month: "short", day: "numeric" },
  /** "Mon, Nov 23, 2026" */
  dayWithYear: { weekday: "short", month: "short", day: "numeric", year: "numeric" },
  /** "Nov 23" */
  shortDay: { month: "short", day: "numeric" },
  /** "Nov" */
  month: { month: "short" },
  /** "November 2026" */
  monthYear: { month: "long", year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DayStyle = keyof typeof DAY_STYLES;

export function formatDayKey(dayKey: string, locale: string, style: DayStyle = "day"): string {
  return formatter(locale, { timeZone: "UTC", ...DAY_STYLES[style] }).format(new Date(`${dayKey}T00:00:00Z`));
}

/** "Today", "Yesterday" or the day, for a day relative to the reader's today. */
export function formatRelativeDay(dayKey: string, today: string, locale: string): string {
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dayKey}T00:00:00Z`)) / 86_400_000);
  if (days === 0) return "Today";
  if (days === 1) return "Yesterday";
  return formatDayKey(dayKey, locale);
}
