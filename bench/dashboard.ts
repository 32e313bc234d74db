// Dashboard load time for a heavy user (100k reviews over a year across 2,000 cards) against a
// light one (1k reviews) in the same run and database. Prints numbers; asserts nothing.
// Run: npm run bench -- dashboard
import "./support/temp-database";
import { median } from "./support/median";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import type { Student } from "@/lib/study/review";
import { loadDashboard } from "@/lib/stats/dashboard";
import { loadHeatmap } from "@/lib/stats/heatmap";
import { loadToday } from "@/lib/stats/today";
import { loadForecast } from "@/lib/stats/forecast";
import { loadRetention } from "@/lib/stats/retention";
import { loadMastery } from "@/lib/stats/mastery";
import { loadRecentActivity } from "@/lib/stats/activity";
import { loadHardestQuestions } from "@/lib/study/hardest";

const NOW = new Date("2026-11-25T15:00:00Z");
const DAY_MS = 86_400_000;
const DECKS = 4;
const QUESTIONS_PER_DECK = 500;
const RUNS = 7;
const SNAPSHOT = { repetitions: 3, easeFactor: 2.36, intervalDays: 15, dueAt: "2026-12-10T09:00:00.000Z", lapses: 1, lastReviewedAt: "2026-11-25T14:03:12.345Z", version: 7 };

// Deterministic, so runs compare.
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = (n: number) => Math.floor(random() * n);

async function createDecks(): Promise<string[][]> {
  const questionIds: string[][] = [];
  for (let d = 0; d < DECKS; d++) {
    const deck = await db.deck.create({ data: { slug: `bench-${d}`, title: `Bench deck ${d}`, visibility: "PUBLIC", publishedAt: new Date("2025-01-01") } });
    const ids: string[] = [];
    const facts = [];
    const questions = [];
    for (let i = 0; i < QUESTIONS_PER_DECK; i++) {
      const factId = `bf_${d}_${Math.floor(i / 2)}`; // two questions per fact
      if (i % 2 === 0) facts.push({ id: factId, deckId: deck.id, subject: `Subject ${i}`, predicate: "is", object: `object ${i}`, sentence: "A sentence." });
      const id = `bq_${d}_${i}`;
      ids.push(id);
      questions.push({ id, deckId: deck.id, factId, type: "short_answer", prompt: `Bench question ${d}/${i}?`, answer: "x", explanation: "e", sourceSentence: "s", position: i });
    }
    await db.fact.createMany({ data: facts });
    await db.question.createMany({ data: questions });
    questionIds.push(ids);
  }
  return questionIds;
}

/** A user studying every deck with `reviews` reviews spread over the last year across `cards` cards. */
async function createStudent(name: string, questionIds: string[][], cards: number, reviews: number): Promise<Student> {
  const user = await db.user.create({ data: { email: `${name}@bench.test`, name, passwordHash: "x", timezone: "America/New_York" } });
  const decks = await db.deck.findMany({ select: { id: true } });
  await db.deckEnrollment.createMany({ data: decks.map((deck) => ({ userId: user.id, deckId: deck.id })) });
  const studied = questionIds.flat().slice(0, cards);
  await db.$transaction(
    async (tx) => {
      await tx.cardState.createMany({
        data: studied.map((questionId) => {
          const repetitions = pick(6);
          return {
            userId: user.id,
            questionId,
            repetitions,
            intervalDays: repetitions === 0 ? 1 : 1 + pick(60),
            easeFactor: 1.3 + pick(120) / 100,
            lapses: pick(8),
            dueAt: new Date(NOW.getTime() + (pick(70) - 10) * DAY_MS),
            lastReviewedAt: new Date(NOW.getTime() - pick(30) * DAY_MS),
            version: 1,
          };
        }),
      });
      const seen = new Set<string>();
      const rows = [];
      for (let i = 0; i < reviews; i++) {
        const questionId = studied[pick(studied.length)];
        const kind = !seen.has(questionId) ? "NEW" : random() < 0.1 ? "REDRILL" : "REVIEW";
        seen.add(questionId);
        const correct = random() < 0.85;
        rows.push({
          clientReviewId: randomUUID(),
          userId: user.id,
          questionId,
          grade: correct ? 4 : 1,
          correct,
          durationMs: 2000 + pick(20_000),
          // Oldest first over the past 365 days, at any time of day.
          reviewedAt: new Date(NOW.getTime() - 365 * DAY_MS + Math.floor(((i + random()) / reviews) * 365 * DAY_MS)),
          kind,
          // Real rows carry both card snapshots and the answer; row size decides lookup cost.
          response: correct ? "the expected answer" : "a wrong answer",
          stateBefore: kind === "NEW" ? undefined : SNAPSHOT,
          stateAfter: SNAPSHOT,
        });
      }
      for (let i = 0; i < rows.length; i += 5_000) await tx.reviewLog.createMany({ data: rows.slice(i, i + 5_000) });
    },
    { timeout: 600_000 },
  );
  return { id: user.id, timezone: user.timezone, dayStartsAtHour: user.dayStartsAtHour, newPerDay: user.newPerDay };
}

function measures(student: Student): [string, () => Promise<unknown>][] {
  return [
    ["heatmap", () => loadHeatmap(student, NOW)],
    ["today (queue + streak)", () => loadToday(student, NOW)],
    ["forecast", () => loadForecast(student, NOW)],
    ["retention", () => loadRetention(student, NOW)],
    ["mastery", () => loadMastery(student.id)],
    ["recent activity", () => loadRecentActivity(student, NOW)],
    ["hardest", () => loadHardestQuestions(student.id)],
    ["whole dashboard", () => loadDashboard(student, NOW)],
  ];
}

async function main() {
  let start = performance.now();
  const questionIds = await createDecks();
  const light = await createStudent("light", questionIds, 200, 1_000);
  const heavy = await createStudent("heavy", questionIds, 2_000, 100_000);
  console.log(`setup: ${DECKS * QUESTIONS_PER_DECK} questions, 1k + 100k reviews in ${((performance.now() - start) / 1000).toFixed(1)} s\n`);

  const rows: string[][] = [["query", "1k reviews (ms)", "100k reviews (ms)", "ratio"]];
  const lightMeasures = measures(light);
  const heavyMeasures = measures(heavy);
  for (let i = 0; i < lightMeasures.length; i++) {
    const base = await median(lightMeasures[i][1], RUNS);
    const big = await median(heavyMeasures[i][1], RUNS);
    rows.push([lightMeasures[i][0], base.toFixed(1), big.toFixed(1), `${(big / base).toFixed(1)}×`]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
  console.log(`\nmedian of ${RUNS} runs after one warm-up; ${new Date().toISOString()}`);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
