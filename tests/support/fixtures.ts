// Builders for integration tests: real rows in the test file's own SQLite database.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { recordReview, type ReviewInput, type Student } from "@/lib/study/review";
import { revealAnswer } from "@/lib/study/session";

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createUser(overrides: Partial<{ timezone: string; dayStartsAtHour: number; newPerDay: number; name: string }> = {}) {
  const id = next();
  return db.user.create({
    data: { email: `user-${id}@example.com`, name: overrides.name ?? `User ${id}`, passwordHash: "not-a-real-hash", ...overrides },
  });
}

type QuestionSeed = { type?: string; prompt?: string; answer?: string | string[]; choices?: string[]; acceptedAnswers?: string[] };

/** A published deck with one fact per question; short-answer questions unless told otherwise. */
export async function createDeck(options: { questions?: QuestionSeed[]; visibility?: "PUBLIC" | "PRIVATE"; ownerId?: string; published?: boolean } = {}) {
  const id = next();
  const deck = await db.deck.create({
    data: {
      slug: `deck-${id}`,
      title: `Deck ${id}`,
      visibility: options.visibility ?? "PUBLIC",
      ownerId: options.ownerId,
      publishedAt: options.published === false ? null : new Date("2026-01-01T00:00:00Z"),
    },
  });
  const seeds = options.questions ?? [{}, {}, {}];
  const questions = [];
  for (const [position, seed] of seeds.entries()) {
    const fact = await db.fact.create({
      data: { id: `f_${id}_${position}`, deckId: deck.id, subject: "TensorFlow", predicate: "released in", object: "2015", sentence: "TensorFlow was released in 2015." },
    });
    questions.push(
      await db.question.create({
        data: {
          id: `q_${id}_${position}`,
          deckId: deck.id,
          factId: fact.id,
          type: seed.type ?? "short_answer",
          prompt: seed.prompt ?? `Question ${position}?`,
          answer: seed.answer ?? `answer ${position}`,
          choices: seed.choices,
          acceptedAnswers: seed.acceptedAnswers,
          explanation: "Because the review says so.",
          sourceSentence: fact.sentence,
          sourceCitation: "(TensorFlow, n.d.)",
          position,
        },
      }),
    );
  }
  return { deck, questions };
}

export async function enroll(userId: string, deckId: string) {
  await db.deckEnrollment.create({ data: { userId, deckId } });
}

export const reviewId = () => randomUUID();

/**
 * A student answering a card the way the study page does: show the answer with their response
 * (which records the attempt that counts), then grade it.
 */
export async function answerAndGrade(
  student: Student,
  { response, ...input }: Omit<ReviewInput, "seenVersion"> & { response: unknown; seenVersion: number },
  now = new Date(),
) {
  await revealAnswer(student, input.questionId, response, { practice: input.practice, now });
  return recordReview(student, input, now);
}
