// The study loop asks "may this user study this deck / question?" in SQL sent without Prisma
// (lib/permissions/decks.ts#studyableDeckSql: canStudyDeck, studyableDeckIds and, through
// lib/study/study-statements.ts, the question). The rule must be the one Prisma's filter states
// (studyableDecksWhere, which other queries use): checked here on every way a deck becomes, or
// stops being, studyable — on SQLite and, in its pass, PostgreSQL — and the question comes back
// exactly as Prisma reads it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { statements } from "@/lib/db/statements";
import { canStudyDeck, studyableDeckIds, studyableDecksWhere } from "@/lib/permissions/decks";
import { readStudyableQuestion } from "@/lib/study/study-statements";
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

    // Prisma's filter, canStudyDeck, the question read, and membership of studyableDeckIds.
    const studied = new Set(await studyableDeckIds(student.id));
    const verdicts: Record<string, boolean[]> = {};
    for (const [name, { deck, questions }] of Object.entries(decks)) {
      verdicts[name] = [
        (await db.deck.findFirst({ where: { id: deck.id, ...studyableDecksWhere(student.id) } })) !== null,
        await canStudyDeck(student.id, deck.id),
        (await readStudyableQuestion(sql, student.id, questions[0].id)) !== null,
        studied.has(deck.id),
      ];
    }
    const yes = [true, true, true, true];
    const no = [false, false, false, false];
    expect(verdicts).toEqual({
      own: yes,
      ownDraft: no,
      publicAdded: yes,
      publicNotAdded: no,
      madePrivateAfterAdding: no,
      assigned: yes,
      assignedInArchivedClass: no,
      assignedToAnotherClass: no,
      assignedDraft: no,
    });
    expect(studied.size).toBe(3);
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
