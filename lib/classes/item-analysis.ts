// What a class has not learned: per question and per fact, the share of students whose latest
// review was wrong, and each question's most chosen wrong answer — all grouped in SQL.
import "server-only";
import { rowsOf } from "@/lib/db/statements";
import { db, Prisma } from "@/lib/db";
import { assertIsClassInstructor } from "@/lib/permissions/classes";
import { toCount } from "@/lib/db/dialect";
import { latestReviewsSql, type Learners } from "./deck-progress";
import { LIVE_QUESTION } from "@/lib/decks/live-questions";

export type WrongAnswer = { answer: string; students: number };

export type QuestionItem = {
  questionId: string;
  factId: string;
  prompt: string;
  /** Students who have reviewed the question at least once. */
  seenBy: number;
  /** Of those, students whose latest review was wrong. */
  wrongBy: number;
  /** wrongBy / seenBy as a whole percent; null when nobody has seen it. */
  wrongPct: number | null;
  /** The wrong answer most students gave on their latest review, ties broken alphabetically. */
  topWrongAnswer: WrongAnswer | null;
};

export type FactItem = {
  factId: string;
  sentence: string;
  questions: number;
  /** Students who have reviewed any of the fact's questions. */
  seenBy: number;
  /** Of those, students whose latest review of at least one of its questions was wrong. */
  wrongBy: number;
  wrongPct: number | null;
};

export type DeckItemAnalysis = { assignmentId: string; deckId: string; deckTitle: string; questions: QuestionItem[]; facts: FactItem[] };

export type ClassItemAnalysis = { classId: string; className: string; students: number; decks: DeckItemAnalysis[] };

const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((part * 100) / whole));

/** Hardest first: highest wrong share, then most students wrong; unseen items last. */
function byDifficulty<T extends { wrongPct: number | null; wrongBy: number }>(a: T, b: T): number {
  return (b.wrongPct ?? -1) - (a.wrongPct ?? -1) || b.wrongBy - a.wrongBy;
}

/** A stored response as the instructor reads it: text, items joined, or a marker for blank. */
export function describeResponse(json: string): string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (Array.isArray(value)) return value.map(String).join(" · ") || "(blank)";
  if (typeof value === "string") return value.trim() === "" ? "(blank)" : value;
  return String(value);
}

type AnalysisRow = { kind: "question" | "fact" | "answer"; id: string; seenBy: unknown; wrongBy: unknown; answer: string | null };

export type ItemStats = {
  questions: Map<string, { seenBy: number; wrongBy: number }>;
  facts: Map<string, { seenBy: number; wrongBy: number }>;
  wrongAnswers: Map<string, WrongAnswer>;
};

/**
 * One statement: the latest reviews are computed once (MATERIALIZED) and grouped three ways.
 * The most chosen wrong answer counts students whose latest review was wrong — the mistakes
 * the class still makes, not ones it has since corrected. Typed answers are grouped
 * case-insensitively and shown in one of their spellings.
 */
export async function itemStats(learners: Learners, deckIds: string[]): Promise<ItemStats> {
  const stats: ItemStats = { questions: new Map(), facts: new Map(), wrongAnswers: new Map() };
  if (deckIds.length === 0) return stats;
  const rows = await rowsOf<AnalysisRow>(Prisma.sql`
    WITH latest AS MATERIALIZED (${latestReviewsSql(learners, deckIds, { withAnswer: true })})
    SELECT 'question' AS "kind", latest."questionId" AS "id", COUNT(*) AS "seenBy", SUM(1 - latest."correct") AS "wrongBy", NULL AS "answer"
    FROM latest GROUP BY latest."questionId"
    UNION ALL
    SELECT 'fact', latest."factId", COUNT(DISTINCT latest."userId"), COUNT(DISTINCT CASE WHEN latest."correct" = 1 THEN NULL ELSE latest."userId" END), NULL
    FROM latest GROUP BY latest."factId"
    UNION ALL
    SELECT 'answer', ranked."questionId", ranked."students", NULL, ranked."answer"
    FROM (
      SELECT latest."questionId", MIN(latest."answer") AS "answer", COUNT(*) AS "students",
        ROW_NUMBER() OVER (PARTITION BY latest."questionId" ORDER BY COUNT(*) DESC, LOWER(MIN(latest."answer")) ASC) AS "rank"
      FROM latest
      WHERE latest."correct" = 0 AND latest."answer" IS NOT NULL AND latest."answer" <> 'null'
      GROUP BY latest."questionId", LOWER(latest."answer")
    ) ranked
    WHERE ranked."rank" = 1`);
  for (const row of rows) {
    const counts = { seenBy: toCount(row.seenBy), wrongBy: toCount(row.wrongBy) };
    if (row.kind === "question") stats.questions.set(row.id, counts);
    else if (row.kind === "fact") stats.facts.set(row.id, counts);
    else stats.wrongAnswers.set(row.id, { answer: describeResponse(String(row.answer)), students: counts.seenBy });
  }
  return stats;
}

export async function classItemAnalysis(instructorId: string, classId: string): Promise<ClassItemAnalysis> {
  await assertIsClassInstructor(instructorId, classId);
  const [item, students, assignments] = await Promise.all([
    db.class.findUniqueOrThrow({ where: { id: classId }, select: { name: true } }),
    db.classMember.count({ where: { classId, role: "STUDENT" } }),
    db.assignment.findMany({
      where: { classId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, deck: { select: { id: true, title: true } } },
    }),
  ]);
  const deckIds = assignments.map((assignment) => assignment.deck.id);
  const [stats, questions, facts] = await Promise.all([
    itemStats({ classId }, deckIds),
    db.question.findMany({
      where: { deckId: { in: deckIds }, ...LIVE_QUESTION },
      orderBy: [{ deckId: "asc" }, { position: "asc" }],
      select: { id: true, deckId: true, factId: true, prompt: true },
    }),
    db.fact.findMany({
      where: { deckId: { in: deckIds }, questions: { some: LIVE_QUESTION } },
      // Equal difficulty keeps this order on every database (without it SQLite and PostgreSQL differ).
      orderBy: { id: "asc" },
      select: { id: true, deckId: true, sentence: true, _count: { select: { questions: { where: LIVE_QUESTION } } } },
    }),
  ]);

  const decks = assignments.map(({ id, deck }): DeckItemAnalysis => {
    const questionItems = questions
      .filter((question) => question.deckId === deck.id)
      .map((question): QuestionItem => {
        const { seenBy, wrongBy } = stats.questions.get(question.id) ?? { seenBy: 0, wrongBy: 0 };
        return {
          questionId: question.id,
          factId: question.factId,
          prompt: question.prompt,
          seenBy,
          wrongBy,
          wrongPct: pct(wrongBy, seenBy),
          topWrongAnswer: stats.wrongAnswers.get(question.id) ?? null,
        };
      })
      .sort(byDifficulty);
    const factItems = facts
      .filter((fact) => fact.deckId === deck.id)
      .map((fact): FactItem => {
        const { seenBy, wrongBy } = stats.facts.get(fact.id) ?? { seenBy: 0, wrongBy: 0 };
        return { factId: fact.id, sentence: fact.sentence, questions: fact._count.questions, seenBy, wrongBy, wrongPct: pct(wrongBy, seenBy) };
      })
      .sort(byDifficulty);
    return { assignmentId: id, deckId: deck.id, deckTitle: deck.title, questions: questionItems, facts: factItems };
  });
  return { classId, className: item.name, students, decks };
}
