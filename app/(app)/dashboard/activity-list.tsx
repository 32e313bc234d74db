// The last study days, newest first, with what was done in each deck.
import type { DayActivity } from "@/lib/stats/activity";
import { formatRelativeDay } from "@/lib/format/dates";
import { formatDuration, formatPercent, plural } from "@/lib/format/numbers";

function line(item: { reviews: number; newCards: number; correct: number; durationMs: number }, locale: string): string {
  const fresh = item.newCards > 0 ? ` (${item.newCards} new)` : "";
  return `${plural(item.reviews, "review", undefined, locale)}${fresh} · ${formatPercent(item.correct / item.reviews)} correct · ${formatDuration(item.durationMs)}`;
}

export function ActivityList({ days, today, locale }: { days: DayActivity[]; today: string; locale: string }) {
  if (days.length === 0) return <p className="muted">No reviews in the last two weeks.</p>;
  return (
    <ol className="activity-list">
      {days.map((day) => (
        <li key={day.day} data-day={day.day}>
          <p className="activity-day">
            <strong>{formatRelativeDay(day.day, today, locale)}</strong> <span className="activity-total">{line(day, locale)}</span>
          </p>
          <ul className="activity-decks">
            {day.decks.map((deck) => (
              <li key={deck.slug}>
                {deck.title}: <span className="muted">{line(deck, locale)}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
