// lib/db/statements.ts: the study loop's SQL sent without Prisma, on the real database (SQLite, or
// PostgreSQL in its pass). Its transactions are whole, they never write into a transaction Prisma
// has open in this process, and the ids it makes sort by creation.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newRowId, statements, transaction } from "@/lib/db/statements";
import { createUser } from "../support/fixtures";

const nameOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { name: true } })).name;

describe("statements without Prisma", () => {
  it("a transaction that fails changes nothing", async () => {
    const user = await createUser({ name: "Before" });
    await expect(
      transaction(async (sql) => {
        await sql.run(`UPDATE "User" SET "name" = $1 WHERE "id" = $2`, ["During", user.id]);
        throw new Error("refused halfway");
      }),
    ).rejects.toThrow("refused halfway");
    expect(await nameOf(user.id)).toBe("Before");
  });

  it("waits for a transaction Prisma has open instead of writing into it", async () => {
    const user = await createUser({ name: "Before" });
    let prismaWrote!: () => void;
    const wrote = new Promise<void>((resolve) => (prismaWrote = resolve));
    // Prisma's transaction writes, then rolls back after ours has been started.
    const rolledBack = db
      .$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { name: "Rolled back" } });
        prismaWrote();
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error("roll back");
      })
      .catch((error: Error) => error.message);
    await wrote;
    const ours = transaction((sql) => sql.run(`UPDATE "User" SET "name" = $1 WHERE "id" = $2`, ["Ours", user.id]));
    expect(await rolledBack).toBe("roll back");
    expect(await ours).toBe(1);
    // Ours ran after Prisma's rollback, not inside its transaction (where it would be lost too).
    expect(await nameOf(user.id)).toBe("Ours");
  });

  it("reads what is committed while Prisma's transaction is open", async () => {
    const user = await createUser({ name: "Committed" });
    let release!: () => void;
    const open = db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { name: "Uncommitted" } });
      await new Promise<void>((resolve) => (release = resolve));
    });
    while (!release) await new Promise((resolve) => setTimeout(resolve, 5));
    const [row] = await statements().rows<{ name: string }>(`SELECT "name" FROM "User" WHERE "id" = $1`, [user.id]);
    release();
    await open;
    expect(row.name).toBe("Committed");
  });

  it("makes ids that sort by creation, after those Prisma made in an earlier millisecond", async () => {
    const prismaMade = (await createUser()).id;
    await new Promise((resolve) => setTimeout(resolve, 2));
    const ours = Array.from({ length: 1_000 }, () => newRowId());
    expect(new Set(ours).size).toBe(ours.length);
    expect([...ours].sort()).toEqual(ours);
    expect(ours[0] > prismaMade, `${ours[0]} after ${prismaMade}`).toBe(true);
    expect(ours[0]).toMatch(/^c[0-9a-z]{24}$/);
  });
});
