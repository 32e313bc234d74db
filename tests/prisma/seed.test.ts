import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";

const root = path.resolve(__dirname, "../..");

function seed() {
  const run = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "prisma/seed.ts"], {
    cwd: root,
    env: { ...process.env },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

/** Every row the seed writes, for comparing two runs. */
async function snapshot() {
  return {
    users: await db.user.findMany({ orderBy: { email: "asc" } }),
    decks: await db.deck.findMany({ orderBy: { slug: "asc" } }),
    facts: await db.fact.findMany({ orderBy: { id: "asc" } }),
    questions: await db.question.findMany({ orderBy: { id: "asc" } }),
    classes: await db.class.findMany({ include: { members: { orderBy: { userId: "asc" } }, assignments: true } }),
  };
}

describe("prisma/seed.ts", () => {
  it("creates the demo accounts, the TensorFlow/PyTorch deck and a demo class, and a second run changes nothing", async () => {
    const first = seed();
    expect(first).toContain("seed: created instructor@example.com");
    const before = await snapshot();

    expect(before.users.map((user) => user.email)).toEqual(["instructor@example.com", "student2@example.com", "student@example.com"]);
    for (const user of before.users) expect(await verifyPassword(user.passwordHash, "recall-demo")).toBe(true);
    const deck = before.decks.find((candidate) => candidate.slug === "tensorflow-vs-pytorch");
    expect(deck).toMatchObject({ visibility: "PUBLIC", ownerId: null });
    expect(deck?.publishedAt).not.toBeNull();
    expect(before.questions.length).toBeGreaterThan(40);
    expect(before.classes).toHaveLength(1);
    expect(before.classes[0].members.map((member) => member.role).sort()).toEqual(["INSTRUCTOR", "STUDENT", "STUDENT"]);
    expect(before.classes[0].assignments).toMatchObject([{ deckId: deck!.id, targetCorrectPct: 80 }]);

    const second = seed();
    expect(second).not.toContain("created");
    expect(second).toContain("tensorflow-vs-pytorch unchanged");
    expect(await snapshot()).toEqual(before);
    // Two seed processes, each starting tsx and hashing three passwords: slow on a busy machine.
  }, 120_000);
});
