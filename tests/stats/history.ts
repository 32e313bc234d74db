// Hand-built review histories for the stats tests: ReviewLog and CardState rows written
// directly, so each test states exactly which instants and kinds it counts.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

export type LogSeed = {
  questionId: string;
  at: string;
  kind?: "NEW" | "REVIEW" | "REDRILL";
  correct?: boolean;
  durationMs?: number;
};

export async function logReviews(userId: string, seeds: LogSeed[]): Promise<void> {
  await db.reviewLog.createMany({
    data: seeds.map((seed) => ({
      clientReviewId: randomUUID(),
      userId,
      questionId: seed.questionId,
      grade: seed.correct === false ? 1 : 4,
      correct: seed.correct ?? true,
      durationMs: seed.durationMs ?? 1000,
      reviewedAt: new Date(seed.at),
      kind: seed.kind ?? "REVIEW",
      stateAfter: {},
    })),
  });
}

export type CardSeed = { questionId: string; dueAt: string; repetitions?: number; intervalDays?: number; lapses?: number; easeFactor?: number };

export async function createCards(userId: string, seeds: CardSeed[]): Promise<void> {
  await db.cardState.createMany({
    data: seeds.map((seed) => ({
      userId,
      questionId: seed.questionId,
      repetitions: seed.repetitions ?? 1,
      intervalDays: seed.intervalDays ?? 1,
      easeFactor: seed.easeFactor ?? 2.5,
      lapses: seed.lapses ?? 0,
      dueAt: new Date(seed.dueAt),
      lastReviewedAt: new Date("2026-01-01T12:00:00Z"),
      version: 1,
    })),
  });
}

/** Only the days with reviews, as { key: count }, for compact exact assertions. */
export function nonZero(days: { key: string; count: number }[]): Record<string, number> {
  return Object.fromEntries(days.filter((day) => day.count > 0).map((day) => [day.key, day.count]));
}
