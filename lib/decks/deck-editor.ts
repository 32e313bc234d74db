// An author's deck workshop: turn an uploaded review into a draft deck, correct or reject its
// generated questions, then publish it.
import "server-only";
import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import { generateBank, slugify, type Bank } from "@/lib/content";
import { assertCanEditDeck } from "@/lib/permissions/decks";
import { NotFoundError } from "@/lib/permissions/errors";
import { Refusal } from "@/lib/errors/refusal";
import { createDraftDeck } from "./import-bank";
import { RESERVED_DECK_SLUGS } from "./reserved-slugs";
import { LIVE_QUESTION } from "@/lib/decks/live-questions";

export class DeckInputError extends Refusal {
  constructor(message: string, field?: string) {
    super("invalid", message, field);
    this.name = "DeckInputError";
  }
}

async function uniqueDeckSlug(base: string): Promise<string> {
  const slug = slugify(base);
  const root = !slug || RESERVED_DECK_SLUGS.has(slug) ? `${slug || "deck"}-deck` : slug;
  for (let attempt = 1; ; attempt++) {
    const candidate = attempt === 1 ? root : `${root}-${attempt}`;
    if (!(await db.deck.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}

/**
 * Stores a bank as the author's new draft deck under a fresh address. `buildBank` receives the
 * slug, which seeds every fact and question id, so ids stay unique across decks.
 */
export async function createDraftDeckWithFreshSlug(ownerId: string, base: string, buildBank: (slug: string) => Bank) {
  for (let attempt = 1; ; attempt++) {
    const bank = buildBank(await uniqueDeckSlug(base));
    try {
      return await createDraftDeck(bank, ownerId);
    } catch (error) {
      // Another upload took the same slug a moment ago: pick the next one.
      const slugTaken = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!slugTaken || attempt >= 3) throw error;
    }
  }
}

/** Generates a bank from the review and stores it as the author's draft deck. */
export async function createDeckFromReview(ownerId: string, review: { text: string; fileName?: string; title?: string }) {
  const title = review.title?.trim();
  return createDraftDeckWithFreshSlug(ownerId, title || review.fileName || "review", (slug) => {
    const bank = generateBank(review.text, { fileName: review.fileName, slug });
    if (bank.questions.length === 0) {
      throw new DeckInputError("No facts could be found in that document. Try a review written in full sentences.", "document");
    }
    return title ? { ...bank, deck: { ...bank.deck, title } } : bank;
  });
}

export async function loadDeckWorkshop(userId: string, slug: string) {
  const deck = await db.deck.findUnique({ where: { slug } });
  if (!deck) throw new NotFoundError("That deck does not exist or is not yours to edit.");
  await assertCanEditDeck(userId, deck.id);
  const facts = await db.fact.findMany({
    where: { deckId: deck.id },
    orderBy: { id: "asc" },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  // Facts in the order their first question appears, so the page reads like the bank.
  const firstPosition = (fact: (typeof facts)[number]) => fact.questions[0]?.position ?? Number.MAX_SAFE_INTEGER;
  return { deck, facts: facts.sort((a, b) => firstPosition(a) - firstPosition(b)) };
}

export const questionEditSchema = z.object({
  prompt: z.string().trim().min(1, "Write a question.").max(1_000, "Keep the question under 1,000 characters."),
  // Absent for ordering and matching questions, whose answer is a generated list.
  answer: z.string().trim().max(500, "Keep the answer under 500 characters.").optional(),
  explanation: z.string().trim().min(1, "Explain the answer.").max(2_000, "Keep the explanation under 2,000 characters."),
});

export type QuestionEdit = z.output<typeof questionEditSchema>;

async function ownedQuestion(userId: string, questionId: string) {
  const question = await db.question.findUnique({ where: { id: questionId } });
  if (!question) throw new NotFoundError("That question does not exist.");
  await assertCanEditDeck(userId, question.deckId);
  return question;
}

/**
 * Corrects a generated question. Lists (ordering, matching) keep their generated answer; a
 * multiple-choice or true/false answer must stay one of the choices.
 */
export async function editQuestion(userId: string, questionId: string, { prompt, explanation, answer }: QuestionEdit): Promise<void> {
  const question = await ownedQuestion(userId, questionId);
  const listAnswer = question.type === "ordering" || question.type === "matching";
  if (!listAnswer && !answer) throw new DeckInputError("Give the right answer.", "answer");
  if (question.type === "true_false" && answer !== "true" && answer !== "false") {
    throw new DeckInputError("Choose True or False.", "answer");
  }
  if (question.type === "mcq" && !(question.choices as string[]).includes(answer!)) {
    throw new DeckInputError("The answer must be one of the choices.", "answer");
  }
  const answerChanged = !listAnswer && answer !== question.answer;
  await db.question.update({
    where: { id: questionId },
    data: {
      prompt,
      explanation,
      // A hand-written answer replaces the generated aliases and date, which described the old one.
      ...(answerChanged ? { answer, acceptedAnswers: Prisma.DbNull, answerValue: Prisma.DbNull } : {}),
    },
  });
}

export async function setQuestionRejected(userId: string, questionId: string, rejected: boolean): Promise<void> {
  await ownedQuestion(userId, questionId);
  await db.question.update({ where: { id: questionId }, data: { rejected } });
}

/** Promotes a suggested question to the published tier (studied by default), or moves it back. */
export async function setQuestionTier(userId: string, questionId: string, tier: "published" | "suggested"): Promise<void> {
  await ownedQuestion(userId, questionId);
  await db.question.update({ where: { id: questionId }, data: { tier } });
}

/**
 * Publishes the deck, or changes who may study it. Making it private withdraws it from other
 * instructors' classes; students who added it lose it too (see lib/permissions/decks).
 */
export async function publishDeck(userId: string, deckId: string, visibility: "PUBLIC" | "PRIVATE"): Promise<void> {
  await assertCanEditDeck(userId, deckId);
  const kept = await db.question.count({ where: { deckId, ...LIVE_QUESTION } });
  if (kept === 0) throw new DeckInputError("Keep at least one question before publishing.");
  const { publishedAt } = await db.deck.findUniqueOrThrow({ where: { id: deckId }, select: { publishedAt: true } });
  await db.$transaction([
    db.deck.update({ where: { id: deckId }, data: { visibility, publishedAt: publishedAt ?? new Date() } }),
    ...(visibility === "PRIVATE" ? [db.assignment.deleteMany({ where: { deckId, class: { ownerId: { not: userId } } } })] : []),
    // The author studies their own deck like any other.
    db.deckEnrollment.upsert({ where: { userId_deckId: { userId, deckId } }, create: { userId, deckId }, update: {} }),
  ]);
}
