// Owns the rule for which questions are part of a deck as students see it: the one place that
// says "live", for Prisma filters, raw SQL and rows already loaded. A rejected question keeps its
// row (and everyone's review history) but is never studied, counted or analysed.
import { Prisma } from "@/lib/generated/prisma/client";

/** Prisma `where` fragment for live questions. */
export const LIVE_QUESTION = { rejected: false } as const satisfies Prisma.QuestionWhereInput;

/** SQL condition for live questions on the Question table aliased `alias`. */
export function liveQuestionSql(alias: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`${alias}."rejected"`)} = false`;
}

export function isLiveQuestion(question: { rejected: boolean }): boolean {
  return !question.rejected;
}
