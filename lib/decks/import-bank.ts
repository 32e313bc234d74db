// Loads a generated question bank into the database (Deck, Fact, Question). Ids come from the
// bank and are stable, so re-importing a regenerated bank keeps every student's progress; a
// question that comes back under another id (the id scheme changed) but is the same question
// (type, source sentence, answer) takes its predecessor's progress along.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { retryingSerializationFailures } from "@/lib/db/postgres-transactions";
import { normaliseAnswer, normaliseText, type Bank, type BankQuestion } from "@/lib/content";
import { RESERVED_DECK_SLUGS } from "./reserved-slugs";

type Tx = Prisma.TransactionClient;

function bankHash(bank: Bank): string {
  return createHash("sha256").update(JSON.stringify(bank)).digest("hex");
}

/** Replaces the deck's facts and questions with the bank's, keeping rows whose ids survive. */
async function writeBankContent(tx: Tx, deckId: string, bank: Bank): Promise<void> {
  const factIds = bank.facts.map((fact) => fact.id);
  const questionIds = bank.questions.map((question) => question.id);
  // Ids are derived from the deck's slug, so another deck's rows can only match by a bug; never overwrite them.
  const foreign =
    (await tx.fact.count({ where: { id: { in: factIds }, deckId: { not: deckId } } })) +
    (await tx.question.count({ where: { id: { in: questionIds }, deckId: { not: deckId } } }));
  if (foreign > 0) throw new Error(`Bank "${bank.deck.slug}" reuses ids of another deck; regenerate it with its own slug.`);

  const moves = await sameQuestions(tx, deckId, bank.questions);

  // A question the regenerated bank no longer has is retired, not deleted: its review history
  // stays in every student's statistics. Facts go only when no question refers to them.
  await tx.question.updateMany({ where: { deckId, id: { notIn: questionIds } }, data: { rejected: true } });
  await tx.fact.deleteMany({ where: { deckId, id: { notIn: factIds }, questions: { none: {} } } });

  for (const fact of bank.facts) {
    const data = factData(fact);
    await tx.fact.upsert({ where: { id: fact.id }, create: { id: fact.id, deckId, ...data }, update: data });
  }

  for (const [position, question] of bank.questions.entries()) {
    const data = questionData(question, position);
    await tx.question.upsert({ where: { id: question.id }, create: { id: question.id, deckId, ...data }, update: data });
  }
  await moveProgress(tx, moves);
}

/**
 * What makes two generated questions the same question, whatever their ids: the type, the source
 * sentence and the answer (for true/false, whose answer is only "true" or "false", also the
 * statement shown). Ids once came from another scheme; this key is how a learner's progress
 * finds its question again after a regeneration.
 */
export function sameQuestionKey(q: { type: string; sourceSentence: string; answer: unknown; prompt: string }): string {
  const answer = Array.isArray(q.answer) ? q.answer.map((a) => normaliseAnswer(String(a))).join("|") : normaliseAnswer(String(q.answer));
  const asked = q.type === "true_false" ? `${answer}|${normaliseText(q.prompt)}` : answer;
  return [q.type, normaliseText(q.sourceSentence), asked].join("\u0000");
}

/** New question id → the id of an existing question of the deck that is the same question. */
async function sameQuestions(tx: Tx, deckId: string, questions: BankQuestion[]): Promise<Map<string, string>> {
  const incoming = new Set(questions.map((q) => q.id));
  const existing = await tx.question.findMany({ where: { deckId }, select: { id: true, type: true, sourceSentence: true, answer: true, prompt: true }, orderBy: { id: "asc" } });
  const present = new Set(existing.map((q) => q.id));
  const byKey = new Map<string, string>();
  for (const q of existing) {
    const key = sameQuestionKey(q);
    if (!incoming.has(q.id) && !byKey.has(key)) byKey.set(key, q.id);
  }
  const moves = new Map<string, string>();
  for (const q of questions) {
    if (present.has(q.id)) continue;
    const key = sameQuestionKey({ type: q.type, sourceSentence: q.source.sentence, answer: q.answer, prompt: q.prompt });
    const oldId = byKey.get(key);
    if (!oldId) continue;
    byKey.delete(key);
    moves.set(q.id, oldId);
  }
  return moves;
}

/**
 * Moves learners' progress (card states, review history, a pending reveal) from each old
 * question to the regenerated question that is the same question. A learner who already has a
 * card or a reveal for the new id keeps that one; the old row then stays with the retired question.
 */
async function moveProgress(tx: Tx, moves: Map<string, string>): Promise<void> {
  for (const [newId, oldId] of moves) {
    const hasCard = (await tx.cardState.findMany({ where: { questionId: newId }, select: { userId: true } })).map((r) => r.userId);
    await tx.cardState.updateMany({ where: { questionId: oldId, userId: { notIn: hasCard } }, data: { questionId: newId } });
    const hasAttempt = (await tx.studyAttempt.findMany({ where: { questionId: newId }, select: { userId: true } })).map((r) => r.userId);
    await tx.studyAttempt.updateMany({ where: { questionId: oldId, userId: { notIn: hasAttempt } }, data: { questionId: newId } });
    await tx.reviewLog.updateMany({ where: { questionId: oldId }, data: { questionId: newId } });
  }
}

function factData(fact: Bank["facts"][number]) {
  return {
    subject: fact.subject,
    predicate: fact.predicate,
    object: fact.object,
    sentence: fact.sentence,
    citation: fact.citation ?? null,
    extra: fact.value ? { value: fact.value } : Prisma.JsonNull,
  };
}

function questionData(question: Bank["questions"][number], position: number) {
  return {
    factId: question.factIds[0],
    factIds: question.factIds,
    type: question.type,
    prompt: question.prompt,
    choices: question.choices ?? Prisma.JsonNull,
    answer: question.answer,
    acceptedAnswers: question.acceptedAnswers ?? Prisma.JsonNull,
    answerValue: question.answerValue ?? Prisma.JsonNull,
    explanation: question.explanation,
    sourceSentence: question.source.sentence,
    sourceCitation: question.source.citation ?? null,
    position,
    rejected: false,
    // the generator's tier: suggested questions wait in the deck editor until promoted
    tier: question.tier ?? "published",
  };
}

/**
 * The seed's path for committed banks: public, published, owned by nobody, matched by slug.
 * A bank that has not changed since the last import is skipped, so the seed is idempotent.
 */
export async function syncPublicBank(bank: Bank): Promise<{ deckId: string; changed: boolean }> {
  const hash = bankHash(bank);
  const existing = await db.deck.findUnique({ where: { slug: bank.deck.slug }, select: { id: true, bankHash: true, ownerId: true } });
  if (existing?.ownerId || RESERVED_DECK_SLUGS.has(bank.deck.slug)) {
    throw new Error(`Bank "${bank.deck.slug}": that address is taken (an author's deck or a route); rename the review.`);
  }
  if (existing?.bankHash === hash) return { deckId: existing.id, changed: false };

  const fields = { title: bank.deck.title, sourceTitle: bank.deck.title, sourceCitation: bank.deck.source, bankHash: hash };
  const deckId = await db.$transaction(async (tx) => {
    const deck = await tx.deck.upsert({
      where: { slug: bank.deck.slug },
      create: { slug: bank.deck.slug, ...fields, visibility: "PUBLIC", publishedAt: new Date() },
      update: fields,
      select: { id: true },
    });
    await writeBankContent(tx, deck.id, bank);
    return deck.id;
  });
  return { deckId, changed: true };
}

/**
 * A new draft deck owned by its author, in one transaction with whatever `alsoWrite` adds (e.g.
 * marking the job that made it done: if one of those writes fails, nothing is saved). The bank's
 * slug must be new (see uniqueDeckSlug). Facts and questions go in bulk: nothing can be
 * overwritten, a 2 MB review's thousands of rows stay within SQLite's parameter limit, and the
 * batch holds the database's write lock for a fraction of the time one upsert per row did.
 */
export async function createDraftDeck(
  bank: Bank,
  ownerId: string,
  alsoWrite: (deck: { deckId: string; slug: string }) => Prisma.PrismaPromise<unknown>[] = () => [],
): Promise<{ deckId: string; slug: string }> {
  const deck = { deckId: randomUUID(), slug: bank.deck.slug };
  // On PostgreSQL the batch can lose a serialization race (the job's own progress write lands on
  // the row `alsoWrite` marks done): built anew and sent again, as an interactive one would be.
  await retryingSerializationFailures(() => db.$transaction([
    db.deck.create({
      data: {
        id: deck.deckId,
        slug: deck.slug,
        title: bank.deck.title,
        sourceTitle: bank.deck.title,
        sourceCitation: bank.deck.source,
        ownerId,
        visibility: "PRIVATE",
        bankHash: bankHash(bank),
      },
    }),
    db.fact.createMany({ data: bank.facts.map((fact) => ({ id: fact.id, deckId: deck.deckId, ...factData(fact) })) }),
    db.question.createMany({
      data: bank.questions.map((question, position) => ({ id: question.id, deckId: deck.deckId, ...questionData(question, position) })),
    }),
    ...alsoWrite(deck),
  ]));
  return deck;
}
