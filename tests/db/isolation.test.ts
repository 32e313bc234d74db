// One process shares one SQLite connection. A statement from one request must never become part
// of another request's open transaction: if that transaction rolls back, the other request's
// acknowledged write would be lost with it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "../support/fixtures";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// The transaction's failure is observed from the moment it starts, so a slow machine that lets it
// fail before the test awaits it does not count it as an unhandled rejection.
const outcome = (work: Promise<unknown>) =>
  work.then(
    () => "committed",
    (error: Error) => error.message,
  );

describe("statements outside a transaction", () => {
  it("survive another request's transaction rolling back", async () => {
    const reviewer = await createUser();
    const settingsSaver = await createUser();

    // Request A: an interactive transaction that writes, waits on something, then fails.
    const failing = outcome(
      db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: reviewer.id }, data: { name: "written inside A" } });
        await pause(50);
        throw new Error("conflict: roll back");
      }),
    );
    // Request B, meanwhile: a plain update, acknowledged to its user before A fails.
    await pause(10);
    expect((await db.user.update({ where: { id: settingsSaver.id }, data: { newPerDay: 7 } })).newPerDay).toBe(7);

    expect(await failing).toBe("conflict: roll back");
    expect((await db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).name).toBe(reviewer.name);
    expect((await db.user.findUniqueOrThrow({ where: { id: settingsSaver.id } })).newPerDay).toBe(7);
  });

  it("do not see another request's uncommitted writes", async () => {
    const user = await createUser();
    const failing = outcome(
      db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { name: "uncommitted" } });
        await pause(50);
        throw new Error("roll back");
      }),
    );
    await pause(10);
    const readInside = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).name;
    expect(await failing).toBe("roll back");
    expect(readInside).toBe(user.name);
  });

  it("still run while no transaction is open, and transactions still commit", async () => {
    const user = await createUser();
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { newPerDay: 3 } });
    });
    const [a, b] = await Promise.all([
      db.user.update({ where: { id: user.id }, data: { dayStartsAtHour: 5 } }),
      db.user.findUniqueOrThrow({ where: { id: user.id } }),
    ]);
    expect(a.newPerDay).toBe(3);
    expect(b.newPerDay).toBe(3);
  });
});
