// The review loop asks "may this user study this question?" in SQL sent without Prisma
// (lib/permissions/decks.ts#studyableDeckSql, via lib/study/study-reads.ts). The rule must be the
// one Prisma's filter states (studyableDecksWhere): checked here on every way a deck becomes, or
// stops being, studyable — on SQLite and, in its pass, PostgreSQL — and it returns the question
// exactly as Prisma reads it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { statements } from "@/lib/db/statements";
import { canStudyDeck } from "@/lib/permissions/decks";
import { readStudyableQuestion } from "@/lib/study/study-reads";
import { createDeck, createUser, enroll } from "../support/fixtures";

const sql = statements();

async function classAssigning(deckId: string, memberId: string | null, archived = false) {
  const owner = await createUser();
  const klass = await db.class.create({ data: { name: "Class", joinCode: `code-${deckId}-${memberId}`, ownerId: owner.id, archivedAt: archived ? new Date() : null } });
  if (memberId) await db.classMember.create({ data: { classId: klass.id, userId: memberId, role: "STUDENT" } });
  await db.assignment.create({ data: { classId: klass.id, deckId } });
}

describe("who may study a question, in SQL", () => {
  it("agrees with Prisma's rule on every way to a deck", async () => {
    const student = await createUser();
    const other = await createUser();
    const decks = {
      own: await createDeck({ ownerId: student.id, visibility: "PRIVATE" }),
      ownDraft: await createDeck({ ownerId: student.id, published: false }),
      publicAdded: await createDeck({ ownerId: other.id }),
      publicNotAdded: await createDeck({ ownerId: other.id }),
      madePrivateAfterAdding: await createDeck({ ownerId: other.id, visibility: "PRIVATE" }),
      assigned: await createDeck({ ownerId: other.id, visibility: "PRIVATE" }),
      assignedInArchivedClass: await createDeck({ ownerId: other.id, visibility: "PRIVATE" }),
      assignedToAnotherClass: await createDeck({ ownerId: other.id, visibility: "PRIVATE" }),
      assignedDraft: await createDeck({ ownerId: other.id, published: false }),
    };
    await enroll(student.id, decks.publicAdded.deck.id);
    await enroll(student.id, decks.madePrivateAfterAdding.deck.id);
    await classAssigning(decks.assigned.deck.id, student.id);
    await classAssigning(decks.assignedInArchivedClass.deck.id, student.id, true);
    await classAssigning(decks.assignedToAnotherClass.deck.id, null);
    await classAssigning(decks.assignedDraft.deck.id, student.id);

    const verdicts: Record<string, [boolean, boolean]> = {};
    for (const [name, { deck, questions }] of Object.entries(decks)) {
      verdicts[name] = [await canStudyDeck(student.id, deck.id), (await readStudyableQuestion(sql, student.id, questions[0].id)) !== null];
    }
    expect(verdicts).toEqual({
      own: [true, true],
      ownDraft: [false, false],
      publicAdded: [true, true],
      publicNotAdded: [false, false],
      madePrivateAfterAdding: [false, false],
      assigned: [true, true],
      assignedInArchivedClass: [false, false],
      assignedToAnotherClass: [false, false],
      assignedDraft: [false, false],
    });
  });

  it("never returns a rejected or suggested question, and returns a live one as Prisma reads it", async () => {
    const student = await createUser();
    const { questions } = await createDeck({ ownerId: student.id, questions: [{ type: "mcq", answer: "Google Brain", choices: ["Google Brain", "Meta AI"], acceptedAnswers: ["Brain"] }, {}, {}] });
    await db.question.update({ where: { id: questions[1].id }, data: { rejected: true } });
    await db.question.update({ where: { id: questions[2].id }, data: { tier: "suggested" } });
    expect(await readStudyableQuestion(sql, student.id, questions[0].id)).toEqual(await db.question.findUnique({ where: { id: questions[0].id } }));
    expect(await readStudyableQuestion(sql, student.id, questions[1].id)).toBeNull();
    expect(await readStudyableQuestion(sql, student.id, questions[2].id)).toBeNull();
    expect(await readStudyableQuestion(sql, student.id, "no-such-question")).toBeNull();
  });
});
