import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { generateBank, type Bank } from "@/lib/content";
import { sameQuestionKey, syncPublicBank } from "@/lib/decks/import-bank";
import { createUser, reviewId } from "../support/fixtures";

const REVIEW = `# Frameworks

TensorFlow was released in November 2015 by the Google Brain team. PyTorch was released in September 2016 by Meta's AI team.
`;

describe("syncPublicBank", () => {
  it("loads a bank as a public deck and changes nothing when run again", async () => {
    const bank = generateBank(REVIEW, { slug: "frameworks" });
    const first = await syncPublicBank(bank);
    expect(first.changed).toBe(true);
    const deck = await db.deck.findUniqueOrThrow({ where: { slug: "frameworks" } });
    expect(deck).toMatchObject({ visibility: "PUBLIC", ownerId: null, title: "Frameworks" });
    expect(deck.publishedAt).not.toBeNull();
    expect(await db.question.count({ where: { deckId: deck.id } })).toBe(bank.questions.length);

    const second = await syncPublicBank(bank);
    expect(second).toEqual({ deckId: first.deckId, changed: false });
    expect(await db.deck.findUniqueOrThrow({ where: { slug: "frameworks" } })).toEqual(deck);
  });

  it("keeps students' progress on questions that survive a regenerated bank", async () => {
    const bank = generateBank(REVIEW, { slug: "frameworks-2" });
    const { deckId } = await syncPublicBank(bank);
    const student = await createUser();
    const kept = bank.questions[0];
    await db.cardState.create({ data: { userId: student.id, questionId: kept.id, repetitions: 3, easeFactor: 2.6, intervalDays: 15, dueAt: new Date() } });
    await db.reviewLog.create({
      data: { clientReviewId: reviewId(), userId: student.id, questionId: bank.questions.at(-1)!.id, grade: 4, correct: true, durationMs: 1, kind: "NEW", stateAfter: {} },
    });

    // A regeneration that rewords one question and drops another.
    const dropped = bank.questions.at(-1)!;
    const revised = {
      ...bank,
      questions: bank.questions.slice(0, -1).map((question) => (question.id === kept.id ? { ...question, prompt: `${question.prompt} (reworded)` } : question)),
    };
    expect((await syncPublicBank(revised)).changed).toBe(true);
    expect(await db.question.count({ where: { deckId, rejected: false } })).toBe(revised.questions.length);
    // The dropped question is retired, not deleted: no longer studied, its history kept.
    expect(await db.question.findUniqueOrThrow({ where: { id: dropped.id } })).toMatchObject({ rejected: true });
    expect(await db.reviewLog.count({ where: { questionId: dropped.id } })).toBe(1);
    expect((await db.question.findUniqueOrThrow({ where: { id: kept.id } })).prompt).toMatch(/\(reworded\)$/);
    expect(await db.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: student.id, questionId: kept.id } } })).toMatchObject({
      repetitions: 3,
      intervalDays: 15,
    });
  });
});

describe("syncPublicBank carries progress over to the same question under a new id", () => {
  const key = (q: Bank["questions"][number]) => sameQuestionKey({ type: q.type, sourceSentence: q.source.sentence, answer: q.answer, prompt: q.prompt });

  it("moves card states, review history and a pending reveal when only the id changed", async () => {
    const bank = generateBank(REVIEW, { slug: "frameworks-3" });
    const { deckId } = await syncPublicBank(bank);
    const student = await createUser();
    const [moved, untouched] = bank.questions;
    await db.cardState.create({ data: { userId: student.id, questionId: moved.id, repetitions: 4, easeFactor: 2.7, intervalDays: 20, dueAt: new Date() } });
    await db.reviewLog.create({ data: { clientReviewId: reviewId(), userId: student.id, questionId: moved.id, grade: 5, correct: true, durationMs: 1, kind: "NEW", stateAfter: {} } });
    await db.studyAttempt.create({ data: { userId: student.id, questionId: moved.id, cardVersion: 0, correct: true, revealedAt: new Date() } });
    await db.cardState.create({ data: { userId: student.id, questionId: untouched.id, repetitions: 1, easeFactor: 2.5, intervalDays: 1, dueAt: new Date() } });

    // Same deck, type, source sentence and answer; another id (as after the id scheme changed).
    const renamed = { ...bank, questions: bank.questions.map((q) => (q.id === moved.id ? { ...q, id: `${q.id}x`, prompt: `${q.prompt} ` } : q)) };
    await syncPublicBank(renamed);
    const card = await db.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: student.id, questionId: `${moved.id}x` } } });
    expect(card).toMatchObject({ repetitions: 4, intervalDays: 20 });
    expect(await db.reviewLog.count({ where: { questionId: `${moved.id}x` } })).toBe(1);
    expect(await db.studyAttempt.count({ where: { questionId: `${moved.id}x` } })).toBe(1);
    expect(await db.question.findUniqueOrThrow({ where: { id: moved.id } })).toMatchObject({ rejected: true });
    expect(await db.cardState.count({ where: { questionId: moved.id } })).toBe(0);
    expect(await db.cardState.count({ where: { questionId: untouched.id } })).toBe(1);
    expect(await db.question.count({ where: { deckId, rejected: false } })).toBe(bank.questions.length);
  });

  it("keeps the demo deck's learners on unchanged questions when main's old bank is regenerated", async () => {
    // content/banks/tensorflow-vs-pytorch.json as committed at 4660b7e (the old id scheme and generator)
    const old = JSON.parse(readFileSync(path.join(__dirname, "fixtures/tensorflow-vs-pytorch.4660b7e.json"), "utf8")) as Bank;
    const slug = "tensorflow-vs-pytorch-regenerated";
    await syncPublicBank({ ...old, deck: { ...old.deck, slug } });
    const student = await createUser();
    for (const q of old.questions) {
      await db.cardState.create({ data: { userId: student.id, questionId: q.id, repetitions: 2, easeFactor: 2.5, intervalDays: 6, dueAt: new Date() } });
    }
    const review = readFileSync(path.resolve(__dirname, "../../content/reviews/tensorflow-vs-pytorch.md"), "utf8");
    const fresh = generateBank(review, { slug });
    await syncPublicBank(fresh);

    const oldKeys = new Map(old.questions.map((q) => [key(q), q.id]));
    const same = fresh.questions.filter((q) => oldKeys.has(key(q)) && oldKeys.get(key(q)) !== q.id);
    expect(same.length).toBeGreaterThan(0);
    for (const q of same) {
      const card = await db.cardState.findUnique({ where: { userId_questionId: { userId: student.id, questionId: q.id } } });
      expect(card, q.prompt).toMatchObject({ repetitions: 2, intervalDays: 6 });
      expect(await db.question.findUniqueOrThrow({ where: { id: q.id } })).toMatchObject({ rejected: false });
    }
    // Every card is still there: on a live question when it was the same question, else on its retired one.
    expect(await db.cardState.count({ where: { userId: student.id } })).toBe(old.questions.length);
  });
});

describe("syncPublicBank refuses addresses it must not take", () => {
  it("leaves an author's deck with the same slug alone, and refuses route words", async () => {
    const author = await createUser();
    await db.deck.create({ data: { slug: "authored", title: "Mine", ownerId: author.id } });
    await expect(syncPublicBank(generateBank(REVIEW, { slug: "authored" }))).rejects.toThrow("that address is taken");
    await expect(syncPublicBank(generateBank(REVIEW, { slug: "hardest" }))).rejects.toThrow("that address is taken");
    expect(await db.deck.findUniqueOrThrow({ where: { slug: "authored" } })).toMatchObject({ title: "Mine", ownerId: author.id });
    expect(await db.deck.findUnique({ where: { slug: "hardest" } })).toBeNull();
  });
});
