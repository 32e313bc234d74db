// Owns how Recall writes counts, shares and durations (client-safe). The words are English;
// digit grouping follows the reader's locale.

/** "1 review", "1,234 reviews". */
export function plural(count: number, one: string, many = `${one}s`, locale = "en-US"): string {
  return `${count.toLocaleString(locale)} ${count === 1 ? one : many}`;
}

/** 0.834 → "83%"; no data → "—". */
export function formatPercent(rate: number | null): string {
  return rate === null ? "—" : `${Math.round(rate * 100)}%`;
}

/** 95_000 ms → "2 min"; under a minute → "45 s". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
