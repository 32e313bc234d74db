// Banks end to end: the committed bank is a fresh generation, valid, deterministic, split into a
// published and a suggested tier with no type above 45 % of the published one; ids survive
// unrelated edits; false statements come only from contrasts the document draws.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BankSchema, generateBank, generateWithTrace, serialiseBank, type BankQuestion } from "@/lib/content";
import { MAX_TYPE_SHARE } from "@/lib/content/select";
import { bankPath, readReview } from "./helpers";

const review = readReview();
const bank = generateBank(review, { fileName: "tensorflow-vs-pytorch.md" });
const published = (qs: BankQuestion[]) => qs.filter((q) => q.tier === "published");

describe("generated banks", () => {
  it("match the committed content/banks JSON byte for byte", () => {
    expect(existsSync(bankPath)).toBe(true);
    expect(readFileSync(bankPath, "utf8")).toBe(serialiseBank(bank));
  });

  it("validate against the exported schema and are deterministic", () => {
    expect(() => BankSchema.parse(bank)).not.toThrow();
    expect(serialiseBank(generateBank(review, { fileName: "tensorflow-vs-pytorch.md" }))).toBe(serialiseBank(bank));
  });

  it("put every question in a tier, with no type above 45 % of the published tier", () => {
    expect(bank.questions.every((q) => q.tier === "published" || q.tier === "suggested")).toBe(true);
    const pub = published(bank.questions);
    expect(pub.length).toBeGreaterThan(5);
    const counts = new Map<string, number>();
    for (const q of pub) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
    for (const [type, n] of counts) expect(n / pub.length, type).toBeLessThanOrEqual(MAX_TYPE_SHARE + 1e-9);
  });

  it("keeps question ids when an unrelated paragraph is added", () => {
    const edited = generateBank(`${review}\n\n## Extra\n\nKeras was released in March 2015 by François Chollet.\n`, { fileName: "tensorflow-vs-pytorch.md" });
    const before = new Map(bank.questions.map((q) => [q.prompt, q.id]));
    const kept = edited.questions.filter((q) => before.has(q.prompt));
    expect(kept.length).toBeGreaterThan(bank.questions.length / 2);
    for (const q of kept) expect(q.id).toBe(before.get(q.prompt));
  });

  it("makes false statements only from a contrast the document draws", () => {
    const silent = generateBank("# Brokers\n\nKafka keeps messages for a configurable retention period. RabbitMQ was first released in 2007 by Rabbit Technologies. Kafka is used for event streaming by many teams.\n", { slug: "brokers" });
    expect(silent.questions.filter((q) => q.type === "true_false" && q.answer === "false")).toEqual([]);
    const { candidates } = generateWithTrace("# Kafka and RabbitMQ\n\n## Language\n\n- Kafka is written in Scala and Java by its developers.\n- RabbitMQ is written in Erlang by its developers.\n", { slug: "brokers" });
    const falses = candidates.filter((c) => c.question.type === "true_false" && c.question.answer === "false");
    expect(falses.map((c) => c.question.prompt)).toContain("True or false: RabbitMQ is written in Scala and Java by its developers.");
    expect(falses.every((c) => c.builder.startsWith("contrast-"))).toBe(true);
  });

  it("never blanks part of a hyphenated word or an item of an enumeration", () => {
    const b = generateBank("# Spark\n\nSpark is an all-in-one project for big data. Other popular projects include Hive, Pig, Flink, and Storm in the Hadoop world.\n", { slug: "spark" });
    for (const q of b.questions) {
      expect(q.answer).not.toBe("an all");
      if (q.type === "cloze") expect(["Pig", "Flink", "Hive", "Storm"]).not.toContain(q.answer);
    }
  });
});
