// The database side of exporting: loads a deck the user may export (lib/permissions decides),
// its live questions and, when asked, the user's own scheduling, and hands plain data to the
// pure writers. Only live questions travel (lib/decks/live-questions). The app's download route and the CLI both call exportDeckFile.
import "server-only";
import { db } from "@/lib/db";
import { LIVE_QUESTION } from "@/lib/decks/live-questions";
import { assertCanExportDeck } from "@/lib/permissions/decks";
import { NotFoundError } from "@/lib/permissions/errors";
import { readSnapshot } from "@/lib/study/card-state";
import { writeApkg } from "./apkg-writer";
import type { PortableQuestion, PortableSchedule } from "./model";
import { writeAnkiText, writeCsv } from "./text-export";

export const EXPORT_FORMATS = ["apkg", "tsv", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportFile = { fileName: string; contentType: string; body: Uint8Array; questions: number; reviews: number };

const CONTENT_TYPES: Record<ExportFormat, string> = {
  apkg: "application/octet-stream",
  tsv: "text/tab-separated-values; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

const strings = (value: unknown): string[] | undefined => (Array.isArray(value) ? value.map(String) : undefined);

async function loadSchedule(userId: string, questionIds: string[]): Promise<PortableSchedule> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timezone: true, dayStartsAtHour: true } });
  const [cards, logs] = await Promise.all([
    db.cardState.findMany({ where: { userId, questionId: { in: questionIds } } }),
    db.reviewLog.findMany({ where: { userId, questionId: { in: questionIds } }, orderBy: { reviewedAt: "asc" } }),
  ]);
  return {
    timezone: user.timezone,
    dayStartsAtHour: user.dayStartsAtHour,
    cards: cards.map((c) => ({ questionId: c.questionId, repetitions: c.repetitions, easeFactor: c.easeFactor, intervalDays: c.intervalDays, dueAt: c.dueAt, lapses: c.lapses, lastReviewedAt: c.lastReviewedAt })),
    reviews: logs.map((log) => {
      const after = readSnapshot(log.stateAfter);
      const before = readSnapshot(log.stateBefore);
      return {
        questionId: log.questionId,
        grade: log.grade,
        reviewedAt: log.reviewedAt,
        durationMs: log.durationMs,
        kind: log.kind,
        intervalBefore: before?.intervalDays ?? null,
        intervalAfter: after?.intervalDays ?? 0,
        easeAfter: after?.easeFactor ?? 2.5,
      };
    }),
  };
}

/**
 * Exports a deck for `userId`, with their own scheduling when asked. `null` is the command line
 * acting without an account: it may export the published public decks only, without progress.
 */
export async function exportDeckFile(userId: string | null, slug: string, format: ExportFormat, options: { includeSchedule?: boolean; now?: Date } = {}): Promise<ExportFile> {
  const deck = await db.deck.findUnique({ where: { slug } });
  if (!deck) throw new NotFoundError("That deck does not exist or is not shared with you.");
  if (userId) await assertCanExportDeck(userId, deck.id);
  else if (deck.visibility !== "PUBLIC" || !deck.publishedAt) throw new NotFoundError("That deck is not public: name a user who may export it.");
  const rows = await db.question.findMany({
    where: { deckId: deck.id, ...LIVE_QUESTION },
    orderBy: { position: "asc" },
    include: { fact: { select: { subject: true } } },
  });
  const questions: PortableQuestion[] = rows.map((q) => ({
    id: q.id,
    type: q.type as PortableQuestion["type"],
    prompt: q.prompt,
    choices: strings(q.choices),
    answer: Array.isArray(q.answer) ? q.answer.map(String) : String(q.answer),
    acceptedAnswers: strings(q.acceptedAnswers),
    explanation: q.explanation,
    sourceSentence: q.sourceSentence,
    sourceCitation: q.sourceCitation ?? undefined,
    topic: q.fact.subject,
    factKey: q.factId,
  }));
  const portableDeck = { slug: deck.slug, title: deck.title, description: deck.description };
  let body: Uint8Array;
  let reviews = 0;
  if (format === "apkg") {
    const schedule = options.includeSchedule && userId ? await loadSchedule(userId, rows.map((q) => q.id)) : undefined;
    reviews = schedule?.reviews.length ?? 0;
    body = writeApkg(portableDeck, questions, { schedule, now: options.now });
  } else {
    body = new TextEncoder().encode(format === "tsv" ? writeAnkiText(portableDeck, questions) : writeCsv(questions));
  }
  return { fileName: `${deck.slug}.${format === "tsv" ? "txt" : format}`, contentType: CONTENT_TYPES[format], body, questions: questions.length, reviews };
}

/** What the export page shows about a deck the user may export. */
export async function exportableDeck(userId: string, slug: string) {
  const deck = await db.deck.findUnique({ where: { slug }, select: { id: true, slug: true, title: true } });
  if (!deck) throw new NotFoundError("That deck does not exist or is not shared with you.");
  const { owner } = await assertCanExportDeck(userId, deck.id);
  const [questions, myCards, myReviews] = await Promise.all([
    db.question.count({ where: { deckId: deck.id, ...LIVE_QUESTION } }),
    db.cardState.count({ where: { userId, question: { deckId: deck.id, ...LIVE_QUESTION } } }),
    db.reviewLog.count({ where: { userId, question: { deckId: deck.id, ...LIVE_QUESTION } } }),
  ]);
  return { ...deck, owner, questions, myCards, myReviews };
}
