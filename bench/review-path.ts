// The review loop in process, without HTTP or Next.js: how many SQL statements one reveal and
// one grade send, and how long revealAnswer and recordReview take (median and p95 over many new
// cards, after a warm-up), on a fresh SQLite file. The statement counts come from a second
// process with Prisma's query events on (RECALL_QUERY_EVENTS=1), so the timed run pays nothing
// for them. The signed-in user's own lookup (lib/auth/session, one statement per request) is
// not part of either figure. Prints; asserts nothing. Run: npm run bench -- review-path
import "./support/temp-database";
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { observeStatements } from "@/lib/db/statements";
import { recordReview } from "@/lib/study/review";
import { revealAnswer } from "@/lib/study/session";
import type { Student } from "@/lib/auth/session";
import { createBenchDecks } from "./support/history";

const COUNTING = process.env.RECALL_QUERY_EVENTS === "1";
const WARMUP = 50;
const RUNS = COUNTING ? 5 : Number(process.env.REVIEW_PATH_RUNS ?? 400);
const NOW = new Date("2026-11-25T12:00:00Z");

/** CPU time of this process since `start` (on a shared machine steadier than wall time). */
const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

type Step = { revealMs: number; gradeMs: number; revealCpuMs: number; gradeCpuMs: number; revealStatements: number; gradeStatements: number; reviewStatements: number };

async function main() {
  const { questionIds } = await createBenchDecks(1, WARMUP + 2 * RUNS + 10);
  const deckId = (await db.deck.findFirstOrThrow({ select: { id: true } })).id;
  const user = await db.user.create({ data: { email: "path@example.com", name: "Path", passwordHash: "x", timezone: "Europe/Berlin" } });
  await db.deckEnrollment.create({ data: { userId: user.id, deckId } });
  const student: Student = user;

  let statements = 0;
  // REVIEW_PATH_SQL=1 (with RECALL_QUERY_EVENTS=1) prints each statement as it is sent.
  const print = process.env.REVIEW_PATH_SQL === "1";
  if (COUNTING) {
    const count = (sql: string) => {
      statements++;
      if (print) console.error(`  ${sql.slice(0, 300)}`);
    };
    // Prisma's statements (COMMIT reported, BEGIN not) and lib/db/statements.ts's (neither).
    (db as unknown as { $on(event: "query", listener: (event: { query: string }) => void): void }).$on("query", (event) => count(event.query));
    observeStatements(count);
  }

  const questions = questionIds[0];
  const steps: Step[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const questionId = questions[i];
    const now = new Date(NOW.getTime() + i * 1000);
    if (print) console.error("-- reveal");
    statements = 0;
    let started = performance.now();
    let cpu = process.cpuUsage();
    await revealAnswer(student, questionId, "x", { now });
    const revealMs = performance.now() - started;
    const revealCpuMs = cpuMsSince(cpu);
    const revealStatements = statements;
    if (print) console.error("-- grade (new card)");
    statements = 0;
    started = performance.now();
    cpu = process.cpuUsage();
    await recordReview(student, { clientReviewId: randomUUID(), questionId, grade: 4, durationMs: 1000, seenVersion: 0 }, now);
    const gradeMs = performance.now() - started;
    const gradeCpuMs = cpuMsSince(cpu);
    const gradeStatements = statements;
    // A second review of the same card a day later: a REVIEW (an existing CardState row).
    const later = new Date(NOW.getTime() + 3 * 86_400_000 + i * 1000);
    await revealAnswer(student, questionId, "x", { now: later });
    if (print) console.error("-- grade (due card)");
    statements = 0;
    await recordReview(student, { clientReviewId: randomUUID(), questionId, grade: 4, durationMs: 1000, seenVersion: 1 }, later);
    const reviewStatements = statements;
    if (i >= WARMUP) steps.push({ revealMs, gradeMs, revealCpuMs, gradeCpuMs, revealStatements, gradeStatements, reviewStatements });
  }

  if (COUNTING) {
    const last = steps.at(-1)!;
    console.log(JSON.stringify({ reveal: last.revealStatements, gradeNew: last.gradeStatements, gradeReview: last.reviewStatements }));
    return;
  }
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
    return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms`;
  };
  const mean = (values: number[]) => (values.reduce((sum, value) => sum + value, 0) / values.length).toFixed(2);
  console.log(`${RUNS} new cards, each revealed then graded Good (after ${WARMUP} warm-up cards), SQLite, in process:`);
  console.log(`  revealAnswer:  ${stats(steps.map((step) => step.revealMs))}; CPU mean ${mean(steps.map((step) => step.revealCpuMs))} ms`);
  console.log(`  recordReview:  ${stats(steps.map((step) => step.gradeMs))}; CPU mean ${mean(steps.map((step) => step.gradeCpuMs))} ms`);
  console.log(`  reveal+grade:  ${stats(steps.map((step) => step.revealMs + step.gradeMs))}`);
  const counted = spawnSync(process.execPath, process.execArgv.concat(process.argv.slice(1)), {
    env: { ...process.env, RECALL_QUERY_EVENTS: "1" },
    encoding: "utf8",
  });
  if (counted.status !== 0) throw new Error(`counting run failed: ${counted.stderr}`);
  const counts = JSON.parse(counted.stdout.trim().split("\n").at(-1)!) as { reveal: number; gradeNew: number; gradeReview: number };
  console.log(`statements (BEGIN and COMMIT aside, but Prisma's COMMIT): reveal ${counts.reveal}, grade of a new card ${counts.gradeNew}, grade of a due card ${counts.gradeReview}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
