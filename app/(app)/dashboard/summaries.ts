// One-sentence text summaries of each chart: the figure captions, read first by screen readers.
import type { Forecast } from "@/lib/stats/forecast";
import type { Retention } from "@/lib/stats/retention";
import { formatDayKey } from "@/lib/format/dates";
import { formatPercent, plural } from "@/lib/format/numbers";

export function forecastSummary(forecast: Forecast, locale: string): string {
  if (forecast.total === 0) return "Nothing is scheduled for the next 30 days.";
  const busiest = forecast.days.reduce((best, day) => (day.count > best.count ? day : best));
  return `${plural(forecast.total, "scheduled review", undefined, locale)} in the next 30 days, ${forecast.days[0].count} of them today (overdue included); the busiest day is ${formatDayKey(busiest.key, locale)} with ${busiest.count}.`;
}

export function retentionOverTimeSummary(retention: Retention, locale: string): string {
  const withReviews = retention.weeks.filter((week) => week.reviews > 0);
  const last = withReviews.at(-1);
  return (
    `${formatPercent(retention.overall.rate)} of ${plural(retention.overall.reviews, "scheduled review", undefined, locale)} answered correctly overall` +
    (last ? `; ${formatPercent(last.rate)} in the latest week with reviews.` : ".")
  );
}

export function retentionByDeckSummary(retention: Retention, locale: string): string {
  return retention.decks.map((deck) => `${deck.title}: ${formatPercent(deck.rate)} of ${plural(deck.reviews, "review", undefined, locale)}`).join("; ") + ".";
}
