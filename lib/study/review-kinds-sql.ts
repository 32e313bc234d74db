// The review kinds of lib/srs/review-kinds as SQL conditions, for the raw queries of the
// dashboard and class progress. The kinds are our constants, never input, so they are written
// into the SQL as literals (a query plan per statement, not per parameter set).
import "server-only";
import { Prisma } from "@/lib/db";
import { CLASS_ANSWER_KINDS, RETENTION_KINDS, type ReviewKind } from "@/lib/srs/review-kinds";

function kindIn(column: string, kinds: readonly ReviewKind[]): Prisma.Sql {
  return Prisma.raw(`${column} IN (${kinds.map((kind) => `'${kind}'`).join(", ")})`);
}

/** `column` is a kind that counts as a class's answer (the first answer of a study day). */
export const classAnswerKindSql = (column: string) => kindIn(column, CLASS_ANSWER_KINDS);

/** `column` is a kind retention is measured on. */
export const retentionKindSql = (column: string) => kindIn(column, RETENTION_KINDS);

/** `column` is a first sighting. */
export const newCardKindSql = (column: string) => kindIn(column, ["NEW"]);
