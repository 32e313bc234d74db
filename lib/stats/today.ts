// The "today" panel: what is waiting now (from the study queue itself, so the dashboard and
// the study page can never disagree), what was done today, and the streak.
import "server-only";
import { loadQueueCounts } from "@/lib/study/queue";
import type { Student } from "@/lib/auth/session";
import { addStudyDays } from "@/lib/calendar/study-day";
import { studyDayRanges, todayKey } from "./day-ranges";
import { countReviewsPerRange, type DayCount } from "./reviews-per-day";
import { loadStreak, type Streak } from "./streak";

export type Today = {
  day: string;
  /** Scheduled reviews due by the end of today, plus today's re-drills not yet passed (as /study counts). */
  dueNow: number;
  /** New cards still allowed today (the daily limit minus new cards already seen, capped by what is left). */
  newLeft: number;
  reviewsToday: number;
  streak: Streak;
};

export async function loadToday(student: Student, now: Date, recentDays?: DayCount[]): Promise<Today> {
  const day = todayKey(now, student);
  const window = recentDays ?? (await countReviewsPerRange(student.id, studyDayRanges(addStudyDays(day, -364), 365, student)));
  const [queue, streak] = await Promise.all([loadQueueCounts(student, "all", now), loadStreak(student, now, window)]);
  return {
    day,
    dueNow: queue.dueCount + queue.redrillCount,
    newLeft: queue.newCount,
    reviewsToday: window.at(-1)?.count ?? 0,
    streak,
  };
}
