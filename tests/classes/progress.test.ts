import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignDeck, unassignDeck } from "@/lib/classes/assignments";
import { archiveClass } from "@/lib/classes/classes";
import { classProgress } from "@/lib/classes/progress";
import { classItemAnalysis, describeResponse } from "@/lib/classes/item-analysis";
import { studentAssignments } from "@/lib/classes/my-assignments";
import { ClassFormError } from "@/lib/classes/errors";
import { NotFoundError } from "@/lib/permissions/errors";
import { createDeck, createUser } from "../support/fixtures";
import { cardDue, classWithMembers, review } from "./class-fixtures";

const ASSIGNED_AT = new Date("2026-03-01T09:00:00Z");
const BEFORE_DUE = new Date("2026-03-10T12:00:00Z");
const AFTER_DUE = new Date("2026-03-20T12:00:00Z");

/**
 * Four live questions (q3 shares q2's fact) and one rejected one. A got everything right on
 * the latest review; B saw three and got two of them wrong last time (re-drills aside); C has
 * done nothing.
 * The outsider's reviews must never count.
 */
async function scenario() {
  const setup = await classWithMembers(3);
  const [a, b, c] = setup.students;
  const { deck, questions } = await createDeck({ questions: [{}, {}, {}, {}, {}] });
  const [q0, q1, q2, q3, q4] = questions;
  await db.question.update({ where: { id: q3.id }, data: { factId: q2.factId } });
  await db.question.update({ where: { id: q4.id }, data: { rejected: true } });
  await assignDeck(setup.instructor.id, setup.classId, { deckId: deck.id, dueDate: "2026-03-14", targetCorrectPct: 80 }, ASSIGNED_AT);

  await review(a.id, q0.id, { correct: false, response: "tf", at: "2026-03-02T10:00:00Z" });
  await review(a.id, q0.id, { correct: true, at: "2026-03-03T10:00:00Z" });
  await review(a.id, q1.id, { correct: true, at: "2026-03-03T10:01:00Z" });
  await review(a.id, q2.id, { correct: true, at: "2026-03-03T10:02:00Z" });
  await review(a.id, q3.id, { correct: true, at: "2026-03-04T08:30:00Z" });

  await review(b.id, q0.id, { correct: false, response: "TF", at: "2026-03-02T11:00:00Z" });
  // The same-day re-drill that follows a miss is right by construction; it must not count.
  await review(b.id, q0.id, { correct: true, at: "2026-03-02T11:05:00Z", kind: "REDRILL" });
  await review(b.id, q1.id, { correct: true, at: "2026-03-02T11:01:00Z" });
  await review(b.id, q2.id, { correct: true, at: "2026-03-02T11:02:00Z" });
  await review(b.id, q2.id, { correct: false, response: "Caffe", at: "2026-03-05T07:00:00Z" });
  // Extra practice afterwards does not change how B last answered q2.
  await review(b.id, q2.id, { correct: true, at: "2026-03-05T08:00:00Z", kind: "PRACTICE" });
  await review(b.id, q4.id, { correct: false, response: "Rejected", at: "2026-03-06T07:00:00Z" });

  await review(setup.outsider.id, q1.id, { correct: false, response: "Keras", at: "2026-03-02T12:00:00Z" });
  await review(setup.outsider.id, q0.id, { correct: false, response: "Keras", at: "2026-03-02T12:00:00Z" });

  await cardDue(a.id, q0.id, "2026-03-05T04:00:00Z");
  await cardDue(a.id, q1.id, "2026-03-25T04:00:00Z");
  await cardDue(b.id, q0.id, "2026-03-02T04:00:00Z");
  await cardDue(b.id, q4.id, "2026-03-02T04:00:00Z");
  await cardDue(setup.outsider.id, q0.id, "2026-03-02T04:00:00Z");
  return { ...setup, a, b, c, deck, q0, q1, q2, q3 };
}

let s: Awaited<ReturnType<typeof scenario>>;
beforeAll(async () => {
  s = await scenario();
});

describe("class progress", () => {
  it("aggregates each student × assignment exactly", async () => {
    const progress = await classProgress(s.instructor.id, s.classId, BEFORE_DUE);
    expect(progress.students).toBe(3);
    expect(progress.assignments).toEqual([
      expect.objectContaining({ deckId: s.deck.id, questionsTotal: 4, targetCorrectPct: 80, dueAt: new Date("2026-03-14T23:59:59.999Z") }),
    ]);
    const rows = progress.rows.map(({ studentName, questionsSeen, questionsTotal, correctPct, cardsDue, lastActiveAt, status }) => ({
      studentName,
      questionsSeen,
      questionsTotal,
      correctPct,
      cardsDue,
      lastActiveAt: lastActiveAt?.toISOString() ?? null,
      status,
    }));
    expect(rows).toEqual([
      { studentName: "Student A", questionsSeen: 4, questionsTotal: 4, correctPct: 100, cardsDue: 1, lastActiveAt: "2026-03-04T08:30:00.000Z", status: "done" },
      { studentName: "Student B", questionsSeen: 3, questionsTotal: 4, correctPct: 33, cardsDue: 1, lastActiveAt: "2026-03-05T07:00:00.000Z", status: "in_progress" },
      { studentName: "Student C", questionsSeen: 0, questionsTotal: 4, correctPct: null, cardsDue: 0, lastActiveAt: null, status: "not_started" },
    ]);
  });

  it("marks unfinished work overdue after the due date, and finished work stays done", async () => {
    // A's second card (due 03-25) is still not due on 03-20.
    const progress = await classProgress(s.instructor.id, s.classId, AFTER_DUE);
    expect(progress.rows.map((row) => [row.studentName, row.status, row.cardsDue])).toEqual([
      ["Student A", "done", 1],
      ["Student B", "overdue", 1],
      ["Student C", "overdue", 0],
    ]);
  });

  it("lets done slip back when the latest reviews fall below the target", async () => {
    const { students, instructor, classId } = await classWithMembers(1);
    const { deck, questions } = await createDeck({ questions: [{}, {}] });
    await assignDeck(instructor.id, classId, { deckId: deck.id, dueDate: null, targetCorrectPct: 100 }, ASSIGNED_AT);
    await review(students[0].id, questions[0].id, { correct: true, at: "2026-03-02T10:00:00Z" });
    await review(students[0].id, questions[1].id, { correct: true, at: "2026-03-02T10:01:00Z" });
    expect((await classProgress(instructor.id, classId, BEFORE_DUE)).rows[0].status).toBe("done");
    await review(students[0].id, questions[1].id, { correct: false, at: "2026-03-03T10:01:00Z" });
    expect((await classProgress(instructor.id, classId, AFTER_DUE)).rows[0]).toMatchObject({ status: "in_progress", correctPct: 50 });
  });
});

describe("the student's own assignments", () => {
  it("show due date, counts and status, and nothing of other students", async () => {
    const mine = await studentAssignments(s.b.id, BEFORE_DUE);
    expect(mine.assignments).toEqual([
      expect.objectContaining({
        classId: s.classId,
        className: "Biology 101",
        deckId: s.deck.id,
        dueAt: new Date("2026-03-14T23:59:59.999Z"),
        questionsTotal: 4,
        questionsSeen: 3,
        correctPct: 33,
        cardsDue: 1,
        status: "in_progress",
      }),
    ]);
    expect((await studentAssignments(s.c.id, AFTER_DUE)).assignments[0].status).toBe("overdue");
    expect((await studentAssignments(s.a.id, AFTER_DUE)).assignments[0].status).toBe("done");
  });

  it("are not shown to the instructor or outsiders, and vanish when the class is archived", async () => {
    expect((await studentAssignments(s.instructor.id, BEFORE_DUE)).assignments).toEqual([]);
    expect((await studentAssignments(s.outsider.id, BEFORE_DUE)).assignments).toEqual([]);
    const other = await classWithMembers(1);
    const { deck } = await createDeck();
    await assignDeck(other.instructor.id, other.classId, { deckId: deck.id, dueDate: null, targetCorrectPct: 80 }, ASSIGNED_AT);
    expect((await studentAssignments(other.students[0].id)).assignments).toHaveLength(1);
    await archiveClass(other.instructor.id, other.classId);
    expect((await studentAssignments(other.students[0].id)).assignments).toEqual([]);
  });

  it("list overdue first, then by due date", async () => {
    const setup = await classWithMembers(1);
    const later = await createDeck();
    const sooner = await createDeck();
    const none = await createDeck();
    const late = await createDeck();
    const at = new Date("2026-03-01T00:00:00Z");
    await assignDeck(setup.instructor.id, setup.classId, { deckId: none.deck.id, dueDate: null, targetCorrectPct: 80 }, at);
    await assignDeck(setup.instructor.id, setup.classId, { deckId: later.deck.id, dueDate: "2026-04-01", targetCorrectPct: 80 }, at);
    await assignDeck(setup.instructor.id, setup.classId, { deckId: sooner.deck.id, dueDate: "2026-03-20", targetCorrectPct: 80 }, at);
    await assignDeck(setup.instructor.id, setup.classId, { deckId: late.deck.id, dueDate: "2026-03-02", targetCorrectPct: 80 }, at);
    const order = (await studentAssignments(setup.students[0].id, BEFORE_DUE)).assignments.map((row) => row.deckId);
    expect(order).toEqual([late.deck.id, sooner.deck.id, later.deck.id, none.deck.id]);
  });
});

describe("item analysis", () => {
  it("finds per question the share wrong on the latest review and the most chosen wrong answer (A's corrected \"tf\" does not count)", async () => {
    const analysis = await classItemAnalysis(s.instructor.id, s.classId);
    expect(analysis.students).toBe(3);
    const [deck] = analysis.decks;
    expect(deck.questions.map(({ questionId, seenBy, wrongBy, wrongPct, topWrongAnswer }) => ({ questionId, seenBy, wrongBy, wrongPct, topWrongAnswer }))).toEqual([
      { questionId: s.q0.id, seenBy: 2, wrongBy: 1, wrongPct: 50, topWrongAnswer: { answer: "TF", students: 1 } },
      { questionId: s.q2.id, seenBy: 2, wrongBy: 1, wrongPct: 50, topWrongAnswer: { answer: "Caffe", students: 1 } },
      { questionId: s.q1.id, seenBy: 2, wrongBy: 0, wrongPct: 0, topWrongAnswer: null },
      { questionId: s.q3.id, seenBy: 1, wrongBy: 0, wrongPct: 0, topWrongAnswer: null },
    ]);
  });

  it("groups questions by fact", async () => {
    const [deck] = (await classItemAnalysis(s.instructor.id, s.classId)).decks;
    expect(deck.facts.map(({ factId, questions, seenBy, wrongBy, wrongPct }) => ({ factId, questions, seenBy, wrongBy, wrongPct }))).toEqual([
      { factId: s.q0.factId, questions: 1, seenBy: 2, wrongBy: 1, wrongPct: 50 },
      { factId: s.q2.factId, questions: 2, seenBy: 2, wrongBy: 1, wrongPct: 50 },
      { factId: s.q1.factId, questions: 1, seenBy: 2, wrongBy: 0, wrongPct: 0 },
    ]);
  });

  it("groups wrong answers case-insensitively, counts each student's latest answer once and reads array answers", async () => {
    const setup = await classWithMembers(4);
    const { deck, questions } = await createDeck({ questions: [{ type: "ordering" }] });
    await assignDeck(setup.instructor.id, setup.classId, { deckId: deck.id, dueDate: null, targetCorrectPct: 80 }, ASSIGNED_AT);
    const [w, x, y, z] = setup.students;
    const q = questions[0].id;
    // w and x answer ["b","a"] again and again, but x then changes their mind.
    await review(w.id, q, { correct: false, response: ["b", "a"], at: "2026-03-02T10:00:00Z" });
    await review(w.id, q, { correct: false, response: ["b", "a"], at: "2026-03-03T10:00:00Z" });
    await review(x.id, q, { correct: false, response: ["b", "a"], at: "2026-03-02T10:00:00Z" });
    await review(x.id, q, { correct: false, response: ["c", "b"], at: "2026-03-03T10:00:00Z" });
    await review(y.id, q, { correct: false, response: ["a", "c"], at: "2026-03-02T10:00:00Z" });
    await review(z.id, q, { correct: false, response: ["A", "C"], at: "2026-03-02T10:00:00Z" });
    const [item] = (await classItemAnalysis(setup.instructor.id, setup.classId)).decks[0].questions;
    expect(item.topWrongAnswer).toEqual({ answer: "A · C", students: 2 });
    expect(item).toMatchObject({ seenBy: 4, wrongBy: 4, wrongPct: 100 });
  });

  it("breaks ties between wrong answers alphabetically", async () => {
    const setup = await classWithMembers(2);
    const { deck, questions } = await createDeck({ questions: [{}] });
    await assignDeck(setup.instructor.id, setup.classId, { deckId: deck.id, dueDate: null, targetCorrectPct: 80 }, ASSIGNED_AT);
    await review(setup.students[0].id, questions[0].id, { correct: false, response: "PyTorch", at: "2026-03-02T10:00:00Z" });
    await review(setup.students[1].id, questions[0].id, { correct: false, response: "Keras", at: "2026-03-02T10:00:00Z" });
    const [item] = (await classItemAnalysis(setup.instructor.id, setup.classId)).decks[0].questions;
    expect(item.topWrongAnswer).toEqual({ answer: "Keras", students: 1 });
  });

  it("counts two reviews at the same millisecond once, as wrong if either was", async () => {
    const setup = await classWithMembers(1);
    const { deck, questions } = await createDeck({ questions: [{}] });
    await assignDeck(setup.instructor.id, setup.classId, { deckId: deck.id, dueDate: null, targetCorrectPct: 80 }, ASSIGNED_AT);
    await review(setup.students[0].id, questions[0].id, { correct: true, at: "2026-03-02T10:00:00Z" });
    await review(setup.students[0].id, questions[0].id, { correct: false, response: "Caffe", at: "2026-03-02T10:00:00Z" });
    const [item] = (await classItemAnalysis(setup.instructor.id, setup.classId)).decks[0].questions;
    expect(item).toMatchObject({ seenBy: 1, wrongBy: 1, topWrongAnswer: { answer: "Caffe", students: 1 } });
    expect((await classProgress(setup.instructor.id, setup.classId, BEFORE_DUE)).rows[0]).toMatchObject({ questionsSeen: 1, correctPct: 0 });
  });

  it("describes stored responses for people", () => {
    expect(describeResponse('"PyTorch"')).toBe("PyTorch");
    expect(describeResponse('["a","b"]')).toBe("a · b");
    expect(describeResponse('""')).toBe("(blank)");
    expect(describeResponse("true")).toBe("true");
  });
});

describe("assigning decks", () => {
  it("stores the end of the picked day in the instructor's time zone, and re-assigning updates it", async () => {
    const setup = await classWithMembers(0);
    await db.user.update({ where: { id: setup.instructor.id }, data: { timezone: "America/New_York" } });
    const { deck } = await createDeck();
    const first = await assignDeck(setup.instructor.id, setup.classId, { deckId: deck.id, dueDate: "2026-03-14", targetCorrectPct: 90 }, ASSIGNED_AT);
    expect(await db.assignment.findUnique({ where: { id: first.assignmentId } })).toMatchObject({
      dueAt: new Date("2026-03-15T03:59:59.999Z"),
      targetCorrectPct: 90,
    });
    const again = await assignDeck(setup.instructor.id, setup.classId, { deckId: deck.id, dueDate: null, targetCorrectPct: 70 }, ASSIGNED_AT);
    expect(again.assignmentId).toBe(first.assignmentId);
    expect(await db.assignment.findUnique({ where: { id: first.assignmentId } })).toMatchObject({ dueAt: null, targetCorrectPct: 70 });
  });

  it("refuses past dates, impossible dates and decks the instructor may not share, changing nothing", async () => {
    const setup = await classWithMembers(0);
    const { deck } = await createDeck();
    const stranger = await createUser();
    const privateDeck = await createDeck({ visibility: "PRIVATE", ownerId: stranger.id });
    const draft = await createDeck({ published: false, ownerId: setup.instructor.id });
    const fieldOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof ClassFormError ? error.field : error));
    expect(await fieldOf(assignDeck(setup.instructor.id, setup.classId, { deckId: deck.id, dueDate: "2026-02-28", targetCorrectPct: 80 }, ASSIGNED_AT))).toBe("dueDate");
    expect(await fieldOf(assignDeck(setup.instructor.id, setup.classId, { deckId: deck.id, dueDate: "2026-02-30", targetCorrectPct: 80 }, ASSIGNED_AT))).toBe("dueDate");
    expect(await fieldOf(assignDeck(setup.instructor.id, setup.classId, { deckId: privateDeck.deck.id, dueDate: null, targetCorrectPct: 80 }, ASSIGNED_AT))).toBe("deckId");
    expect(await fieldOf(assignDeck(setup.instructor.id, setup.classId, { deckId: draft.deck.id, dueDate: null, targetCorrectPct: 80 }, ASSIGNED_AT))).toBe("deckId");
    expect(await fieldOf(assignDeck(setup.instructor.id, setup.classId, { deckId: "no-such-deck", dueDate: null, targetCorrectPct: 80 }, ASSIGNED_AT))).toBe("deckId");
    expect(await db.assignment.count({ where: { classId: setup.classId } })).toBe(0);
    // Today is fine.
    await assignDeck(setup.instructor.id, setup.classId, { deckId: deck.id, dueDate: "2026-03-01", targetCorrectPct: 80 }, ASSIGNED_AT);
  });

  it("assigns the instructor's own private deck; unassigning only touches this class", async () => {
    const setup = await classWithMembers(0);
    const other = await classWithMembers(0);
    const own = await createDeck({ visibility: "PRIVATE", ownerId: setup.instructor.id });
    const { assignmentId } = await assignDeck(setup.instructor.id, setup.classId, { deckId: own.deck.id, dueDate: null, targetCorrectPct: 80 });
    await expect(unassignDeck(other.instructor.id, other.classId, assignmentId)).rejects.toThrow(NotFoundError);
    await unassignDeck(setup.instructor.id, setup.classId, assignmentId);
    expect(await db.assignment.count({ where: { classId: setup.classId } })).toBe(0);
  });
});
