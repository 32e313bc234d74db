// Owns the few spots where one SQL text cannot serve both databases; everything else in Recall's
// raw SQL is written to mean the same on SQLite and PostgreSQL (quoted identifiers, CASE and
// COUNT(*) FILTER instead of summing booleans, CAST to INTEGER). Callers never branch on the engine.
import "server-only";
import { databaseProvider, Prisma } from "./index";
import { sqliteInstant } from "./statements";

/**
 * A table `name("idx", "rangeStart", "rangeEnd")` for a WITH clause, from [start, end) pairs sent
 * as one JSON parameter: a year of days is one bound value, not 1,100 (each costs Prisma time).
 * The bounds come out typed as the DateTime columns are: text on SQLite, written as Prisma's
 * SQLite adapter writes instants, so they compare as text does; TIMESTAMP(3) on PostgreSQL, where
 * Prisma stores UTC (the offset in the text is ignored). MATERIALIZED keeps the ranges the outer
 * loop: SQLite would otherwise scan the user's whole history once per range.
 */
export function timestampRangesTable(name: string, ranges: readonly { start: Date; end: Date }[]): Prisma.Sql {
  const json = JSON.stringify(ranges.map((range) => [sqliteInstant(range.start), sqliteInstant(range.end)]));
  const columns = `${name}("idx", "rangeStart", "rangeEnd")`;
  return databaseProvider === "postgresql"
    ? Prisma.sql`${Prisma.raw(columns)} AS MATERIALIZED (SELECT CAST(r.ord - 1 AS INTEGER), CAST(r.pair->>0 AS TIMESTAMP(3)), CAST(r.pair->>1 AS TIMESTAMP(3)) FROM jsonb_array_elements(CAST(${json} AS JSONB)) WITH ORDINALITY AS r(pair, ord))`
    : Prisma.sql`${Prisma.raw(columns)} AS MATERIALIZED (SELECT CAST("key" AS INTEGER), json_extract("value", '$[0]'), json_extract("value", '$[1]') FROM json_each(${json}))`;
}

/** COUNT/SUM come back as number or bigint (SQLite), bigint or decimal (PostgreSQL); nulls are zero. */
export function toCount(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** MAX(date) comes back as ISO-8601 text (SQLite) or a Date (PostgreSQL); nothing or nonsense is null. */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date;
}
