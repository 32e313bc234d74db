// One set of types for two generated clients: the app is written against the SQLite client's
// types (lib/db exports them), and runs the PostgreSQL client when DATABASE_URL says so. The
// type-level checks below fail `tsc --noEmit` when the clients drift apart: every model of one is
// in the other with the same fields, and every query argument written for SQLite is accepted by
// the PostgreSQL client.
import { describe, expect, it } from "vitest";
import { Prisma as SqlitePrisma } from "@/lib/generated/prisma/client";
import { Prisma as PostgresPrisma } from "@/lib/generated/postgres/client";
import { databaseProvider, db, Prisma } from "@/lib/db";
import { providerOf } from "@/lib/db/provider";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SqliteModels = SqlitePrisma.TypeMap["model"];
type PostgresModels = PostgresPrisma.TypeMap["model"];
type Args<T> = T extends { args: infer A } ? A : never;
type ModelsAgree = {
  [M in keyof SqliteModels]: M extends keyof PostgresModels
    ? {
        fields: Same<SqliteModels[M]["payload"]["scalars"], PostgresModels[M]["payload"]["scalars"]>;
        queries: {
          [O in keyof SqliteModels[M]["operations"]]: O extends keyof PostgresModels[M]["operations"]
            ? Args<SqliteModels[M]["operations"][O]> extends Args<PostgresModels[M]["operations"][O]>
              ? true
              : false
            : false;
        };
      }
    : false;
};
type AllTrue<T> = T extends true ? true : T extends object ? { [K in keyof T]: AllTrue<T[K]> }[keyof T] : false;

const sameModels: Same<keyof SqliteModels, keyof PostgresModels> = true;
const modelsAgree: AllTrue<ModelsAgree> = true;
// @ts-expect-error — the check above can fail: a model whose fields differ is caught.
const differentFieldsCaught: Same<{ a: string }, { a: string | null }> = true;

describe("the two generated clients", () => {
  it("have the same models, fields and query arguments (checked by tsc)", () => {
    expect([sameModels, modelsAgree, differentFieldsCaught]).toEqual([true, true, true]);
  });

  it("share Prisma's runtime, so errors and SQL helpers from either are the same objects", () => {
    expect(PostgresPrisma.PrismaClientKnownRequestError).toBe(SqlitePrisma.PrismaClientKnownRequestError);
    expect(PostgresPrisma.sql).toBe(SqlitePrisma.sql);
    expect(PostgresPrisma.JsonNull).toBe(SqlitePrisma.JsonNull);
    expect(PostgresPrisma.DbNull).toBe(SqlitePrisma.DbNull);
    expect(Prisma).toBe(SqlitePrisma);
  });

  it("lib/db talks to the database DATABASE_URL names", async () => {
    expect(databaseProvider).toBe(providerOf(process.env.DATABASE_URL!));
    const [row] = await db.$queryRaw<{ engine: string }[]>`SELECT ${databaseProvider} AS "engine"`;
    expect(row.engine).toBe(databaseProvider);
    if (databaseProvider === "postgresql") {
      const [{ version }] = await db.$queryRaw<{ version: string }[]>`SELECT version() AS "version"`;
      expect(version).toMatch(/^PostgreSQL/);
    } else {
      const [{ version }] = await db.$queryRaw<{ version: string }[]>`SELECT sqlite_version() AS "version"`;
      expect(version).toMatch(/^3\./);
    }
  });
});
