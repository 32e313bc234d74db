// Dashboard load time for a heavy user (100k reviews over a year across 2,000 cards) against a
// light one (1k reviews) in the same run and database. Prints numbers; asserts nothing.
// Run: npm run bench -- dashboard
import "./support/temp-database";
import { median } from "./support/median";
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import type { Student } from "@/lib/auth/session";
import { loadDashboard } from "@/lib/stats/dashboard";
import { historyFingerprint } from "@/lib/stats/history-memo";
import { loadHeatmap } from "@/lib/stats/heatmap";
import { loadToday } from "@/lib/stats/today";
import { loadForecast } from "@/lib/stats/forecast";
import { loadRetention } from "@/lib/stats/retention";
import { loadMastery } from "@/lib/stats/mastery";
import { loadRecentActivity } from "@/lib/stats/activity";
import { loadHardestQuestions } from "@/lib/study/hardest";
import { createBenchDecks, createStudentWithHistory } from "./support/history";

const NOW = new Date("2026-11-25T15:00:00Z");
const DECKS = 4;
const QUESTIONS_PER_DECK = 500;
const RUNS = 7;

function measures(student: Student): [string, () => Promise<unknown>][] {
  return [
    ["heatmap", () => loadHeatmap(student, NOW)],
    ["today (queue + streak)", () => loadToday(student, NOW)],
    ["forecast", () => loadForecast(student, NOW)],
    ["retention", () => loadRetention(student, NOW)],
    ["mastery", () => loadMastery(student.id)],
    ["recent activity", () => loadRecentActivity(student, NOW)],
    ["hardest", () => loadHardestQuestions(student.id)],
    ["history fingerprint", () => historyFingerprint(student.id)],
    // after the warm-up the heatmap's and retention's sums come from history-memo.ts
    ["whole dashboard, sums kept", () => loadDashboard(student, NOW)],
  ];
}

async function main() {
  let start = performance.now();
  const { questionIds } = await createBenchDecks(DECKS, QUESTIONS_PER_DECK);
  const light = await createStudentWithHistory("light", questionIds, { cards: 200, reviews: 1_000, now: NOW });
  const heavy = await createStudentWithHistory("heavy", questionIds, { cards: 2_000, reviews: 100_000, now: NOW });
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
