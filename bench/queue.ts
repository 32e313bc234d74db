// How the study queue scales with the size of the CardState table. It is served by the
// (userId, dueAt) index, so a student's queue should cost the same with 20 thousand or
// 2 million card states in the table. Prints medians and the ratio; asserts nothing.
import "./support/temp-database";
import { median } from "./support/median";
import Database from "better-sqlite3";
import { db } from "@/lib/db";
import { loadStudyQueue } from "@/lib/study/queue";

const QUESTIONS = 1_000;
const BASELINE_USERS = 20;
const LARGE_USERS = 2_000;
const RUNS = 15;
const NOW = new Date("2026-11-25T12:00:00Z");

/** Prisma's SQLite adapter stores DateTime as ISO text with an explicit offset. */
const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

function fill(sqlite: Database.Database, fromUser: number, toUser: number): void {
  const insertUser = sqlite.prepare(
    "INSERT INTO User (id, email, name, passwordHash, timezone, dayStartsAtHour, newPerDay) VALUES (?, ?, ?, 'x', 'UTC', 4, 20)",
  );
  const insertEnrollment = sqlite.prepare("INSERT INTO DeckEnrollment (userId, deckId, createdAt) VALUES (?, 'deck', ?)");
  const insertCard = sqlite.prepare(
    "INSERT INTO CardState (id, userId, questionId, repetitions, easeFactor, intervalDays, dueAt, lapses, lastReviewedAt, version) VALUES (?, ?, ?, 2, 2.5, 6, ?, 0, ?, 2)",
  );
  sqlite.transaction(() => {
    for (let user = fromUser; user < toUser; user++) {
      const userId = `u${user}`;
      insertUser.run(userId, `${userId}@example.com`, userId);
      insertEnrollment.run(userId, sqliteDate(NOW));
      for (let q = 0; q < QUESTIONS; q++) {
        // Spread due dates over ±60 days so about half the cards are due.
        const due = new Date(NOW.getTime() + (((user * 7919 + q * 104729) % 120) - 60) * 86_400_000);
        insertCard.run(`c${user}_${q}`, userId, `q${q}`, sqliteDate(due), sqliteDate(new Date(due.getTime() - 6 * 86_400_000)));
      }
    }
  })();
}

async function measure(label: string) {
  const student = await db.user.findUniqueOrThrow({ where: { id: "u0" } });
  const deck = await median(() => loadStudyQueue(student, { deckId: "deck" }, NOW), RUNS);
  const all = await median(() => loadStudyQueue(student, "all", NOW), RUNS);
  const rows = await db.cardState.count();
  console.log(`${label.padEnd(10)} card states ${String(rows).padStart(9)}   deck queue ${deck.toFixed(2)} ms   all-decks queue ${all.toFixed(2)} ms`);
  return { deck, all };
}

async function main() {
  const sqlite = new Database(process.env.DATABASE_URL!.replace(/^file:/, ""));
  sqlite.pragma("journal_mode = WAL");
  sqlite.exec(
    `INSERT INTO Deck (id, slug, title, visibility, publishedAt, updatedAt) VALUES ('deck', 'bench', 'Bench', 'PUBLIC', '${sqliteDate(NOW)}', '${sqliteDate(NOW)}');
     INSERT INTO Fact (id, deckId, subject, predicate, object, sentence) VALUES ('fact', 'deck', 's', 'p', 'o', 's p o.');`,
  );
  const insertQuestion = sqlite.prepare(
    "INSERT INTO Question (id, deckId, factId, type, prompt, answer, explanation, sourceSentence, position) VALUES (?, 'deck', 'fact', 'short_answer', ?, '\"a\"', 'e', 's', ?)",
  );
  sqlite.transaction(() => {
    for (let q = 0; q < QUESTIONS; q++) insertQuestion.run(`q${q}`, `Question ${q}?`, q);
  })();

  console.log(`Study queue benchmark: one student with ${QUESTIONS} cards, ${RUNS} runs each (median)`);
  fill(sqlite, 0, BASELINE_USERS);
  const baseline = await measure("baseline");
  const started = performance.now();
  fill(sqlite, BASELINE_USERS, LARGE_USERS);
  console.log(`(inserted ${((LARGE_USERS - BASELINE_USERS) * QUESTIONS).toLocaleString("en")} more card states in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const large = await measure("large");
  console.log(`ratio large/baseline: deck ${(large.deck / baseline.deck).toFixed(2)}×, all decks ${(large.all / baseline.all).toFixed(2)}×`);
  sqlite.close();
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
