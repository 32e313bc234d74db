// Cram mode against the real database: the session holds the studied cards most likely to be
// forgotten by the chosen date, most at risk first, and answering it never moves a schedule.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SM2_GRADE_OF_BUTTON, type ReviewButton } from "@/lib/srs/buttons";
import { rankForCram } from "@/lib/srs/cram";
import { fsrsCardOf } from "@/lib/study/card-memory";
import { loadStudyQueue } from "@/lib/study/queue";
import { loadStudySession, revealAnswer } from "@/lib/study/session";
import type { Student } from "@/lib/auth/session";
import { answerAndGrade, createDeck, createUser, enroll, reviewId } from "../support/fixtures";
import { classWithMembers } from "../classes/class-fixtures";
import { cramAssignments } from "@/lib/study/cram";

const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 10, 2, 10);
const NOW = new Date(START + 20 * DAY_MS); // 2026-11-22

async function studiedDeck(scheduler: "sm2" | "fsrs" = "sm2") {
  const user = await createUser({ timezone: "UTC", dayStartsAtHour: 4 });
  await db.user.update({ where: { id: user.id }, data: { scheduler } });
  const { deck, questions } = await createDeck({ questions: Array.from({ length: 5 }, () => ({})) });
  await enroll(user.id, deck.id);
  const student = user as Student;
  // q0 learnt well, q1 barely, q2 forgotten once, q3 answered once; q4 never seen.
  const plan: ReviewButton[][] = [["easy", "easy", "good"], ["hard", "hard"], ["good", "again", "good"], ["good"]];
  for (const [index, buttons] of plan.entries()) {
    for (const [n, button] of buttons.entries()) {
      const state = await db.cardState.findUnique({ where: { userId_questionId: { userId: user.id, questionId: questions[index].id } } });
      await answerAndGrade(
        student,
        { clientReviewId: reviewId(), questionId: questions[index].id, response: `answer ${index}`, grade: SM2_GRADE_OF_BUTTON[button], durationMs: 1000, seenVersion: state?.version ?? 0 },
        new Date(START + (n * 4 + index) * DAY_MS),
      );
    }
  }
  return { student, deck, questions };
}

const cram = (until: string, deckId: string | null = null) => ({ cram: { until, deckId } });

describe("cram mode", () => {
  it("queues the studied cards most likely to be forgotten by the date, most at risk first", async () => {
    const { student, deck, questions } = await studiedDeck();
    const queue = await loadStudyQueue(student, cram("2026-12-10", deck.id), NOW);
    const cards = await db.cardState.findMany({ where: { userId: student.id } });
    const expected = rankForCram(
      cards.map((card) => ({ id: card.questionId, fsrs: fsrsCardOf(card)! })),
      new Date("2026-12-10T04:00:00Z"),
      { timezone: "UTC", dayStartsAtHour: 4 },
    ).map((pick) => pick.id);
    expect(queue.entries.map((entry) => entry.questionId)).toEqual(expected);
    expect(queue.entries).toHaveLength(4);
    expect(queue.entries.every((entry) => entry.kind === "PRACTICE")).toBe(true);
    expect(queue.entries.map((entry) => entry.questionId)).not.toContain(questions[4].id);
    // The card answered once and the one answered Hard twice are the likeliest to be gone.
    expect(queue.entries.at(-1)!.questionId).toBe(questions[0].id);
    // The further away the date, the more a card is at risk; the order is FSRS's either way.
    const later = await loadStudyQueue(student, cram("2027-06-01", null), NOW);
    expect(later.entries.map((entry) => entry.questionId).sort()).toEqual(queue.entries.map((entry) => entry.questionId).sort());
  });

  it("never moves either scheduler's state, and logs every answer as practice", async () => {
    for (const scheduler of ["sm2", "fsrs"] as const) {
      const { student, deck } = await studiedDeck(scheduler);
      const before = await db.cardState.findMany({ where: { userId: student.id }, orderBy: { questionId: "asc" } });
      const dueBefore = await loadStudyQueue(student, { deckId: deck.id }, NOW);
      const session = await loadStudySession(student, cram("2026-11-30", deck.id), NOW);
      for (const [i, card] of session.cards.entries()) {
        const right = i % 2 === 0;
        const reveal = await revealAnswer(student, card.questionId, right ? `answer ${card.view.prompt.match(/\d+/)?.[0]}` : "no idea", { practice: true, now: NOW });
        expect(reveal.intervals).toBeNull();
        await answerAndGrade(
          student,
          { clientReviewId: reviewId(), questionId: card.questionId, response: reveal.response, grade: reveal.correct ? 5 : 1, durationMs: 500, seenVersion: card.seenVersion, practice: true },
          NOW,
        );
      }
      expect(await db.cardState.findMany({ where: { userId: student.id }, orderBy: { questionId: "asc" } })).toEqual(before);
      const practice = await db.reviewLog.findMany({ where: { userId: student.id, reviewedAt: NOW } });
      expect(practice).toHaveLength(session.cards.length);
      expect(practice.every((log) => log.kind === "PRACTICE")).toBe(true);
      const dueAfter = await loadStudyQueue(student, { deckId: deck.id }, NOW);
      expect(dueAfter).toEqual(dueBefore);
    }
  });

  it("refuses a past, unreal or far-off date and a deck the student does not study", async () => {
    const { student } = await studiedDeck();
    const other = await createDeck();
    await expect(loadStudyQueue(student, cram("2026-11-21"), NOW)).rejects.toThrow("Pick today or a date ahead");
    await expect(loadStudyQueue(student, cram("2026-02-30"), NOW)).rejects.toThrow("Pick a real date");
    await expect(loadStudyQueue(student, cram("2028-01-01"), NOW)).rejects.toThrow("within the next year");
    await expect(loadStudyQueue(student, cram("2026-12-01", other.deck.id), NOW)).rejects.toThrow("you have not added it");
    // Today is allowed: an exam this afternoon.
    expect((await loadStudyQueue(student, cram("2026-11-22"), NOW)).entries.length).toBeGreaterThan(0);
  });

  it("offers the student's assignments still to come as ready-made cram dates", async () => {
    const { classId, students } = await classWithMembers(1);
    const student = students[0] as Student;
    const soon = await createDeck({ visibility: "PRIVATE" });
    const past = await createDeck({ visibility: "PRIVATE" });
    const undated = await createDeck({ visibility: "PRIVATE" });
    await db.assignment.create({ data: { classId, deckId: soon.deck.id, dueAt: new Date("2026-12-04T22:59:59.999Z") } });
    await db.assignment.create({ data: { classId, deckId: past.deck.id, dueAt: new Date("2026-11-01T22:59:59.999Z") } });
    await db.assignment.create({ data: { classId, deckId: undated.deck.id } });
    expect(await cramAssignments(student, NOW)).toEqual([
      { deckId: soon.deck.id, slug: soon.deck.slug, title: soon.deck.title, until: "2026-12-04", label: `${soon.deck.title} (Biology 101)` },
    ]);
  });
});
