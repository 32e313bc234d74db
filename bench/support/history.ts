// Builders for benchmark data: decks of many short-answer questions, and students with a year
// of review history (card states and logs) — deterministic, so runs compare.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Student } from "@/lib/auth/session";

const DAY_MS = 86_400_000;
const SNAPSHOT = { repetitions: 3, easeFactor: 2.36, intervalDays: 15, dueAt: "2026-12-10T09:00:00.000Z", lapses: 1, lastReviewedAt: "2026-11-25T14:03:12.345Z", version: 7 };

let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = (n: number) => Math.floor(random() * n);

/** `decks` public decks of `questionsPerDeck` short-answer questions (answer "x"), two per fact. */
export async function createBenchDecks(decks: number, questionsPerDeck: number): Promise<{ slugs: string[]; questionIds: string[][] }> {
  const questionIds: string[][] = [];
  const slugs: string[] = [];
  for (let d = 0; d < decks; d++) {
    const deck = await db.deck.create({ data: { slug: `bench-${d}`, title: `Bench deck ${d}`, visibility: "PUBLIC", publishedAt: new Date("2025-01-01") } });
    slugs.push(deck.slug);
    const ids: string[] = [];
    const facts = [];
    const questions = [];
    for (let i = 0; i < questionsPerDeck; i++) {
      const factId = `bf_${d}_${Math.floor(i / 2)}`;
      if (i % 2 === 0) facts.push({ id: factId, deckId: deck.id, subject: `Subject ${i}`, predicate: "is", object: `object ${i}`, sentence: "A sentence." });
      const id = `bq_${d}_${i}`;
      ids.push(id);
      questions.push({ id, deckId: deck.id, factId, type: "short_answer", prompt: `Bench question ${d}/${i}?`, answer: "x", explanation: "e", sourceSentence: "s", position: i });
    }
    await db.fact.createMany({ data: facts });
    await db.question.createMany({ data: questions });
    questionIds.push(ids);
  }
  return { slugs, questionIds };
}

/**
 * A student of every deck with `reviews` reviews spread over the year before `now`, across the
 * first `cards` questions (each with a card state).
 */
export async function createStudentWithHistory(
  name: string,
  questionIds: string[][],
  { cards, reviews, now, passwordHash = "x" }: { cards: number; reviews: number; now: Date; passwordHash?: string },
): Promise<Student & { email: string }> {
  const user = await db.user.create({ data: { email: `${name}@bench.test`, name, passwordHash, timezone: "America/New_York" } });
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
            dueAt: new Date(now.getTime() + (pick(70) - 10) * DAY_MS),
            lastReviewedAt: new Date(now.getTime() - (1 + pick(30)) * DAY_MS),
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
          reviewedAt: new Date(now.getTime() - 365 * DAY_MS + Math.floor(((i + random()) / reviews) * 365 * DAY_MS)),
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
  return { id: user.id, email: user.email, timezone: user.timezone, dayStartsAtHour: user.dayStartsAtHour, newPerDay: user.newPerDay };
}

/**
 * Another student with exactly `template`'s decks, card states and review history (fresh ids),
 * copied inside SQLite in three statements: many students with a year each in seconds. SQLite
 * only (benchmarks run on a temporary SQLite file); columns are read from the table, so columns
 * added later are copied too.
 */
export async function cloneStudent(template: Student, name: string, passwordHash = "x"): Promise<Student & { email: string }> {
  const user = await db.user.create({ data: { email: `${name}@bench.test`, name, passwordHash, timezone: template.timezone } });
  const fresh: Record<string, string> = { id: "lower(hex(randomblob(12)))", clientReviewId: "lower(hex(randomblob(16)))", userId: "?" };
  for (const table of ["DeckEnrollment", "CardState", "ReviewLog"]) {
    const columns = (await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('${table}')`)).map((column) => column.name);
    const values = columns.map((column) => fresh[column] ?? `"${column}"`);
    const list = columns.map((column) => `"${column}"`).join(", ");
    await db.$executeRawUnsafe(`INSERT INTO "${table}" (${list}) SELECT ${values.join(", ")} FROM "${table}" WHERE "userId" = ?`, user.id, template.id);
  }
  return { id: user.id, email: user.email, timezone: user.timezone, dayStartsAtHour: user.dayStartsAtHour, newPerDay: user.newPerDay };
}
