// The last study days, newest first, with what was done in each deck.
import type { DayActivity } from "@/lib/stats/activity";
import { formatDuration, formatPercent, formatRelativeDay, plural } from "./format";

function line(item: { reviews: number; newCards: number; correct: number; durationMs: number }): string {
  const fresh = item.newCards > 0 ? ` (${item.newCards} new)` : "";
  return `${plural(item.reviews, "review")}${fresh} · ${formatPercent(item.correct / item.reviews)} correct · ${formatDuration(item.durationMs)}`;
}

export function ActivityList({ days, today }: { days: DayActivity[]; today: string }) {
  if (days.length === 0) return <p className="muted">No reviews in the last two weeks.</p>;
  return (
    <ol className="activity-list">
      {days.map((day) => (
        <li key={day.day} data-day={day.day}>
          <p className="activity-day">
            <strong>{formatRelativeDay(day.day, today)}</strong> <span className="activity-total">{line(day)}</span>
          </p>
          <ul className="activity-decks">
            {day.decks.map((deck) => (
              <li key={deck.slug}>
                {deck.title}: <span className="muted">{line(deck)}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
