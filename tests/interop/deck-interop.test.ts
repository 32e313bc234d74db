// The database side of interop, on a real migrated SQLite file: who may export what (and whose
// progress goes with it), the draft deck an import creates, and nothing written for bad input.
import { describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import Database from "better-sqlite3";
import { db } from "@/lib/db";
import { loadDeckWorkshop, publishDeck } from "@/lib/decks/deck-editor";
import { readAnkiPackage } from "@/lib/interop/apkg-reader";
import { exportDeckFile, exportableDeck } from "@/lib/interop/deck-export";
import { importDeckFile, previewImport } from "@/lib/interop/deck-import";
import { InteropInputError } from "@/lib/interop/model";
import { NotFoundError } from "@/lib/permissions/errors";
import { createDeck, createUser, enroll, reviewId } from "../support/fixtures";

async function studied(userId: string, questionId: string, grade: number, intervalDays: number) {
  const dueAt = new Date(Date.now() + intervalDays * 86_400_000);
  await db.cardState.upsert({
    where: { userId_questionId: { userId, questionId } },
    create: { userId, questionId, repetitions: 1, easeFactor: 2.5, intervalDays, dueAt, lapses: 0, lastReviewedAt: new Date() },
    update: { intervalDays, dueAt },
  });
  await db.reviewLog.create({
    data: { clientReviewId: reviewId(), userId, questionId, grade, correct: grade >= 3, durationMs: 2_000, kind: "NEW", stateAfter: { repetitions: 1, easeFactor: 2.5, intervalDays, dueAt: dueAt.toISOString(), lapses: 0, lastReviewedAt: new Date().toISOString(), version: 1 } },
  });
}

function collectionOf(bytes: Uint8Array) {
  return new Database(Buffer.from(unzipSync(bytes)["collection.anki2"]));
}

describe("export permissions", () => {
  it("lets the owner export a draft, and nobody else", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const { deck } = await createDeck({ ownerId: owner.id, visibility: "PRIVATE", published: false });
    const file = await exportDeckFile(owner.id, deck.slug, "csv");
    expect(file.questions).toBe(3);
    await expect(exportDeckFile(stranger.id, deck.slug, "apkg")).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportableDeck(stranger.id, deck.slug)).rejects.toBeInstanceOf(NotFoundError);
    // The command line without an account exports public decks only.
    await expect(exportDeckFile(null, deck.slug, "csv")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets a student export a deck they study with their own progress only", async () => {
    const owner = await createUser();
    const student = await createUser();
    const other = await createUser();
    const { deck, questions } = await createDeck({ ownerId: owner.id, visibility: "PUBLIC" });
    await enroll(student.id, deck.id);
    await enroll(other.id, deck.id);
    await studied(student.id, questions[0].id, 4, 3);
    await studied(other.id, questions[1].id, 5, 10);
    await studied(other.id, questions[2].id, 1, 1);

    const mine = await exportDeckFile(student.id, deck.slug, "apkg", { includeSchedule: true });
    expect(mine.reviews).toBe(1);
    const col = collectionOf(mine.body);
    expect(col.prepare("SELECT count(*) AS n FROM revlog").get()).toEqual({ n: 1 });
    expect(col.prepare("SELECT type, ivl FROM cards WHERE type != 0").all()).toEqual([{ type: 2, ivl: 3 }]);

    const page = await exportableDeck(student.id, deck.slug);
    expect(page).toMatchObject({ owner: false, questions: 3, myCards: 1, myReviews: 1 });

    // Without the option, no scheduling at all.
    const plain = collectionOf((await exportDeckFile(student.id, deck.slug, "apkg")).body);
    expect(plain.prepare("SELECT count(*) AS n FROM cards WHERE type != 0").get()).toEqual({ n: 0 });
  });

  it("leaves rejected questions out of exports", async () => {
    const owner = await createUser();
    const { deck, questions } = await createDeck({ ownerId: owner.id });
    await db.question.update({ where: { id: questions[1].id }, data: { rejected: true } });
    const read = readAnkiPackage((await exportDeckFile(owner.id, deck.slug, "apkg")).body);
    expect(read.questions.map((q) => q.prompt)).toEqual(["Question 0?", "Question 2?"]);
  });

  it("lets students of a class export an assigned private deck, but not after the class is archived", async () => {
    const instructor = await createUser();
    const student = await createUser();
    const { deck } = await createDeck({ ownerId: instructor.id, visibility: "PRIVATE" });
    const klass = await db.class.create({ data: { name: "C", joinCode: `J${Date.now()}`, ownerId: instructor.id, members: { create: [{ userId: student.id, role: "STUDENT" }] } } });
    await db.assignment.create({ data: { classId: klass.id, deckId: deck.id } });
    await expect(exportDeckFile(student.id, deck.slug, "tsv")).resolves.toMatchObject({ questions: 3 });
    await db.class.update({ where: { id: klass.id }, data: { archivedAt: new Date() } });
    await expect(exportDeckFile(student.id, deck.slug, "tsv")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("import", () => {
  it("turns an export into the importer's draft deck with the same questions, editable and publishable", async () => {
    const author = await createUser();
    const importer = await createUser();
    const { deck } = await createDeck({
      ownerId: author.id,
      questions: [
        { type: "mcq", prompt: "Who made TensorFlow?", choices: ["Google", "Meta", "IBM"], answer: "Google" },
        { type: "short_answer", prompt: "What is PyTorch?", answer: "a framework", acceptedAnswers: ["framework"] },
        { type: "ordering", prompt: "Order them.", choices: ["b", "a", "c"], answer: ["a", "b", "c"] },
      ],
    });
    const file = await exportDeckFile(author.id, deck.slug, "apkg");
    const preview = previewImport("deck.apkg", file.body);
    expect(preview).toMatchObject({ notes: 3, questions: 3, byType: { mcq: 1, short_answer: 1, ordering: 1 }, skipped: [] });

    const before = await db.deck.count();
    const summary = await importDeckFile(importer.id, "deck.apkg", file.body, { title: "My copy" });
    expect(summary).toMatchObject({ title: "My copy", slug: "my-copy", notes: 3, questions: 3, skipped: [] });
    expect(await db.deck.count()).toBe(before + 1);

    const imported = await db.deck.findUniqueOrThrow({ where: { id: summary.deckId } });
    expect(imported).toMatchObject({ ownerId: importer.id, visibility: "PRIVATE", publishedAt: null, title: "My copy" });
    const rows = await db.question.findMany({ where: { deckId: imported.id }, orderBy: { position: "asc" } });
    expect(rows.map((q) => [q.type, q.prompt, q.answer, q.choices, q.acceptedAnswers])).toEqual([
      ["mcq", "Who made TensorFlow?", "Google", ["Google", "Meta", "IBM"], null],
      ["short_answer", "What is PyTorch?", "a framework", null, ["framework"]],
      ["ordering", "Order them.", ["a", "b", "c"], ["b", "a", "c"], null],
    ]);
    // The deck editor opens it for the importer, and it publishes like a generated deck.
    await expect(loadDeckWorkshop(importer.id, summary.slug)).resolves.toMatchObject({ deck: { id: imported.id } });
    await expect(loadDeckWorkshop(author.id, summary.slug)).rejects.toBeInstanceOf(NotFoundError);
    await publishDeck(importer.id, imported.id, "PUBLIC");
    expect((await db.deck.findUniqueOrThrow({ where: { id: imported.id } })).publishedAt).not.toBeNull();

    // Importing the same file again makes a second deck at a fresh address.
    const again = await importDeckFile(importer.id, "deck.apkg", file.body, { title: "My copy" });
    expect(again.slug).toBe("my-copy-2");
  });

  it.each([
    ["a corrupt zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])],
    ["not a collection", new TextEncoder().encode("term,definition\n")],
    ["an empty file", new Uint8Array(0)],
    ["a 50 MB file", new Uint8Array(50 * 1024 * 1024)],
  ])("writes nothing for %s", async (_name, bytes) => {
    const importer = await createUser();
    const decks = await db.deck.count();
    const questions = await db.question.count();
    await expect(importDeckFile(importer.id, "bad.apkg", bytes)).rejects.toBeInstanceOf(InteropInputError);
    expect(await db.deck.count()).toBe(decks);
    expect(await db.question.count()).toBe(questions);
  });
});
