// What is waiting now and the streak, with the one action that matters: study.
import Link from "next/link";
import type { Today } from "@/lib/stats/today";
import { formatDayKey } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";

export function TodayPanel({ today, dayStartsAtHour, locale }: { today: Today; dayStartsAtHour: number; locale: string }) {
  const waiting = today.dueNow + today.newLeft;
  const streak = today.streak;
  return (
    <section className="card today" aria-labelledby="today-heading">
      <div className="today-header">
        <h2 id="today-heading">Today, {formatDayKey(today.day, locale)}</h2>
        {waiting > 0 ? (
          <Link href="/study/all" className="button">
            Study now
          </Link>
        ) : (
          <span className="muted">All done for today.</span>
        )}
      </div>
      <dl className="stat-list">
        <div className="stat">
          <dt>Due now</dt>
          <dd>{today.dueNow}</dd>
        </div>
        <div className="stat">
          <dt>New cards left today</dt>
          <dd>{today.newLeft}</dd>
        </div>
        <div className="stat">
          <dt>Reviews today</dt>
          <dd>{today.reviewsToday}</dd>
        </div>
        <div className="stat">
          <dt>Study streak</dt>
          <dd>{plural(streak.days, "day", undefined, locale)}</dd>
        </div>
      </dl>
      <p className="muted today-note">
        {streak.days === 0
          ? "Review at least one card a day to build a streak."
          : streak.studiedToday
            ? "You have studied today — the streak is safe."
            : `Study before your day ends (${String(dayStartsAtHour).padStart(2, "0")}:00) to keep the streak going.`}
      </p>
    </section>
  );
}
