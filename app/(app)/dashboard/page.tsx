import type { Metadata } from "next";
import Link from "next/link";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { loadDashboard, type StudyDashboard } from "@/lib/stats/dashboard";
import { requestLocale } from "@/lib/http/request-locale";
import { TodayPanel } from "./today-panel";
import { ReviewHeatmap } from "./heatmap";
import { ForecastChart } from "./forecast-chart";
import { RetentionByDeckChart, RetentionOverTimeChart } from "./retention-charts";
import { MasteryBars } from "./mastery-bars";
import { ActivityList } from "./activity-list";
import { HardestList } from "./hardest-list";
import { MyAssignments } from "./my-assignments";
import { PredictedRecallCard } from "./predicted-recall";
import { forecastSummary, retentionByDeckSummary, retentionOverTimeSummary } from "./summaries";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const [dashboard, locale] = await Promise.all([loadDashboard(user), requestLocale()]);

  return (
    <div className="page stack dashboard">
      <div className="page-header">
        <h1>Welcome, {user.name}</h1>
      </div>
      <MyAssignments userId={user.id} locale={locale} />

      {!dashboard.hasDecks ? (
        <section className="card stack dashboard-start" aria-labelledby="start-heading">
          <h2 id="start-heading">Start with a deck</h2>
          <p>
            Add a deck from the catalogue — for example the TensorFlow and PyTorch review — and Recall schedules its questions
            for you. Study a few cards a day: this page then shows what is due, your streak and how well you remember.
          </p>
          <p>
            <Link href="/decks" className="button">
              Browse decks
            </Link>
          </p>
        </section>
      ) : (
        <StudyDashboardView dashboard={dashboard} user={user} locale={locale} />
      )}
    </div>
  );
}

function StudyDashboardView({ dashboard, user, locale }: { dashboard: StudyDashboard; user: CurrentUser; locale: string }) {
  const { today, heatmap, forecast, retention, mastery, activity, hardest } = dashboard;
  return (
    <>
      <TodayPanel today={today} dayStartsAtHour={user.dayStartsAtHour} locale={locale} />
      {dashboard.hasReviews ? <PredictedRecallCard user={user} locale={locale} /> : null}

      {!dashboard.hasReviews ? (
        <section className="card stack" aria-labelledby="first-steps-heading">
          <h2 id="first-steps-heading">Your first study session</h2>
          <p>
            Press <strong>Study now</strong> to see your first cards. Answer, show the answer, and say how well you knew it;
            Recall brings each card back just before you would forget it. Your calendar, forecast and retention charts
            appear here after your first reviews.
          </p>
        </section>
      ) : (
        <>
          <section className="card" aria-labelledby="heatmap-heading">
            <h2 id="heatmap-heading">Reviews in the last year</h2>
            <ReviewHeatmap heatmap={heatmap} locale={locale} />
          </section>

          <div className="dashboard-grid">
            <section className="card" aria-labelledby="forecast-heading">
              <h2 id="forecast-heading">Coming up</h2>
              {forecast.total === 0 ? (
                <p className="muted">Nothing is scheduled for the next 30 days.</p>
              ) : (
                <ForecastChart days={forecast.days} caption={forecastSummary(forecast, locale)} locale={locale} />
              )}
            </section>

            <section className="card" aria-labelledby="retention-heading">
              <h2 id="retention-heading">Retention</h2>
              {retention.overall.reviews === 0 ? (
                <p className="muted">
                  Retention counts how often you remember a card when it comes back for review. Your first cards return
                  tomorrow at the earliest — the chart starts then.
                </p>
              ) : (
                <div className="stack">
                  <RetentionOverTimeChart weeks={retention.weeks} caption={retentionOverTimeSummary(retention, locale)} locale={locale} />
                  <RetentionByDeckChart decks={retention.decks} caption={retentionByDeckSummary(retention, locale)} locale={locale} />
                </div>
              )}
            </section>
          </div>
        </>
      )}

      <section className="card" aria-labelledby="mastery-heading">
        <h2 id="mastery-heading">Mastery</h2>
        <MasteryBars decks={mastery} />
      </section>

      {dashboard.hasReviews ? (
        <div className="dashboard-grid">
          <section className="card" aria-labelledby="activity-heading">
            <h2 id="activity-heading">Recent activity</h2>
            <ActivityList days={activity} today={today.day} locale={locale} />
          </section>
          <section className="card" aria-labelledby="hardest-heading">
            <h2 id="hardest-heading">Hardest questions</h2>
            <HardestList questions={hardest} />
          </section>
        </div>
      ) : null}
    </>
  );
}
