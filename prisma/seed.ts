// Demo accounts and every committed question bank. Idempotent: a second run changes nothing.
import "dotenv/config";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { BankSchema } from "@/lib/content/bank-schema";
import { syncPublicBank } from "@/lib/decks/import-bank";

export const DEMO_PASSWORD = "recall-demo";

const DEMO_USERS = [
  { email: "instructor@example.com", name: "Iris Instructor" },
  { email: "student@example.com", name: "Sam Student" },
  { email: "student2@example.com", name: "Alex Student" },
];

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

async function main(): Promise<void> {
  await seedUsers();
  await seedBanks();
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
