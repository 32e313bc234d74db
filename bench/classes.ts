// Class pages at scale: progress table and item analysis for a class of 500 students on a
// 200-question deck, against a 50-student class measured in the same run and database.
// Prints numbers; asserts nothing. Run: npx tsx --conditions=react-server bench/classes.ts
import "./support/temp-database";
import { median } from "./support/median";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { db } from "@/lib/db";
import { classProgress } from "@/lib/classes/progress";
import { classItemAnalysis } from "@/lib/classes/item-analysis";
import { studentAssignments } from "@/lib/classes/my-assignments";
import { progressCsv } from "@/lib/classes/csv";

const NOW = new Date("2026-11-25T15:00:00Z");
const DAY_MS = 86_400_000;
const QUESTIONS = 200;
const BIG_CLASS = 500;
const BASELINE_CLASS = 50;
/** Students of other classes studying the same deck: their reviews must be filtered out, not counted. */
const OTHER_STUDENTS = 300;
const RUNS = 7;
const SNAPSHOT = JSON.stringify({ repetitions: 3, easeFactor: 2.36, intervalDays: 15, dueAt: "2026-12-10T09:00:00.000Z", lapses: 1, lastReviewedAt: "2026-11-25T14:03:12.345Z", version: 7 });

// Deterministic, so runs compare.
let seed = 7;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = (n: number) => Math.floor(random() * n);

/** Prisma's SQLite adapter stores DateTime as ISO text with an explicit offset. */
const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

type Seeded = { deckId: string; bigClassId: string; baselineClassId: string; instructorId: string; sampleStudentId: string; reviews: number };

/**
 * Raw better-sqlite3 in one transaction: ~250k reviews in seconds. Each student studies a share
 * of the deck (20–100%), 1–6 reviews per question over the last 60 days; weaker students and
 * harder questions are wrong more often, and wrong answers favour one distractor per question.
 */
function seed500(file: string): Seeded {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  const insertUser = sqlite.prepare(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "createdAt") VALUES (?, ?, ?, 'x', ?)`);
  const insertClass = sqlite.prepare(`INSERT INTO "Class" ("id", "name", "joinCode", "ownerId", "createdAt") VALUES (?, ?, ?, ?, ?)`);
  const insertMember = sqlite.prepare(`INSERT INTO "ClassMember" ("classId", "userId", "role", "joinedAt") VALUES (?, ?, ?, ?)`);
  const insertReview = sqlite.prepare(
    `INSERT INTO "ReviewLog" ("id", "clientReviewId", "userId", "questionId", "grade", "response", "correct", "durationMs", "reviewedAt", "kind", "stateBefore", "stateAfter")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCard = sqlite.prepare(
    `INSERT INTO "CardState" ("id", "userId", "questionId", "repetitions", "easeFactor", "intervalDays", "dueAt", "lapses", "lastReviewedAt", "version") VALUES (?, ?, ?, ?, 2.5, ?, ?, 0, ?, 1)`,
  );
  const created = sqliteDate(new Date("2026-09-01T00:00:00Z"));
  let reviews = 0;

  const run = sqlite.transaction(() => {
    const deckId = "bench-deck";
    sqlite
      .prepare(`INSERT INTO "Deck" ("id", "slug", "title", "visibility", "publishedAt", "createdAt", "updatedAt") VALUES (?, 'tensorflow-vs-pytorch-bench', 'TensorFlow vs PyTorch (bench)', 'PUBLIC', ?, ?, ?)`)
      .run(deckId, created, created, created);
    const insertFact = sqlite.prepare(`INSERT INTO "Fact" ("id", "deckId", "subject", "predicate", "object", "sentence") VALUES (?, ?, 'TensorFlow', 'is', ?, ?)`);
    const insertQuestion = sqlite.prepare(
      `INSERT INTO "Question" ("id", "deckId", "factId", "type", "prompt", "choices", "answer", "explanation", "sourceSentence", "position") VALUES (?, ?, ?, 'mcq', ?, ?, ?, 'e', 's', ?)`,
    );
    const questions: { id: string; difficulty: number; choices: string[] }[] = [];
    for (let i = 0; i < QUESTIONS; i++) {
      const factId = `bench-fact-${Math.floor(i / 2)}`; // two questions per fact
      if (i % 2 === 0) insertFact.run(factId, deckId, `object ${i}`, `Fact sentence ${i / 2}.`);
      const choices = [`Right ${i}`, `Wrong A${i}`, `Wrong B${i}`, `Wrong C${i}`];
      insertQuestion.run(`bench-q-${i}`, deckId, factId, `Question ${i}?`, JSON.stringify(choices), JSON.stringify(choices[0]), i);
      questions.push({ id: `bench-q-${i}`, difficulty: random() * 0.5, choices });
    }

    const instructorId = "bench-instructor";
    insertUser.run(instructorId, "instructor@bench.test", "Bench Instructor", created);
    const makeClass = (id: string, name: string, code: string) => {
      insertClass.run(id, name, code, instructorId, created);
      insertMember.run(id, instructorId, "INSTRUCTOR", created);
      sqlite.prepare(`INSERT INTO "Assignment" ("id", "classId", "deckId", "dueAt", "targetCorrectPct", "createdAt") VALUES (?, ?, ?, ?, 80, ?)`).run(`${id}-a`, id, deckId, sqliteDate(new Date("2026-11-20T23:59:59.999Z")), created);
    };
    makeClass("bench-big", "Big class", "BIGBIG22");
    makeClass("bench-base", "Baseline class", "BASEBA22");
    makeClass("bench-other", "Other class", "OTHERR22");

    const student = (id: string, classId: string) => {
      insertUser.run(id, `${id}@bench.test`, `Student ${id}`, created);
      insertMember.run(classId, id, "STUDENT", created);
      const skill = 0.55 + random() * 0.45;
      // A third of the class has seen every question; the rest part of the deck.
      const share = random() < 0.35 ? 1 : 0.2 + random() * 0.8;
      for (const question of questions) {
        if (random() > share) continue;
        const count = 1 + pick(6);
        let at = NOW.getTime() - (10 + pick(50)) * DAY_MS - pick(DAY_MS);
        let correct = false;
        for (let r = 0; r < count; r++) {
          correct = random() < skill - question.difficulty + r * 0.08;
          const answer = correct ? question.choices[0] : question.choices[random() < 0.6 ? 1 : 2 + pick(2)];
          insertReview.run(randomUUID(), randomUUID(), id, question.id, correct ? 4 : 1, JSON.stringify(answer), correct ? 1 : 0, 2000 + pick(20_000), sqliteDate(new Date(at)), r === 0 ? "NEW" : "REVIEW", r === 0 ? null : SNAPSHOT, SNAPSHOT);
          reviews++;
          at += (1 + pick(6)) * DAY_MS;
        }
        const due = new Date(NOW.getTime() + (pick(30) - 10) * DAY_MS);
        insertCard.run(randomUUID(), id, question.id, correct ? 2 : 0, correct ? 6 : 1, sqliteDate(due), sqliteDate(new Date(at)));
      }
    };
    for (let i = 0; i < BIG_CLASS; i++) student(`big-${i}`, "bench-big");
    for (let i = 0; i < BASELINE_CLASS; i++) student(`base-${i}`, "bench-base");
    for (let i = 0; i < OTHER_STUDENTS; i++) student(`other-${i}`, "bench-other");
    return { deckId, bigClassId: "bench-big", baselineClassId: "bench-base", instructorId, sampleStudentId: "big-0" };
  });
  const seeded = run();
  sqlite.exec("ANALYZE");
  sqlite.close();
  return { ...seeded, reviews };
}

async function main() {
  const start = performance.now();
  const seeded = seed500(process.env.DATABASE_URL!.replace(/^file:/, ""));
  console.log(
    `setup: ${QUESTIONS} questions; classes of ${BIG_CLASS} and ${BASELINE_CLASS} students (+${OTHER_STUDENTS} in another class); ` +
      `${seeded.reviews.toLocaleString("en")} reviews in ${((performance.now() - start) / 1000).toFixed(1)} s\n`,
  );

  const measures: [string, (classId: string) => Promise<unknown>][] = [
    ["class progress", (classId) => classProgress(seeded.instructorId, classId, NOW)],
    ["item analysis", (classId) => classItemAnalysis(seeded.instructorId, classId)],
    ["progress CSV", async (classId) => progressCsv(await classProgress(seeded.instructorId, classId, NOW))],
  ];
  const rows: string[][] = [["query", `${BASELINE_CLASS} students (ms)`, `${BIG_CLASS} students (ms)`, "ratio"]];
  for (const [name, run] of measures) {
    const base = await median(() => run(seeded.baselineClassId), RUNS);
    const big = await median(() => run(seeded.bigClassId), RUNS);
    rows.push([name, base.toFixed(1), big.toFixed(1), `${(big / base).toFixed(1)}×`]);
  }
  const home = await median(() => studentAssignments(seeded.sampleStudentId, NOW), RUNS);
  rows.push(["one student's assignments", "", home.toFixed(1), ""]);

  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));

  const progress = await classProgress(seeded.instructorId, seeded.bigClassId, NOW);
  const counts = progress.rows.reduce<Record<string, number>>((acc, row) => ({ ...acc, [row.status]: (acc[row.status] ?? 0) + 1 }), {});
  console.log(`\nbig class statuses: ${JSON.stringify(counts)}; median of ${RUNS} runs after one warm-up; ${new Date().toISOString()}`);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
