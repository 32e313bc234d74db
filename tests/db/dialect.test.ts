// What differs between SQLite and PostgreSQL by default, pinned to behave the same (this file runs
// on both): text order and case folding (C collation), JSON kept as written, instants to the
// millisecond, booleans in raw SQL, timestamp ranges sent as one JSON parameter.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db, Prisma } from "@/lib/db";
import { timestampRangesTable, toCount } from "@/lib/db/dialect";
import { createDeck } from "../support/fixtures";

/** The order SQLite's BINARY collation (and C on PostgreSQL) gives: UTF-8 bytes. */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

async function decksTitled(titles: string[]) {
  const tag = randomUUID();
  await db.deck.createMany({ data: titles.map((title, i) => ({ slug: `d-${tag}-${i}`, title, description: tag })) });
  return tag;
}

describe("text", () => {
  it("orders by bytes, capitals before lower case and accents last, in Prisma and raw SQL", async () => {
    const titles = ["apple", "Banana", "Éclair", "zebra", "Zoo", "éclair", "10 things", "2 things", "a"];
    const tag = await decksTitled(titles);
    const expected = [...titles].sort(byBytes);
    expect(expected).toEqual(["10 things", "2 things", "Banana", "Zoo", "a", "apple", "zebra", "Éclair", "éclair"]);
    const viaPrisma = await db.deck.findMany({ where: { description: tag }, orderBy: { title: "asc" }, select: { title: true } });
    expect(viaPrisma.map((deck) => deck.title)).toEqual(expected);
    const viaSql = await db.$queryRaw<{ title: string }[]>`SELECT "title" FROM "Deck" WHERE "description" = ${tag} ORDER BY "title"`;
    expect(viaSql.map((deck) => deck.title)).toEqual(expected);
    const [{ least }] = await db.$queryRaw<{ least: string }[]>`SELECT MIN("title") AS "least" FROM "Deck" WHERE "description" = ${tag}`;
    expect(least).toBe("10 things");
  });

  it("orders any text the way JavaScript compares its UTF-8 bytes", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }).filter((s) => !s.includes("\0")), { minLength: 2, maxLength: 8 }), async (titles) => {
        const tag = await decksTitled(titles);
        const rows = await db.deck.findMany({ where: { description: tag }, orderBy: { title: "asc" }, select: { title: true } });
        expect(rows.map((row) => row.title)).toEqual([...titles].sort(byBytes));
      }),
      { numRuns: 15 },
    );
  });

  it("compares exactly and folds only ASCII letters in LOWER and UPPER", async () => {
    const tag = await decksTitled(["Grüße ÉCOLE Straße"]);
    const [row] = await db.$queryRaw<{ lower: string; upper: string; exact: bigint | number; folded: bigint | number }[]>`
      SELECT LOWER("title") AS "lower", UPPER("title") AS "upper",
             COUNT(*) FILTER (WHERE "title" = 'grüße école straße') AS "exact",
             COUNT(*) FILTER (WHERE LOWER("title") = 'grüße École straße') AS "folded"
      FROM "Deck" WHERE "description" = ${tag} GROUP BY "title"`;
    expect(row).toMatchObject({ lower: "grüße École straße", upper: "GRüßE ÉCOLE STRAßE" });
    expect([toCount(row.exact), toCount(row.folded)]).toEqual([0, 1]);
  });

  it("keeps unique text byte-exact: emails differing in case are different keys (the app lower-cases them)", async () => {
    const tag = randomUUID();
    await db.user.create({ data: { email: `${tag}@example.com`, name: "a", passwordHash: "x" } });
    await expect(db.user.create({ data: { email: `${tag}@example.com`, name: "b", passwordHash: "x" } })).rejects.toMatchObject({ code: "P2002" });
    await expect(db.user.create({ data: { email: `${tag.toUpperCase()}@EXAMPLE.COM`, name: "c", passwordHash: "x" } })).resolves.toBeTruthy();
  });
});

describe("JSON", () => {
  it("reads back as written, keys in their order, and as the same text in raw SQL", async () => {
    const { questions } = await createDeck({ questions: [{}] });
    const answer = { zeta: [3, "two", { b: null, a: true }], alpha: "Ünïcode", "": 1.5 };
    await db.question.update({ where: { id: questions[0].id }, data: { answer } });
    const read = await db.question.findUniqueOrThrow({ where: { id: questions[0].id } });
    expect(JSON.stringify(read.answer)).toBe(JSON.stringify(answer));
    const [row] = await db.$queryRaw<{ text: string }[]>`SELECT CAST("answer" AS TEXT) AS "text" FROM "Question" WHERE "id" = ${questions[0].id}`;
    expect(row.text).toBe(JSON.stringify(answer));
  });

  it("tells JSON null from a missing value", async () => {
    const { questions } = await createDeck({ questions: [{}] });
    await db.question.update({ where: { id: questions[0].id }, data: { choices: Prisma.JsonNull, acceptedAnswers: Prisma.DbNull } });
    const read = await db.question.findUniqueOrThrow({ where: { id: questions[0].id } });
    expect([read.choices, read.acceptedAnswers]).toEqual([null, null]);
    const [row] = await db.$queryRaw<{ choices: string | null; accepted: string | null }[]>`
      SELECT CAST("choices" AS TEXT) AS "choices", CAST("acceptedAnswers" AS TEXT) AS "accepted" FROM "Question" WHERE "id" = ${questions[0].id}`;
    expect(row).toEqual({ choices: "null", accepted: null });
  });
});

describe("instants", () => {
  it("keep their milliseconds and compare in raw SQL against bound Dates and JSON-sent ranges", async () => {
    const tag = randomUUID();
    const at = new Date("2026-03-29T01:59:59.999Z");
    await db.deck.create({ data: { slug: `d-${tag}`, title: "t", description: tag, publishedAt: at } });
    expect((await db.deck.findFirstOrThrow({ where: { description: tag } })).publishedAt).toEqual(at);
    expect(await db.deck.count({ where: { description: tag, publishedAt: { gte: at, lt: new Date(at.getTime() + 1) } } })).toBe(1);
    const ms = (offset: number) => new Date(at.getTime() + offset);
    // A range ending exactly at the instant, one starting at it, one a year wide around it.
    const ranges = [
      { start: ms(-1), end: ms(0) },
      { start: ms(0), end: ms(1) },
      { start: ms(-366 * 86_400_000), end: ms(366 * 86_400_000) },
    ];
    const rows = await db.$queryRaw<{ idx: number | bigint; n: number | bigint }[]>`
      WITH ${timestampRangesTable("r", ranges)}
      SELECT r."idx" AS "idx", COUNT(d."id") AS "n" FROM r
      LEFT JOIN "Deck" d ON d."description" = ${tag} AND d."publishedAt" >= r."rangeStart" AND d."publishedAt" < r."rangeEnd"
      GROUP BY r."idx" ORDER BY r."idx"`;
    expect(rows.map((row) => [Number(row.idx), toCount(row.n)])).toEqual([[0, 0], [1, 1], [2, 1]]);
  });
});

describe("booleans in raw SQL", () => {
  it("work as conditions and count the same way", async () => {
    const { deck, questions } = await createDeck({ questions: [{}, {}, {}] });
    await db.question.update({ where: { id: questions[1].id }, data: { rejected: true } });
    const [row] = await db.$queryRaw<{ rejected: bigint | number; live: bigint | number; asNumber: bigint | number }[]>`
      SELECT COUNT(*) FILTER (WHERE q."rejected") AS "rejected", COUNT(*) FILTER (WHERE q."rejected" = false) AS "live",
             SUM(CASE WHEN q."rejected" THEN 1 ELSE 0 END) AS "asNumber"
      FROM "Question" q WHERE q."deckId" = ${deck.id}`;
    expect([toCount(row.rejected), toCount(row.live), toCount(row.asNumber)]).toEqual([1, 2, 1]);
  });
});
