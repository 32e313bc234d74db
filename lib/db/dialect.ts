// Owns the few spots where one SQL text cannot serve both databases; everything else in Recall's
// raw SQL is written to mean the same on SQLite and PostgreSQL (quoted identifiers, CASE and
// COUNT(*) FILTER instead of summing booleans, CAST to INTEGER). Callers never branch on the engine.
import "server-only";
import { databaseProvider, Prisma } from "./index";

/**
 * A Date as a value of the DateTime columns' type, for places where the database cannot infer it
 * from a column (a VALUES list). SQLite keeps DateTime as ISO-8601 text — the bound parameter
 * already is that text; PostgreSQL would take an untyped parameter there for text.
 */
export function timestampValue(value: Date): Prisma.Sql {
  return databaseProvider === "postgresql" ? Prisma.sql`CAST(${value} AS TIMESTAMP(3))` : Prisma.sql`${value}`;
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
