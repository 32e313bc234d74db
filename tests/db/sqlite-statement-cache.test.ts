// Reused SQLite statements (lib/db/sqlite-statement-cache.ts) answer exactly as fresh ones: each
// call with its own arguments, readers and writers, past the cache's capacity. The whole SQLite
// pass also runs through it, as the app's client uses it.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cacheStatements } from "@/lib/db/sqlite-statement-cache";

type AdapterView = { prepare(sql: string): { bind(args: unknown[]): { reader: boolean; columns(): { name: string }[]; raw(): { all(): unknown[][] }; run(): { changes: number } }; run(): unknown } };

describe("the SQLite statement cache", () => {
  it("binds each call's own arguments to a reused statement, for reads, writes and BEGIN", () => {
    const sqlite = new Database(":memory:");
    cacheStatements(sqlite);
    const client = sqlite as unknown as AdapterView;
    sqlite.exec('CREATE TABLE "T" ("id" INTEGER PRIMARY KEY, "name" TEXT)');
    client.prepare("BEGIN").run();
    for (let i = 0; i < 3; i++) expect(client.prepare('INSERT INTO "T" ("id", "name") VALUES (?, ?)').bind([i, `n${i}`]).run().changes).toBe(1);
    client.prepare("COMMIT").run();
    const select = 'SELECT "id", "name" FROM "T" WHERE "id" >= ? ORDER BY "id"';
    const all = client.prepare(select).bind([0]);
    expect(all.reader).toBe(true);
    expect(all.columns().map((column) => column.name)).toEqual(["id", "name"]);
    expect(all.raw().all()).toEqual([[0, "n0"], [1, "n1"], [2, "n2"]]);
    expect(client.prepare(select).bind([2]).raw().all()).toEqual([[2, "n2"]]);
    expect(client.prepare(select).bind([0]).raw().all()).toHaveLength(3);
    // More distinct statements than the cache holds: evicted ones are prepared again.
    for (let i = 0; i < 600; i++) expect(client.prepare(`SELECT ${i} + ? AS "v"`).bind([1]).raw().all()).toEqual([[i + 1]]);
    expect(client.prepare(select).bind([1]).raw().all()).toEqual([[1, "n1"], [2, "n2"]]);
    sqlite.close();
  });
});
