// Everything the student dashboard shows, loaded together: the queries run concurrently and
// share what they can (the deck list, the heatmap's per-day counts for today and the streak).
// A student with no deck yet costs one statement.
import "server-only";
import { studyableDeckIds } from "@/lib/permissions/decks";
import type { Student } from "@/lib/auth/session";
import { loadHeatmap, type Heatmap } from "./heatmap";
import { historyFingerprint } from "./history-memo";
import { loadToday, type Today } from "./today";
import { loadForecast, type Forecast } from "./forecast";
import { loadRetention, type Retention } from "./retention";
import { loadMastery, type DeckMastery } from "./mastery";
import { loadRecentActivity, type DayActivity } from "./activity";
import { loadHardestQuestions, type HardQuestion } from "@/lib/study/hardest";

/** A student with no deck yet sees how to start instead of charts: nothing else is loaded for them. */
export type Dashboard = { hasDecks: false; hasReviews: false } | StudyDashboard;

export type StudyDashboard = {
  hasDecks: true;
  /** False until the first review: charts would only be empty axes. */
  hasReviews: boolean;
  today: Today;
  heatmap: Heatmap;
  forecast: Forecast;
  retention: Retention;
  mastery: DeckMastery[];
  activity: DayActivity[];
  hardest: HardQuestion[];
};

export async function loadDashboard(student: Student, now = new Date()): Promise<Dashboard> {
  const deckIds = await studyableDeckIds(student.id);
  if (deckIds.length === 0) return { hasDecks: false, hasReviews: false };
  const history = await historyFingerprint(student.id);
  const heatmapLoad = loadHeatmap(student, now, history);
  const [heatmap, today, forecast, retention, mastery, activity, hardest] = await Promise.all([
    heatmapLoad,
    heatmapLoad.then((heatmap) => loadToday(student, now, heatmap.days)),
    loadForecast(student, now, undefined, deckIds),
    loadRetention(student, now, undefined, history),
    loadMastery(student.id, deckIds),
    loadRecentActivity(student, now),
    loadHardestQuestions(student.id, undefined, deckIds),
  ]);
  // The heatmap covers a year; older reviews still count as having started.
  const hasReviews = heatmap.total > 0 || retention.overall.reviews > 0 || mastery.some((deck) => deck.total > deck.new);
  return { hasDecks: true, hasReviews, today, heatmap, forecast, retention, mastery, activity, hardest };
}
