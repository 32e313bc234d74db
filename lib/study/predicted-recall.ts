// What FSRS predicts a user on FSRS would recall right now: the average predicted recall of the
// cards they have studied, and how many have fallen below their desired retention (the cards
// the queue shows as due). Null for a user on SM-2, whose schedule makes no such prediction.
import "server-only";
import { db } from "@/lib/db";
import { LIVE_QUESTION } from "@/lib/decks/live-questions";
import { studyableDeckIds } from "@/lib/permissions/decks";
import { fsrsScheduler, type StudyCalendar } from "@/lib/srs/scheduler";
import { ensureFsrsMemory, fsrsCardOf, FSRS_MEMORY_SELECT, loadSchedulerSettings } from "./card-memory";

export type PredictedRecall = {
  /** Average predicted probability of recall now, over the studied cards. */
  average: number;
  studied: number;
  /** Studied cards whose predicted recall is below the desired retention. */
  belowTarget: number;
  desiredRetention: number;
};

export async function loadPredictedRecall(user: { id: string } & StudyCalendar, now = new Date()): Promise<PredictedRecall | null> {
  const settings = await loadSchedulerSettings(user.id);
  if (settings.scheduler !== "fsrs") return null;
  const calendar = { timezone: user.timezone, dayStartsAtHour: user.dayStartsAtHour };
  await ensureFsrsMemory(user.id, calendar, settings);
  const deckIds = await studyableDeckIds(user.id);
  const rows = await db.cardState.findMany({
    where: { userId: user.id, question: { ...LIVE_QUESTION, deckId: { in: deckIds } } },
    select: FSRS_MEMORY_SELECT,
  });
  const scheduler = fsrsScheduler(calendar, settings.fsrs);
  const recalls = rows.flatMap((row) => {
    const card = fsrsCardOf(row);
    const recall = card && scheduler.recall(card, now);
    return recall === null || recall === undefined ? [] : [recall];
  });
  const target = settings.fsrs.desiredRetention;
  return {
    average: recalls.length === 0 ? 0 : recalls.reduce((sum, recall) => sum + recall, 0) / recalls.length,
    studied: recalls.length,
    belowTarget: recalls.filter((recall) => recall < target).length,
    desiredRetention: target,
  };
}
