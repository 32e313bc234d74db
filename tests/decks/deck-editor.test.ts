import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDeckFromReview, editQuestion, loadDeckWorkshop, publishDeck, questionEditSchema, setQuestionRejected, DeckInputError } from "@/lib/decks/deck-editor";
import { firstFieldErrors } from "@/lib/forms/field-errors";
import { enrollInDeck, listDecks } from "@/lib/decks/catalog";
import { canStudyDeck, canViewDeck } from "@/lib/permissions/decks";
import { createClass } from "@/lib/classes/classes";
import { joinClass } from "@/lib/classes/membership";
import { assignDeck } from "@/lib/classes/assignments";
import { NotFoundError } from "@/lib/permissions/errors";
import { loadStudyQueue } from "@/lib/study/queue";
import { createUser } from "../support/fixtures";

const REVIEW = `# Databases compared

PostgreSQL was released in July 1996 by the PostgreSQL Global Development Group. SQLite was first released in August 2000 (Hipp, 2000). MySQL was released in May 1995 by MySQL AB.
SQLite stores a whole database in a single file. PostgreSQL runs as a separate server process.
`;

describe("building a deck from a review", () => {
  it("creates a private draft that only its author can see", async () => {
    const author = await createUser();
    const stranger = await createUser();
    const { deckId, slug } = await createDeckFromReview(author.id, { text: REVIEW, fileName: "databases.md" });
    const deck = await db.deck.findUniqueOrThrow({ where: { id: deckId }, include: { _count: { select: { questions: true, facts: true } } } });
    expect(deck).toMatchObject({ slug: "databases", title: "Databases compared", ownerId: author.id, visibility: "PRIVATE", publishedAt: null });
    expect(deck._count.questions).toBeGreaterThan(3);
    expect(deck._count.facts).toBeGreaterThan(1);
    expect(await canViewDeck(author.id, deckId)).toBe(true);
    expect(await canViewDeck(stranger.id, deckId)).toBe(false);
    expect((await listDecks(stranger.id)).catalogue.map((entry) => entry.id)).not.toContain(deckId);
    await expect(loadDeckWorkshop(stranger.id, slug)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gives a second upload of the same review its own slug and ids", async () => {
    const author = await createUser();
    const first = await createDeckFromReview(author.id, { text: REVIEW, title: "Same review" });
    const second = await createDeckFromReview(author.id, { text: REVIEW, title: "Same review" });
    expect(second.slug).not.toBe(first.slug);
    const ids = await db.question.findMany({ where: { deckId: { in: [first.deckId, second.deckId] } }, select: { id: true } });
    expect(new Set(ids.map((row) => row.id)).size).toBe(ids.length);
  });

  it("never takes an address the study routes use", async () => {
    const author = await createUser();
    for (const title of ["All", "Hardest", "New"]) {
      const { slug } = await createDeckFromReview(author.id, { text: REVIEW, title });
      expect(slug).toBe(`${title.toLowerCase()}-deck`);
    }
  });

  it("refuses a document with nothing to ask about and creates nothing", async () => {
    const author = await createUser();
    const before = await db.deck.count();
    await expect(createDeckFromReview(author.id, { text: "ok\n\nhmm" })).rejects.toBeInstanceOf(DeckInputError);
    expect(await db.deck.count()).toBe(before);
  });
});

describe("editing, rejecting and publishing", () => {
  async function draft() {
    const author = await createUser();
    const { deckId, slug } = await createDeckFromReview(author.id, { text: REVIEW, fileName: "db.md" });
    const questions = await db.question.findMany({ where: { deckId }, orderBy: { position: "asc" } });
    return { author, deckId, slug, questions };
  }

  it("lets the author correct a question and keeps multiple-choice answers among the choices", async () => {
    const { author, questions } = await draft();
    const short = questions.find((question) => question.type === "short_answer" || question.type === "cloze")!;
    await editQuestion(author.id, short.id, { prompt: "When was SQLite first released?", answer: "August 2000", explanation: "Hipp released it in 2000." });
    expect(await db.question.findUniqueOrThrow({ where: { id: short.id } })).toMatchObject({ prompt: "When was SQLite first released?", answer: "August 2000" });

    const mcq = questions.find((question) => question.type === "mcq");
    if (mcq) {
      await expect(editQuestion(author.id, mcq.id, { prompt: mcq.prompt, answer: "Oracle", explanation: "x" })).rejects.toMatchObject({
        field: "answer",
        message: "The answer must be one of the choices.",
      });
    }
    expect(firstFieldErrors(questionEditSchema.safeParse({ prompt: "", answer: "", explanation: "" }).error!)).toEqual({
      prompt: "Write a question.",
      explanation: "Explain the answer.",
    });
  });

  it("refuses edits from anyone but the author and changes nothing", async () => {
    const { questions } = await draft();
    const intruder = await createUser();
    await expect(editQuestion(intruder.id, questions[0].id, { prompt: "Hacked?", answer: "yes", explanation: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setQuestionRejected(intruder.id, questions[0].id, true)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.question.findUniqueOrThrow({ where: { id: questions[0].id } })).toMatchObject({ prompt: questions[0].prompt, rejected: false });
  });

  it("publishes only kept questions, to everyone when public", async () => {
    const { author, deckId, questions } = await draft();
    const student = await createUser();
    for (const question of questions) await setQuestionRejected(author.id, question.id, true);
    await expect(publishDeck(author.id, deckId, "PUBLIC")).rejects.toThrow("Keep at least one question before publishing.");

    // one question of the published tier kept again (a suggested one is studied only once promoted)
    const kept = questions.find((question) => question.tier === "published")!;
    await setQuestionRejected(author.id, kept.id, false);
    await publishDeck(author.id, deckId, "PUBLIC");
    expect((await listDecks(student.id)).catalogue.find((entry) => entry.id === deckId)).toMatchObject({ questionCount: 1 });
    // The author studies the kept question only.
    const queue = await loadStudyQueue(author, { deckId });
    expect(queue.entries.map((entry) => entry.questionId)).toEqual([kept.id]);
  });
});

describe("making a published deck private", () => {
  it("withdraws it from students who added it and from other instructors' classes, but not from the author's classes", async () => {
    const author = await createUser();
    const { deckId } = await createDeckFromReview(author.id, { text: REVIEW, fileName: "flip.md" });
    await publishDeck(author.id, deckId, "PUBLIC");

    const adder = await createUser();
    await enrollInDeck(adder.id, deckId);
    const otherTeacher = await createUser();
    const otherClass = await createClass(otherTeacher.id, "Other class");
    const otherStudent = await createUser();
    await joinClass(otherStudent.id, otherClass.joinCode);
    await assignDeck(otherTeacher.id, otherClass.id, { deckId, dueDate: null, targetCorrectPct: 80 });
    const ownClass = await createClass(author.id, "Author's class");
    const ownStudent = await createUser();
    await joinClass(ownStudent.id, ownClass.joinCode);
    await assignDeck(author.id, ownClass.id, { deckId, dueDate: null, targetCorrectPct: 80 });
    for (const user of [adder, otherStudent, ownStudent]) expect(await canStudyDeck(user.id, deckId)).toBe(true);

    await publishDeck(author.id, deckId, "PRIVATE");
    expect(await canStudyDeck(adder.id, deckId)).toBe(false);
    expect(await canViewDeck(adder.id, deckId)).toBe(false);
    expect((await listDecks(adder.id)).mine.map((deck) => deck.id)).not.toContain(deckId);
    expect(await canStudyDeck(otherStudent.id, deckId)).toBe(false);
    expect(await db.assignment.count({ where: { deckId, classId: otherClass.id } })).toBe(0);
    expect(await canStudyDeck(ownStudent.id, deckId)).toBe(true);
    expect(await canStudyDeck(author.id, deckId)).toBe(true);
  });
});
