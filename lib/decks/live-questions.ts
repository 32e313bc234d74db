// Owns the rule for which questions are part of a deck as students see it: the one place that
// says "live", for Prisma filters, raw SQL and rows already loaded. A rejected question keeps its
// row (and everyone's review history) but is never studied, counted or analysed; a suggested one
// (the generator's second tier) waits in the deck editor until the author promotes it.
import { Prisma } from "@/lib/generated/prisma/client";

export const PUBLISHED_TIER = "published";
export const SUGGESTED_TIER = "suggested";

/** Prisma `where` fragment for live questions. */
export const LIVE_QUESTION = { rejected: false, tier: PUBLISHED_TIER } as const satisfies Prisma.QuestionWhereInput;

/** SQL condition (text) for live questions on the Question table aliased `alias`. */
export function liveQuestionCondition(alias: string): string {
  return `(${alias}."rejected" = false AND ${alias}."tier" = '${PUBLISHED_TIER}')`;
}

/** The same condition, for Prisma's raw queries. */
export function liveQuestionSql(alias: string): Prisma.Sql {
  return Prisma.raw(liveQuestionCondition(alias));
}

export function isLiveQuestion(question: { rejected: boolean; tier: string }): boolean {
  return !question.rejected && question.tier === PUBLISHED_TIER;
}
