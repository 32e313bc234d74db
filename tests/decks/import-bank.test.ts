import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { generateBank } from "@/lib/content";
import { syncPublicBank } from "@/lib/decks/import-bank";
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
