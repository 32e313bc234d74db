// How class pages print instants: in the viewer's own time zone, day first, 24-hour clock.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timezone}|${withTime}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat("en-GB", {
      timeZone: timezone,
      day: "numeric",
      month: "short",
      year: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" as const } : {}),
    });
    formatters.set(key, found);
  }
  return found;
}

export function formatDateTime(date: Date | null, timezone: string, empty = "—"): string {
  return date ? formatter(timezone, true).format(date) : empty;
}

export function formatDate(date: Date | null, timezone: string, empty = "—"): string {
  return date ? formatter(timezone, false).format(date) : empty;
}
