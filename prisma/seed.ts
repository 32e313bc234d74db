// Demo accounts, every committed question bank and a demo class. Idempotent: a second run
// changes nothing.
import "dotenv/config";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { BankSchema } from "@/lib/content/bank-schema";
import { syncPublicBank } from "@/lib/decks/import-bank";
import { createClass } from "@/lib/classes/classes";
import { joinClass } from "@/lib/classes/membership";
import { assignDeck } from "@/lib/classes/assignments";
import { calendarDateKey } from "@/lib/classes/due-date";
import { addStudyDays } from "@/lib/calendar/study-day";

export const DEMO_PASSWORD = "recall-demo";

const DEMO_USERS = [
  { email: "instructor@example.com", name: "Iris Instructor" },
  { email: "student@example.com", name: "Sam Student" },
  { email: "student2@example.com", name: "Alex Student" },
];

const DEMO_CLASS = "Deep learning frameworks (demo)";
const DEMO_DECK = "tensorflow-vs-pytorch";

const BANKS_DIR = path.resolve("content/banks");

async function seedUsers(): Promise<void> {
  for (const user of DEMO_USERS) {
    const exists = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (exists) continue;
    await db.user.create({ data: { ...user, passwordHash: await hashPassword(DEMO_PASSWORD) } });
    console.log(`seed: created ${user.email}`);
  }
}

async function seedBanks(): Promise<void> {
  if (!existsSync(BANKS_DIR)) return;
  for (const file of readdirSync(BANKS_DIR).filter((name) => name.endsWith(".json")).sort()) {
    const bank = BankSchema.parse(JSON.parse(readFileSync(path.join(BANKS_DIR, file), "utf8")));
    const { changed } = await syncPublicBank(bank);
    console.log(`seed: ${bank.deck.slug} ${changed ? "imported" : "unchanged"} (${bank.questions.length} questions)`);
  }
}

/** A class taught by the demo instructor, both demo students in it, the first deck assigned. */
async function seedDemoClass(): Promise<void> {
  const instructor = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0].email } });
  if (await db.class.findFirst({ where: { ownerId: instructor.id, name: DEMO_CLASS }, select: { id: true } })) return;
  const { id, joinCode } = await createClass(instructor.id, DEMO_CLASS);
  for (const { email } of DEMO_USERS.slice(1)) {
    const student = await db.user.findUniqueOrThrow({ where: { email } });
    await joinClass(student.id, joinCode);
  }
  const deck = await db.deck.findUnique({ where: { slug: DEMO_DECK }, select: { id: true } });
  if (deck) {
    const dueDate = addStudyDays(calendarDateKey(new Date(), instructor.timezone), 14);
    await assignDeck(instructor.id, id, { deckId: deck.id, dueDate, targetCorrectPct: 80 });
  }
  console.log(`seed: created class "${DEMO_CLASS}" (join code ${joinCode})`);
}

async function main(): Promise<void> {
  await seedUsers();
  await seedBanks();
  await seedDemoClass();
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
